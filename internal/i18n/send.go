package i18n

// Texts of `gmailsetup send`: a mail with attachments from the saved
// account.
func init() {
	register(entries{
		"send.short": {
			"Send a mail with attachments from the saved Gmail account",
			"Invia una mail con allegati dall'account Gmail salvato",
		},
		"send.long": {
			"Sends a mail from the saved account through smtp.gmail.com, for example an\n" +
				"invoice:\n\n" +
				"  gmailsetup send --to cliente@example.com --subject \"Fattura 12\" \\\n" +
				"      --body testo.txt --attach fattura_12.pdf\n\n" +
				"Everything is checked before connecting: the addresses, that every attachment\n" +
				"exists and can be read, and Gmail's limit of 25 MB. On success it prints the\n" +
				"Message-ID; on failure it says what went wrong and what to try, and exits with 1\n" +
				"(2: the mail cannot be sent as asked). Exit 3 means the whole mail went out but\n" +
				"Gmail's answer was lost: it may have been sent, so check your Sent folder before\n" +
				"sending it again.",
			"Invia una mail dall'account salvato tramite smtp.gmail.com, per esempio una\n" +
				"fattura:\n\n" +
				"  gmailsetup send --to cliente@example.com --subject \"Fattura 12\" \\\n" +
				"      --body testo.txt --attach fattura_12.pdf\n\n" +
				"Tutto viene controllato prima di collegarsi: gli indirizzi, che ogni allegato\n" +
				"esista e si possa leggere, e il limite di Gmail di 25 MB. Se va a buon fine stampa\n" +
				"l'identificativo della mail (Message-ID); se non riesce dice cosa è andato storto e cosa provare, ed esce con 1\n" +
				"(2: la mail non si può inviare così). L'uscita 3 vuol dire che la mail è partita per intero\n" +
				"ma la risposta di Gmail si è persa: potrebbe essere stata inviata, quindi controlla la\n" +
				"cartella Posta inviata prima di inviarla di nuovo.",
		},
		"send.flag.account": {"the saved address to send from (default: the default account)", "l'indirizzo salvato da cui inviare (predefinito: l'account predefinito)"},
		"send.flag.to":      {"a recipient (repeat it, or separate addresses with commas)", "un destinatario (ripetilo, o separa gli indirizzi con virgole)"},
		"send.flag.cc":      {"a recipient in copy", "un destinatario in copia"},
		"send.flag.bcc":     {"a recipient in blind copy, not shown to the others", "un destinatario in copia nascosta, non visibile agli altri"},
		"send.flag.subject": {"the subject", "l'oggetto"},
		"send.flag.body":    {"a file with the text of the mail, or - to read it from standard input", "un file con il testo della mail, oppure - per leggerlo dall'ingresso standard"},
		"send.flag.attach":  {"a file to attach (repeat it for more)", "un file da allegare (ripetilo per allegarne altri)"},

		"send.noTo": {
			"Who is it for? Add at least one --to ADDRESS.",
			"A chi va? Aggiungi almeno un --to INDIRIZZO.",
		},
		"send.badAddress": {
			"%s %q is not an email address. Write it as name@example.com or \"Name <name@example.com>\".",
			"%s %q non è un indirizzo email. Scrivilo come nome@example.com oppure \"Nome <nome@example.com>\".",
		},
		"send.attachError": {
			"Cannot attach %s: %s. Nothing was sent.",
			"Impossibile allegare %s: %s. Non è stato inviato nulla.",
		},
		"send.bodyError": {
			"Cannot read the text from %s: %s. Nothing was sent.",
			"Impossibile leggere il testo da %s: %s. Non è stato inviato nulla.",
		},
		"send.reason.missing":    {"there is no such file", "il file non esiste"},
		"send.reason.permission": {"you may not read it", "non hai il permesso di leggerlo"},
		"send.reason.notFile":    {"it is a folder or a device, not a file", "è una cartella o un dispositivo, non un file"},
		"send.tooLarge": {
			"The mail is %s MB, and Gmail takes at most %s MB. Nothing was sent.",
			"La mail è di %s MB, e Gmail accetta al massimo %s MB. Non è stato inviato nulla.",
		},
		"send.tooLarge.todo": {
			"Share large files with a Google Drive link instead, or split them over several mails.",
			"Condividi i file grandi con un link di Google Drive, oppure dividili in più mail.",
		},
		"send.bodyNotText": {
			"The text of the mail is not UTF-8 text. Save it as UTF-8, or attach the file with --attach instead.",
			"Il testo della mail non è testo UTF-8. Salvalo come UTF-8, oppure allega il file con --attach.",
		},
		"send.buildError": {
			"Could not prepare the mail: %v. Nothing was sent; check the attachments did not change or move.",
			"Impossibile preparare la mail: %v. Non è stato inviato nulla; controlla che gli allegati non siano cambiati o spostati.",
		},
		"send.phase.connecting": {"Connecting to smtp.gmail.com…", "Connessione a smtp.gmail.com…"},
		"send.phase.securing":   {"Securing the connection…", "Cifratura della connessione…"},
		"send.phase.signingIn":  {"Signing in with the app password…", "Accesso con la password per le app…"},
		"send.phase.sending":    {"Sending the mail…", "Invio della mail…"},
		"send.progress": {
			"Sending: %s of %s MB (%d%%)",
			"Invio: %s di %s MB (%d%%)",
		},
		"send.failed": {
			"The mail was not sent.",
			"La mail non è stata inviata.",
		},
		"send.ok": {
			"Sent to %s through smtp.gmail.com (port %d).",
			"Inviata a %s tramite smtp.gmail.com (porta %d).",
		},
		"send.messageID": {"Message-ID: %s", "Identificativo della mail (Message-ID): %s"},
	})
}
