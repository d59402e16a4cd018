package i18n

// Texts for the mail side of the second hardening pass: a message that
// went out whole and whose reply was lost (it may have been sent: never
// "try again" without looking first), a server that sends more than any
// mail server would, an attachment that changed after its check.
func init() {
	register(entries{
		"diag.maybe-sent.what": {
			"The whole mail went out, but Gmail's answer to it never came: the connection closed or went quiet. The mail may have been sent.",
			"La mail è partita per intero, ma la risposta di Gmail non è mai arrivata: la connessione si è chiusa o è rimasta muta. La mail potrebbe essere stata inviata.",
		},
		"diag.maybe-sent.todo": {
			"Check your Sent folder in Gmail before sending it again, so that nobody gets it twice.",
			"Prima di inviarla di nuovo controlla la cartella Posta inviata di Gmail, così nessuno la riceve due volte.",
		},
		"trouble.maybe-sent.title": {
			"The mail may have been sent: Gmail's answer was lost",
			"La mail potrebbe essere partita: la risposta di Gmail si è persa",
		},
		"diag.oversized.what": {
			"The server sent far more than a mail server ever would (an endless line, or a reply of gigabytes), so gmailsetup stopped reading. Something between you and Gmail, such as a company proxy or an antivirus that inspects secure connections, is not behaving.",
			"Il server ha inviato molti più dati di quanti ne mandi mai un server di posta (una riga senza fine, o una risposta di gigabyte), così gmailsetup ha smesso di leggere. Qualcosa tra te e Gmail, come un proxy aziendale o un antivirus che ispeziona le connessioni sicure, non si comporta bene.",
		},
		"diag.oversized.todo": {
			"Try again from another network (a phone's hotspot), or ask whoever manages this network or the antivirus to let Gmail's connections through untouched.",
			"Riprova da un'altra rete (l'hotspot del telefono), oppure chiedi a chi gestisce questa rete o l'antivirus di lasciar passare intatte le connessioni verso Gmail.",
		},
		"trouble.oversized.title": {
			"The server sent too much and gmailsetup stopped reading",
			"Il server ha inviato troppi dati e gmailsetup ha smesso di leggere",
		},

		// send: the invoice that must not go twice.
		"maybesent.send.headline": {
			"The mail may have been sent: do not send it again before checking.",
			"La mail potrebbe essere stata inviata: non inviarla di nuovo prima di controllare.",
		},
		"maybesent.send.looking": {
			"Gmail's answer did not come: looking for the mail in your Sent folder…",
			"La risposta di Gmail non è arrivata: cerco la mail nella cartella Posta inviata…",
		},
		"maybesent.send.notFound": {
			"gmailsetup looked for it in your Sent folder by its Message-ID %s and has not found it there yet. Gmail can take a few minutes: look again before sending it a second time.",
			"gmailsetup l'ha cercata nella cartella Posta inviata con il suo Message-ID %s e per ora non l'ha trovata. Gmail può metterci qualche minuto: guarda di nuovo prima di inviarla una seconda volta.",
		},
		"maybesent.send.unchecked": {
			"Its Message-ID is %s: search for it in Gmail (in the search box: rfc822msgid:%s).",
			"Il suo Message-ID è %s: cercala in Gmail (nella casella di ricerca: rfc822msgid:%s).",
		},
		"maybesent.send.found": {
			"Gmail's answer was lost on the way, but the mail is in your Sent folder: it was sent, once.",
			"La risposta di Gmail si è persa per strada, ma la mail è nella cartella Posta inviata: è stata inviata, una volta sola.",
		},

		// test --send, and the wizard's test mail: a second test mail
		// harms no one, so the words are gentler.
		"maybesent.test.headline": {
			"Gmail's answer to the test mail got lost on the way: it may have arrived anyway.",
			"La risposta di Gmail alla mail di prova si è persa per strada: la mail potrebbe essere arrivata comunque.",
		},
		"maybesent.test.what": {
			"The test mail went out whole, but Gmail's answer never came: the connection closed or went quiet.",
			"La mail di prova è partita per intero, ma la risposta di Gmail non è mai arrivata: la connessione si è chiusa o è rimasta muta.",
		},
		"maybesent.test.todo": {
			"Look for it in your inbox. Trying again is harmless: at worst you get two test mails.",
			"Cercala nella posta in arrivo. Riprovare non fa danni: al massimo ricevi due mail di prova.",
		},
		"maybesent.test.notFound": {
			"gmailsetup looked for it in your mailbox and has not seen it yet.",
			"gmailsetup l'ha cercata nella tua casella e per ora non l'ha vista.",
		},

		// plain mode: a wrong menu answer that may be a secret is not
		// read back.
		"harden.acc.badChoiceHidden": {
			"That is not one of the choices (it is not repeated here, in case it was a password). Type a number from 1 to %d and press enter.",
			"Questa non è tra le scelte (non viene ripetuta, nel caso fosse una password). Scrivi un numero da 1 a %d e premi invio.",
		},

		// An address Go reads but SMTP cannot carry as written.
		"harden.send.unsendable": {
			"%s %q cannot be sent to as written: a mail server takes no space, angle bracket or control character in an address, even in quotes. Nothing was sent; check the address.",
			"%s %q non può ricevere posta così com'è scritto: un server di posta non accetta spazi, parentesi angolari o caratteri di controllo in un indirizzo, nemmeno tra virgolette. Non è stato inviato niente; controlla l'indirizzo.",
		},

		// An attachment that changed between its check and the send.
		"harden.attach.changed": {
			"%s changed while the mail was being prepared (its size or the file itself is no longer the one checked). Nothing was sent: wait until whatever is writing it has finished, then send again.",
			"%s è cambiato mentre la mail veniva preparata (la dimensione o il file stesso non sono più quelli controllati). Non è stato inviato niente: aspetta che chi lo sta scrivendo abbia finito, poi invia di nuovo.",
		},
	})
}
