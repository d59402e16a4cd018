package i18n

// Texts of the accessible mode (--accessible, TERM=dumb, ACCESSIBLE): the
// same guide as plain questions, one line at a time, for screen readers.
// Only what the prompts need is here; the steps' own texts are reused.
// Every line must make sense on its own: no "above", no "press c", no
// colour or position.
func init() {
	register(entries{
		"acc.intro": {
			"Gmail setup, accessible mode. One question at a time: type your answer and press enter. Nothing is saved until the last step.",
			"Configurazione Gmail, modalità accessibile. Una domanda alla volta: scrivi la risposta e premi invio. Non viene salvato nulla fino all'ultimo passo.",
		},
		"acc.choices": {
			"%s — type a number and press enter.",
			"%s — scrivi un numero e premi invio.",
		},
		"acc.badChoice": {
			"“%s” is not one of the choices. Type a number from 1 to %d and press enter.",
			"“%s” non è tra le scelte. Scrivi un numero da 1 a %d e premi invio.",
		},
		"acc.noChoice": {
			"Nothing was typed. Type a number from 1 to %d and press enter.",
			"Non hai scritto nulla. Scrivi un numero da 1 a %d e premi invio.",
		},
		"acc.stoppedSaved": {
			"Stopped. The setup stays saved in %s.",
			"Interrotto. La configurazione resta salvata in %s.",
		},

		"acc.link.opened": {
			"Opened in your browser: %s",
			"Aperta nel browser: %s",
		},
		"acc.link.failed": {
			"Could not open a browser. Open this address yourself: %s",
			"Impossibile aprire il browser. Apri tu questo indirizzo: %s",
		},
		"acc.page": {
			"The page: %s",
			"La pagina: %s",
		},
		"acc.link.demo": {
			"Demo: a real run opens this page in your browser: %s",
			"Demo: nell'uso reale questa pagina si apre nel browser: %s",
		},

		"acc.suggest.use":  {"Yes, use %s", "Sì, usa %s"},
		"acc.suggest.keep": {"No, keep %s", "No, tieni %s"},

		"acc.signin.chooser": {
			"To switch to %s, open Google's account chooser: %s",
			"Per passare a %s, apri la scelta dell'account di Google: %s",
		},
		"acc.signin.logout": {
			"Or sign out of Google, then sign in again as %s: %s",
			"Oppure esci da Google, poi accedi di nuovo come %s: %s",
		},
		"acc.signin.none": {
			"On the Google page choose “Sign in” and sign in with %s and its password. If Google says there is no such account, the address is wrong: press ctrl+c and start again with the right one.",
			"Nella pagina di Google scegli “Accedi” ed entra con %s e la sua password. Se Google dice che l'account non esiste, l'indirizzo è sbagliato: premi ctrl+c e ricomincia con quello giusto.",
		},

		"acc.twosv.notFound": {
			"Open %s and sign in as %s if asked. On a work or school account the administrator may have hidden this setting: ask them. Then answer again.",
			"Apri %s ed entra come %s se richiesto. In un account di lavoro o della scuola l'amministratore può aver nascosto questa impostazione: chiedi all'amministratore. Poi rispondi di nuovo.",
		},
		"acc.twosv.enableIntro": {
			"On Google's 2-Step Verification page, %s, do these steps in order.",
			"Nella pagina di Google “Verifica in due passaggi” (%s) segui questi punti nell'ordine.",
		},
		"acc.doneEnter": {
			"When all the steps are done, press enter.",
			"Quando hai fatto tutti i passaggi, premi invio.",
		},

		"acc.apppass.question": {
			"Have you copied the 16 letters of the app password?",
			"Hai copiato le 16 lettere della password per le app?",
		},
		"acc.apppass.optCopied":  {"Yes, I copied them", "Sì, le ho copiate"},
		"acc.apppass.optMissing": {"I don't see App passwords", "Non vedo Password per le app"},
		"acc.apppass.optTwoSV":   {"Go back and turn on 2-Step Verification", "Torna indietro e attiva la verifica in due passaggi"},
		"acc.why.off": {
			"2-Step Verification is off: app passwords need it. Choose 3 to go back and turn it on.",
			"La verifica in due passaggi è disattivata: serve per le password per le app. Scegli 3 per tornare indietro e attivarla.",
		},
		"acc.why.likely": {"Likely for your address: %s", "Probabile per il tuo indirizzo: %s"},
		"acc.why.help":   {"Google's help: %s", "Guida di Google: %s"},

		"acc.paste.prompt": {
			"Paste the app password and press enter. It is not shown on screen, for safety.",
			"Incolla la password per le app e premi invio. Non viene mostrata sullo schermo, per sicurezza.",
		},

		"acc.label": {"%s: %s", "%s: %s"},
	})
}
