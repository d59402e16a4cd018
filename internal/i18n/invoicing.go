package i18n

// Texts of the guide's step 9 (issue 21): the app password in the
// invoicing software, Qui Fattura's clicks, another program's fields, the
// watch for its test mail, and the rotation's order.
func init() {
	register(entries{
		"invoicing.title": {"Use it in your invoicing software", "Usala nel tuo programma di fatturazione"},

		// Qui Fattura: the seed's step 9, in its words.
		"invoicing.qf.intro": {
			"Qui Fattura fills in the server by itself: you only paste the app password (c copies it again).",
			"Qui Fattura compila da solo il server: devi solo incollare la password per le app (c la copia di nuovo).",
		},
		"invoicing.qf.enter":    {"Go to Qui Fattura.", "Entra in Qui Fattura."},
		"invoicing.qf.company":  {"Click your company's name at the top right.", "Clicca in alto a destra sul nome della tua azienda."},
		"invoicing.qf.advanced": {"Click “Avanzate”.", "Clicca su “Avanzate”."},
		// %s is the label on Qui Fattura's page, which is Italian whatever
		// the person's language (guide.QuiFatturaItems).
		"invoicing.qf.auto":   {"Click “%s”.", "Clicca su “%s”."},
		"invoicing.qf.field":  {"Go to the password field.", "Posizionati sul campo password."},
		"invoicing.qf.paste":  {"Paste the password with Ctrl+V (Cmd+V on a Mac).", "Incolla la password con Ctrl+V (Cmd+V sul Mac)."},
		"invoicing.qf.verify": {"Click “%s”.", "Clicca su “%s”."},
		"invoicing.qf.check":  {"Check that the test mail arrived: this screen tells you.", "Verifica che la mail di prova sia arrivata: te lo dice questa schermata."},
		"invoicing.qf.save":   {"Click “Salva”.", "Clicca su “Salva”."},

		// Another invoicing program: the same settings as fields.
		"invoicing.other.intro": {
			"Another invoicing program asks for these fields; each key copies its line:",
			"Un altro programma di fatturazione chiede questi campi; ogni tasto copia la sua riga:",
		},
		"invoicing.other.aliases": {"%s (some programs: %s)", "%s (in alcuni programmi: %s)"},

		// The watch for the invoicing software's test mail.
		"invoicing.watch.starting": {"Opening your inbox to watch for its test mail…", "Apro la tua casella per aspettare la mail di prova…"},
		"invoicing.watch.watching": {
			"Watching your inbox: when the invoicing software sends its test mail, it shows here.",
			"Sto guardando la tua casella: quando il programma invia la mail di prova, la vedi qui.",
		},
		"invoicing.arrived": {
			"The test mail arrived: “%s”, at %s.",
			"La mail di prova è arrivata: “%s”, alle %s.",
		},
		"invoicing.clickSave": {
			"Now click “Salva” in Qui Fattura (or save in your program): it sends with Gmail from now on.",
			"Ora clicca su “Salva” in Qui Fattura (o salva nel tuo programma): da ora invia con Gmail.",
		},
		"invoicing.nothing": {
			"No test mail from your address has arrived yet. Check:",
			"Non è ancora arrivata nessuna mail di prova dal tuo indirizzo. Controlla:",
		},
		"invoicing.hint.password": {
			"the password was pasted whole, 16 letters: press c to copy it again;",
			"di aver incollato la password intera, 16 lettere: premi c per copiarla di nuovo;",
		},
		"invoicing.hint.address": {
			"the address is %s, the one the password belongs to;",
			"che l'indirizzo sia %s, quello della password;",
		},
		"invoicing.hint.port": {
			"port %d with %s: 465 goes with SSL/TLS, 587 with STARTTLS (TLS).",
			"porta %d con %s: la 465 va con SSL/TLS, la 587 con STARTTLS (TLS).",
		},
		"invoicing.failed":     {"I could not watch your inbox.", "Non sono riuscito a guardare la tua casella."},
		"invoicing.failedNote": {"Check in Gmail that the test mail arrived.", "Controlla in Gmail che la mail di prova sia arrivata."},
		"invoicing.noWatch": {
			"This run cannot watch your inbox: check in Gmail that the test mail arrived.",
			"Qui non posso guardare la tua casella: controlla in Gmail che la mail di prova sia arrivata.",
		},
		"invoicing.copied.password": {"App password copied: paste it with Ctrl+V.", "Password per le app copiata: incollala con Ctrl+V."},
		"invoicing.demo": {
			"Demo: Qui Fattura sends its test mail by itself in a few seconds, or now with d.",
			"Demo: Qui Fattura invia da solo la mail di prova tra pochi secondi, o subito con d.",
		},

		// Rotation: the invoicing software first, then the old password.
		"invoicing.rotate.stillOld": {
			"Your invoicing software still has the old app password, %s: paste the new one, “%s”, there first, and only then revoke the old one on Google's page.",
			"Il tuo programma di fatturazione ha ancora la vecchia password per le app, %s: prima incolla lì quella nuova, “%s”, e solo dopo revoca la vecchia nella pagina di Google.",
		},
		"invoicing.rotate.revoke": {
			"Your invoicing software works with the new password. Now revoke the old one, %s, on Google's page; keep the new one, “%s”.",
			"Il tuo programma di fatturazione funziona con la password nuova. Ora revoca la vecchia, %s, nella pagina di Google; tieni quella nuova, “%s”.",
		},

		// A Google sign-in.
		"invoicing.oauth.personal": {
			"A Google sign-in cannot be pasted into a web invoicing program such as Qui Fattura: it needs an app password, which your account can have.",
			"Un accesso con Google non si può incollare in un programma di fatturazione sul web come Qui Fattura: serve una password per le app, che il tuo account può avere.",
		},
		"invoicing.oauth.workspace": {
			"A Google sign-in cannot be pasted into a web invoicing program such as Qui Fattura, and only your organisation's administrator can allow app passwords for this account.",
			"Un accesso con Google non si può incollare in un programma di fatturazione sul web come Qui Fattura, e solo l'amministratore della tua organizzazione può permettere le password per le app per questo account.",
		},
		"invoicing.oauth.create": {"Create an app password for it", "Crea una password per le app"},
		"invoicing.oauth.finish": {"Finish", "Finisci"},

		// Ready: the offer, and the keys.
		"invoicing.ready.offer": {
			"Press f to use it in your invoicing software, or enter to finish.",
			"Premi f per usarla nel programma di fatturazione, o invio per finire.",
		},
		"invoicing.key.offer":        {"invoicing", "fatturazione"},
		"invoicing.key.other":        {"another program", "altro programma"},
		"invoicing.key.quiFattura":   {"Qui Fattura", "Qui Fattura"},
		"invoicing.key.copyPassword": {"copy password", "copia password"},
		"invoicing.key.copyLine":     {"copy line", "copia riga"},
		"invoicing.key.watchAgain":   {"watch again", "guarda di nuovo"},
		"invoicing.key.finish":       {"finish", "finisci"},
		"invoicing.key.demo":         {"send as Qui Fattura", "invia come Qui Fattura"},

		// The plain face.
		"invoicing.acc.offer": {
			"Now use it in your invoicing software (the guide's step 9)?",
			"Vuoi usarla ora nel tuo programma di fatturazione (il passo 9 della guida)?",
		},
		"invoicing.acc.yes":           {"Yes, set up my invoicing software", "Sì, configura il mio programma di fatturazione"},
		"invoicing.acc.no":            {"No, finish", "No, finisci"},
		"invoicing.acc.enterFinishes": {"Enter alone finishes.", "Solo invio per finire."},
		"invoicing.acc.qf":            {"In Qui Fattura (%s):", "In Qui Fattura (%s):"},
		"invoicing.acc.other":         {"In another invoicing program:", "In un altro programma di fatturazione:"},
		"invoicing.acc.password":      {"Password: the app password", "Password: la password per le app"},
		"invoicing.acc.watching":      {"Watching your inbox. Press enter to stop.", "Sto guardando la tua casella. Premi invio per smettere."},
		"invoicing.acc.again":         {"Watch again", "Guarda di nuovo"},
		"invoicing.acc.showPw":        {"Show the app password, to paste it again", "Mostra la password per le app, per incollarla di nuovo"},
		"invoicing.acc.stopped":       {"Stopped watching.", "Ho smesso di guardare."},
		"invoicing.acc.demoSent":      {"Demo: Qui Fattura sent its test mail.", "Demo: Qui Fattura ha inviato la mail di prova."},
		"invoicing.acc.watchNote":     {"I do not send anything and change nothing in your mailbox.", "Non invio nulla e non cambio nulla nella tua casella."},
	})
}
