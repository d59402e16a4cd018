package i18n

// Texts of steps 3 and 4: is 2-Step Verification on, and turning it on.
//
// Google's Italian labels, checked with the search tool on 2026-12-01:
// Google's own Google Ads help (support.google.com/google-ads/answer/
// 12864186, hl=it) writes "verifica in due passaggi" in lower case in
// running text and says "seleziona Verifica in due passaggi e poi Inizia";
// a third-party guide with screenshots (supporto.madisoft.it) shows
// “Inizia”, then “AVANTI” after the phone number, then “ATTIVA”. Google's
// accounts help for turning it on (answer 185839, hl=it) is not in the
// stored corpus, so “Attiva la verifica in due passaggi”, the review's
// proposal, comes first and “Inizia” is kept in brackets. “Attiva dal…”
// beside the setting is the review's guess, unverified.
func init() {
	register(entries{
		"twosv.status.title": {"Is 2-Step Verification on?", "La verifica in due passaggi è attiva?"},
		"twosv.status.intro": {"Google's 2-Step Verification page, in the browser:", "La pagina Google della verifica in due passaggi, nel browser:"},
		"twosv.status.look": {
			"Look for “2-Step Verification”: next to it Google says On or Off. If the page offers to turn it on, it is Off.",
			"Cerca la voce “Verifica in due passaggi”: accanto c'è scritto se è attiva (“On” o “Attiva dal…”) oppure no (“Off”). Se la pagina propone di attivarla, è disattivata.",
		},
		"twosv.status.question":    {"What does the page say?", "Cosa dice la pagina?"},
		"twosv.status.optOn":       {"On", "On (attiva)"},
		"twosv.status.optOff":      {"Off", "Off (non attiva)"},
		"twosv.status.optNotFound": {"I can't find it", "Non la trovo"},
		"twosv.status.next":        {"Pick the answer, then press enter.", "Scegli la risposta, poi premi invio."},
		"twosv.status.notFound": {
			"The link above goes straight to the page: press o to open it again and sign in as %s if asked. On a work or school account the administrator may have hidden it: ask them. Then answer again.",
			"Il link qui sopra porta direttamente alla pagina: premi o per riaprirlo ed entra come %s se richiesto. In un account di lavoro o della scuola l'amministratore può averla nascosta: chiedi all'amministratore. Poi rispondi di nuovo.",
		},

		"twosv.enable.title": {"Turn on 2-Step Verification", "Attiva la verifica in due passaggi"},
		"twosv.enable.intro": {
			"On Google's page, do each step and tick it here:",
			"Nella pagina di Google completa ogni punto e spuntalo qui:",
		},
		"twosv.enable.item.start": {
			"Press “Get started” (or “Turn on 2-Step Verification”).",
			"Clicca su “Attiva la verifica in due passaggi” (in alcune versioni della pagina: “Inizia”).",
		},
		"twosv.enable.item.phone": {
			"Page 1: enter your mobile number, choose text or call, press “Next” (older pages: “Try it”).",
			"Pagina 1: inserisci il numero di cellulare, scegli SMS o chiamata, clicca su “Avanti” (nelle pagine più vecchie: “Prova”).",
		},
		"twosv.enable.item.code": {
			"Page 2: type the code you received on your phone, press “Next”.",
			"Pagina 2: inserisci il codice ricevuto sul cellulare, clicca su “Avanti”.",
		},
		"twosv.enable.item.turnOn": {
			"Page 3: press “Turn on”.",
			"Pagina 3: clicca su “Attiva”.",
		},
		"twosv.enable.mail": {
			"Google's confirmation email can take a few minutes: no need to wait for it.",
			"La mail di conferma di Google può tardare qualche minuto: non serve aspettarla.",
		},
		"twosv.enable.next":    {"Tick each step when done; then press enter.", "Spunta ogni punto completato, poi premi invio."},
		"twosv.enable.allDone": {"All done: press enter to continue.", "Tutto fatto: premi invio per continuare."},
		"twosv.enable.left": {
			"Not ticked yet: %s. Finish them on Google's page, or press a if it was already on.",
			"Non ancora spuntati: %s. Completali sulla pagina di Google, o premi a se era già attiva.",
		},
		"twosv.enable.key.already": {"it's already on", "è già attiva"},
	})
}
