package i18n

// Texts of the step that creates the app password on Google's page. They
// name both versions of the page: the current one (a name field and
// "Create") and the older one (a drop-down with "Other (Custom name)" and
// "Generate"), since Google renames its buttons over time.
//
// Google's Italian labels, checked with the search tool on 2026-12-01:
// Google's own current Italian App passwords help page (accounts answer
// 185833, hl=it) is not in the stored corpus. Third-party Italian guides of
// 2023-2025 (iltramontobeach.it 2025-09, techgeneration.it) name the page
// “Password per le app”, under Sicurezza → Accesso a Google; the old Google
// help (mail answer 1173270, hl=it) still says “Genera password”. No source
// shows the Italian label of today's name field or button, so “Nome app” and
// “Crea” translate Google's English "App name" and "Create" and are
// unverified; the older “Altra (Nome personalizzato)” and “Genera” stay in
// brackets for the older page.
func init() {
	register(entries{
		"apppass.title": {"Create an app password", "Crea una password per le app"},
		"apppass.intro": {
			"Open Google's App passwords page for %s:",
			"Apri la pagina “Password per le app” di Google per %s:",
		},
		"apppass.step1": {
			"In the app name field type %s (it is only a reminder for you). Older page: first choose “Other (Custom name)”.",
			"Nel campo “Nome app” scrivi %s (è solo un promemoria per te). Nella versione precedente della pagina, scegli prima “Altra (Nome personalizzato)”.",
		},
		"apppass.step2": {
			"Click “Create” (older page: “Generate”).",
			"Clicca su “Crea” (nella versione precedente: “Genera”).",
		},
		"apppass.step3": {
			"Copy the 16 letters in the yellow box with Ctrl+C (Cmd+C on a Mac).",
			"Copia le 16 lettere nel riquadro giallo con Ctrl+C (Cmd+C sul Mac).",
		},
		"apppass.warn": {
			"Don't copy anything else until you have pasted it here: Google shows it only once.",
			"Non copiare nient'altro finché non l'hai incollata qui: Google la mostra una volta sola.",
		},
		"apppass.then": {
			"Copied? Press enter to paste it.",
			"Copiata? Premi invio per incollarla.",
		},
		"apppass.missingHint": {
			"No “App passwords” on the page? Press ? to see why.",
			"Nella pagina non c'è “Password per le app”? Premi ? per sapere perché.",
		},
		"apppass.pastedEarly": {
			"You pasted something: press enter, then paste it again on the next screen (it is still copied).",
			"Hai incollato la password troppo presto: premi invio e incollala di nuovo nella schermata successiva (è ancora negli appunti).",
		},

		"apppass.why.title": {
			"Why “App passwords” may be missing",
			"Perché “Password per le app” può mancare",
		},
		"apppass.why.off": {
			"2-Step Verification is off: app passwords need it. Press 2 to go back and turn it on.",
			"La verifica in due passaggi è disattivata: serve per le password per le app. Premi 2 per tornare indietro e attivarla.",
		},
		"apppass.why.keysOnly": {
			"It uses only security keys: add another second step, such as your phone, then reload the page.",
			"Come secondo passaggio usi solo token di sicurezza: aggiungine un altro, ad esempio il telefono, poi ricarica la pagina.",
		},
		"apppass.why.advanced": {
			"The account is in Advanced Protection: app passwords are not available, so it can't be used with this tool.",
			"L'account è nel Programma di protezione avanzata: le password per le app non sono disponibili, quindi non puoi usarlo con questo programma.",
		},
		"apppass.why.work": {
			"A work or school account: its admin may have turned app passwords off. Ask the admin to allow them.",
			"Un account di lavoro o della scuola: l'amministratore potrebbe averle disattivate. Chiedigli di consentirle.",
		},
		"apppass.why.likely": {"likely for your address", "probabile per il tuo indirizzo"},
		"apppass.why.help":   {"Google's help:", "Guida di Google:"},

		"apppass.key.why":   {"no App passwords?", "perché manca?"},
		"apppass.key.close": {"close", "chiudi"},
		"apppass.key.twoSV": {"turn on 2-Step Verification", "attiva la verifica in due passaggi"},
	})
}
