package i18n

// Texts of the last mile (issue 12): the address filled in when it is
// known, copying the settings and the app password on the Ready screen,
// rotation that tells the old password from the new, saving untested only
// when it makes sense, and the names of the keys on the help line.
func init() {
	register(entries{
		// Key names on the help line, as each language writes them.
		"lastmile.keyname.enter":  {"enter", "invio"},
		"lastmile.keyname.space":  {"space", "spazio"},
		"lastmile.keyname.esc":    {"esc", "Esc"},
		"lastmile.keyname.tab":    {"tab", "Tab"},
		"lastmile.keyname.ctrl+c": {"ctrl+c", "Ctrl+C"},
		"lastmile.keyname.ctrl+r": {"ctrl+r", "Ctrl+R"},
		"lastmile.keyname.pgup":   {"pgup/pgdn", "PgSu/PgGiù"},

		// The shape of an app password, in the empty paste field.
		"lastmile.paste.placeholder": {"xxxx xxxx xxxx xxxx", "xxxx xxxx xxxx xxxx"},

		// The address, filled in when it is already written down.
		"lastmile.known.hint": {
			"Taken %s: press enter to use it, or type to replace it.",
			"Preso %s: premi invio per usarlo, o scrivi per sostituirlo.",
		},
		"lastmile.known.src.sendemail": {"from your git send-email settings", "dalle impostazioni di git send-email"},
		"lastmile.known.src.gituser":   {"from git's user.email", "dallo user.email di git"},
		"lastmile.known.src.env":       {"from the EMAIL variable", "dalla variabile EMAIL"},
		"lastmile.known.src.msmtp":     {"from your msmtp settings", "dalle impostazioni di msmtp"},
		"lastmile.known.demo": {
			"Demo: the example address is filled in; press enter to go on.",
			"Demo: l'indirizzo di esempio è già scritto; premi invio per continuare.",
		},
		"lastmile.acc.known": {
			"Found %s, taken %s. Press enter alone to use it, or type another address.",
			"Ho trovato %s, preso %s. Premi solo invio per usarlo, o scrivi un altro indirizzo.",
		},
		"lastmile.acc.knownDemo": {
			"Demo: press enter alone to use the example address %s.",
			"Demo: premi solo invio per usare l'indirizzo di esempio %s.",
		},

		// The Ready screen: what a program's settings page asks for.
		"lastmile.set.intro": {
			"In your programs (e.g. your invoicing software) — press a number to copy a line, c to copy the app password:",
			"Nei tuoi programmi (ad esempio quello di fatturazione) — premi un numero per copiare una riga, c per copiare la password per le app:",
		},
		"lastmile.set.server":   {"Server", "Server"},
		"lastmile.set.port":     {"Port", "Porta"},
		"lastmile.set.security": {"Encryption", "Crittografia"},
		"lastmile.set.user":     {"Username", "Nome utente"},
		"lastmile.set.password": {"Password", "Password"},
		"lastmile.set.passwordValue": {
			"the app password, not your Google password",
			"la password per le app, non quella di Google",
		},
		"lastmile.key.copyLine":     {"copy line", "copia riga"},
		"lastmile.key.copyPassword": {"copy password", "copia password"},
		"lastmile.copied.password": {
			"The app password is now in the clipboard: paste it into the password field of your invoicing software. The clipboard is emptied when you finish here.",
			"La password per le app ora è negli appunti: incollala nel campo password del programma di fatturazione. Gli appunti vengono svuotati quando finisci qui.",
		},
		"lastmile.copied.line": {
			"Now in the clipboard — %s: %s",
			"Ora negli appunti — %s: %s",
		},

		// Plain mode: the app password only after a yes.
		"lastmile.acc.showPw": {
			"Print the app password here, to paste it into your invoicing software? Anyone who sees this screen, or a transcript of it, will see it. Type y for yes; enter alone means no.",
			"Vuoi che scriva qui la password per le app, per incollarla nel programma di fatturazione? Chi vede questo schermo, o una sua trascrizione, la vedrà. Scrivi s per sì; solo invio vuol dire no.",
		},
		"lastmile.acc.yesWords": {"y yes", "s si sì y yes"},
		"lastmile.acc.pw":       {"App password: %s", "Password per le app: %s"},
		"lastmile.acc.pwNotShown": {
			"Not printed. To print it later: gmailsetup password --force.",
			"Non scritta. Per scriverla più tardi: gmailsetup password --force.",
		},

		// Rotation: the new app password has its own name.
		"lastmile.rotate.name": {
			"This one replaces “%s”: the new name tells them apart on Google's page.",
			"Questa sostituisce “%s”: il nome nuovo le distingue nella pagina di Google.",
		},
		"lastmile.revoke.new": {
			"The new one, “%s”, is the one to keep.",
			"Quella nuova, “%s”, è quella da tenere.",
		},
		"lastmile.same.what": {
			"This is the app password already saved, not a new one, so it was not tested again.",
			"Questa è la password per le app già salvata, non una nuova, quindi non l'ho provata di nuovo.",
		},
		"lastmile.same.todo": {
			"Create a new app password on Google's page and paste that one.",
			"Crea una nuova password per le app nella pagina di Google e incolla quella.",
		},

		// Saving untested, only when Gmail gave no answer.
		"lastmile.test.saveUntested": {"Save it untested (Gmail has not said yes to it yet)", "Salvala senza prova (Gmail non l'ha ancora accettata)"},
		"lastmile.untested.means": {
			"Untested means Gmail has not said yes to this password yet: the test could not reach it, or it asked to try later. Your programs will find out at their first send; gmailsetup test checks it when you like.",
			"Senza prova vuol dire che Gmail non ha ancora detto sì a questa password: la prova non l'ha raggiunto, o ha chiesto di riprovare più tardi. I tuoi programmi lo scopriranno al primo invio; gmailsetup test la controlla quando vuoi.",
		},
	})
}
