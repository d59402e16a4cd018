package i18n

// Texts of steps 3 and 4: is 2-Step Verification on, and turning it on.
func init() {
	register(entries{
		"twosv.status.title": {"Is 2-Step Verification on?", "La Verifica in due passaggi è attiva?"},
		"twosv.status.intro": {"Google's 2-Step Verification page, in the browser:", "La pagina Google della Verifica in due passaggi, nel browser:"},
		"twosv.status.look": {
			"Look for “2-Step Verification”: next to it Google says On or Off. If the page offers to turn it on, it is Off.",
			"Cerca la voce “Verifica in due passaggi”: accanto c'è scritto On oppure Off. Se la pagina propone di attivarla, è Off.",
		},
		"twosv.status.question":    {"What does the page say?", "Cosa dice la pagina?"},
		"twosv.status.optOn":       {"On", "On (attiva)"},
		"twosv.status.optOff":      {"Off", "Off (non attiva)"},
		"twosv.status.optNotFound": {"I can't find it", "Non la trovo"},
		"twosv.status.next":        {"Pick the answer, then press enter.", "Scegli la risposta, poi premi invio."},
		"twosv.status.notFound": {
			"The link above goes straight to the page: press o to open it again and sign in as %s if asked. On a work or school account the administrator may have hidden it: ask them. Then answer again.",
			"Il link qui sopra porta dritto alla pagina: premi o per riaprirlo ed entra come %s se richiesto. In un account di lavoro o scuola l'amministratore può averla nascosta: chiedi a lui. Poi rispondi di nuovo.",
		},

		"twosv.enable.title": {"Turn on 2-Step Verification", "Attiva la Verifica in due passaggi"},
		"twosv.enable.intro": {
			"On Google's page, do each step and tick it here:",
			"Sulla pagina di Google fai ogni passaggio e spuntalo qui:",
		},
		"twosv.enable.item.start": {
			"Press “Get started” (or “Turn on 2-Step Verification”).",
			"Clicca su “Inizia” (o “Attiva la Verifica in due passaggi”).",
		},
		"twosv.enable.item.phone": {
			"Page 1: enter your mobile number, choose text or call, press “Next” (older pages: “Try it”).",
			"Pagina 1: inserisci il cellulare, scegli SMS o chiamata, premi “Avanti” (o “Prova”).",
		},
		"twosv.enable.item.code": {
			"Page 2: type the code you received on your phone, press “Next”.",
			"Pagina 2: inserisci il codice ricevuto sul cellulare, premi “Avanti”.",
		},
		"twosv.enable.item.turnOn": {
			"Page 3: press “Turn on”.",
			"Pagina 3: premi “Attiva”.",
		},
		"twosv.enable.mail": {
			"Google's confirmation email can take a few minutes: no need to wait for it.",
			"La mail di conferma di Google può tardare qualche minuto: non serve aspettarla.",
		},
		"twosv.enable.next":    {"Tick each step when done; then press enter.", "Spunta ogni passaggio fatto; poi premi invio."},
		"twosv.enable.allDone": {"All done: press enter to continue.", "Tutto fatto: premi invio per continuare."},
		"twosv.enable.left": {
			"Not ticked yet: %s. Finish them on Google's page, or press a if it was already on.",
			"Non ancora spuntati: %s. Completali sulla pagina di Google, o premi a se era già attiva.",
		},
		"twosv.enable.key.already": {"it's already on", "è già attiva"},
	})
}
