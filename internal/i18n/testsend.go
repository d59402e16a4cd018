package i18n

// Texts of the step that sends a test mail to the person's own address, and
// of the test mail itself.
func init() {
	register(entries{
		"test.title": {"Send a test mail", "Invia una mail di prova"},
		"test.intro": {
			"Sending a test mail from %s to itself through smtp.gmail.com.",
			"Invio una mail di prova da %s allo stesso indirizzo tramite smtp.gmail.com.",
		},
		"test.phase.connecting": {"Connecting to smtp.gmail.com…", "Connessione a smtp.gmail.com…"},
		"test.phase.securing":   {"Securing the connection…", "Cifratura della connessione…"},
		"test.phase.signingIn":  {"Signing in with the app password…", "Accesso con la password per le app…"},
		"test.phase.sending":    {"Sending the test mail…", "Invio della mail di prova…"},
		"test.phase.confirming": {"Checking your inbox…", "Controllo la posta in arrivo…"},

		"test.ok": {
			"It works: Gmail accepted the test mail (port %d).",
			"Funziona: Gmail ha accettato la mail di prova (porta %d).",
		},
		"test.lookFor": {
			"Look for a mail with code %s in your inbox.",
			"Cerca nella posta in arrivo una mail con il codice %s.",
		},
		"test.subject": {"Subject: %s", "Oggetto: %s"},
		"test.arrived": {
			"It arrived in your inbox (%s).",
			"È arrivata in Posta in arrivo dopo %s.",
		},
		"test.notConfirmed": {
			"Sent, but its arrival could not be confirmed: %s",
			"Inviata, ma non è stato possibile confermarne l'arrivo: %s",
		},
		"test.next": {"Press enter to save the setup.", "Premi invio per salvare la configurazione."},

		"test.failed": {"The test mail was not sent.", "La mail di prova non è stata inviata."},
		"test.noSender": {
			"This build cannot send mail.",
			"Questa versione non può inviare posta.",
		},
		"test.choice.paste":       {"Paste the app password again", "Incolla di nuovo la password per le app"},
		"test.choice.appPassword": {"Create a new app password", "Crea una nuova password per le app"},
		"test.choice.retry":       {"Try again", "Riprova"},
		"test.choice.saveAnyway":  {"Save anyway, untested", "Salva comunque, senza prova"},
		"test.choice.quit":        {"Quit without saving", "Esci senza salvare"},

		"test.mail.subject": {"gmailsetup test, code %s", "Prova di gmailsetup, codice %s"},
		"test.mail.body": {
			"Hello,\n\nthis is a test mail from gmailsetup. It was sent from %s to itself through smtp.gmail.com with an app password.\n\nIf you are reading it, the setup works: your programs can send mail through Gmail.\n\nYou can delete this mail.\n\nCode: %s\n",
			"Ciao,\n\nquesta è una mail di prova di gmailsetup, inviata da %s allo stesso indirizzo tramite smtp.gmail.com con una password per le app.\n\nSe la stai leggendo, la configurazione funziona: i tuoi programmi possono inviare posta tramite Gmail.\n\nPuoi cancellare questa mail.\n\nCodice: %s\n",
		},
	})
}
