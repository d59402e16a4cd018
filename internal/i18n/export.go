package i18n

// Texts of `gmailsetup export` and `gmailsetup password`: the saved setup
// handed to msmtp, git send-email, programs that read SMTP_* variables, and
// netrc.
func init() {
	register(entries{
		"export.short": {
			"Print the saved setup for msmtp, git send-email, SMTP_* variables or netrc",
			"Stampa la configurazione salvata per msmtp, git send-email, variabili SMTP_* o netrc",
		},
		"export.long": {
			"Prints the saved Gmail setup as a snippet for a tool you already use:\n\n" +
				"  msmtp  an account block; msmtp asks `gmailsetup password` for the app password\n" +
				"  git    git send-email settings (sendemail.smtpServer, smtpServerPort,\n" +
				"         smtpEncryption, smtpUser), with `gmailsetup credential` as\n" +
				"         git's credential helper for them\n" +
				"  env    SMTP_HOST, SMTP_PORT, SMTP_USERNAME, SMTP_FROM; SMTP_PASSWORD only with --include-secret\n" +
				"  netrc  a machine line, app password included\n\n" +
				"The app password is never printed to a terminal: redirect the output to a file,\n" +
				"pipe it, or use --write. With --write the snippet is added to the tool's file\n" +
				"(~/.msmtprc, ~/.gitconfig, ~/.netrc, or --file PATH) after a copy of the old\n" +
				"file is kept as FILE.bak-<time>; msmtp and netrc files are made readable only by\n" +
				"you. An account the file already has is not added twice. In an msmtp file with no\n" +
				"default account, this one becomes the default; in a git config that already sends\n" +
				"through another address, it becomes the identity \"gmail\" (git send-email --identity=gmail).",
			"Stampa la configurazione Gmail salvata come frammento per un programma che usi già:\n\n" +
				"  msmtp  un blocco account; msmtp chiede la password per le app a `gmailsetup password`\n" +
				"  git    le impostazioni di git send-email (sendemail.smtpServer,\n" +
				"         smtpServerPort, smtpEncryption, smtpUser), con\n" +
				"         `gmailsetup credential` come helper delle credenziali di git\n" +
				"  env    SMTP_HOST, SMTP_PORT, SMTP_USERNAME, SMTP_FROM; SMTP_PASSWORD solo con --include-secret\n" +
				"  netrc  una riga machine, password per le app compresa\n\n" +
				"La password per le app non viene mai stampata su un terminale: reindirizza l'uscita\n" +
				"su un file, passala a un altro comando, oppure usa --write. Con --write il frammento\n" +
				"viene aggiunto al file del programma (~/.msmtprc, ~/.gitconfig, ~/.netrc, oppure\n" +
				"--file PERCORSO) dopo aver tenuto una copia del vecchio file come FILE.bak-<ora>; i file\n" +
				"di msmtp e netrc diventano leggibili solo da te. Un account già presente nel file non\n" +
				"viene aggiunto due volte. In un file di msmtp senza account predefinito, questo diventa\n" +
				"il predefinito; in una configurazione di git che invia già da un altro indirizzo, diventa\n" +
				"l'identità \"gmail\" (git send-email --identity=gmail).",
		},
		"export.flag.account":       {"the saved address to export (default: the default account)", "l'indirizzo salvato da esportare (predefinito: l'account predefinito)"},
		"export.flag.write":         {"add the snippet to the tool's file, after a backup", "aggiunge il frammento al file del programma, dopo una copia di sicurezza"},
		"export.flag.file":          {"the file to add the snippet to (implies --write)", "il file a cui aggiungere il frammento (implica --write)"},
		"export.flag.includeSecret": {"env: include SMTP_PASSWORD", "env: include SMTP_PASSWORD"},
		"export.badFormat": {
			"export needs one format: %s. See gmailsetup export --help",
			"export vuole un formato: %s. Vedi gmailsetup export --help",
		},
		"export.noSecretHere": {
			"The %s snippet never holds the app password, so --include-secret does not apply to it.",
			"Il frammento %s non contiene mai la password per le app, quindi --include-secret non si applica.",
		},
		"export.secretTerminal": {
			"The %s snippet holds the app password, so it is not shown on the screen. Redirect it to a file (> FILE), pipe it to a program, or add it with --write.",
			"Il frammento %s contiene la password per le app, quindi non viene mostrato sullo schermo. Reindirizzalo su un file (> FILE), passalo a un programma, oppure aggiungilo con --write.",
		},
		"export.needFile": {
			"%s has no usual file: say where to write with --file PATH (for example --file .env).",
			"%s non ha un file abituale: indica dove scrivere con --file PERCORSO (per esempio --file .env).",
		},
		"export.secretUnusable": {
			"The saved app password has spaces or quotes, which a %s file cannot hold. An app password is 16 letters: run gmailsetup to save a new one.",
			"La password per le app salvata contiene spazi o virgolette, che un file %s non può contenere. Una password per le app è fatta di 16 lettere: esegui gmailsetup per salvarne una nuova.",
		},
		"export.duplicate": {
			"%s already has %s; nothing was changed.",
			"%s contiene già %s; non è stato cambiato nulla.",
		},
		"export.remove.msmtp": {
			"To replace it, delete its block (from the line \"account %s\" to the next \"account\" line) in %s, then run this again.",
			"Per sostituirlo, cancella il suo blocco (dalla riga “account %s” alla riga “account” successiva) in %s, poi esegui di nuovo questo comando.",
		},
		"export.remove.git": {
			"To replace it, remove that section (all of it) with: %s, then run this again.",
			"Per sostituirlo, togli quella sezione (per intero) con: %s, poi esegui di nuovo questo comando.",
		},
		"export.remove.env": {
			"To replace it, delete the SMTP_ lines in %s, then run this again.",
			"Per sostituirlo, cancella le righe SMTP_ in %s, poi esegui di nuovo questo comando.",
		},
		"export.remove.netrc": {
			"To replace it, delete the entry \"machine %s login %s …\" in %s, then run this again.",
			"Per sostituirlo, cancella la voce “machine %s login %s …” in %s, poi esegui di nuovo questo comando.",
		},
		"export.writeError": {
			"Could not add the snippet: %v. Nothing was changed; check that the folder is yours and writable.",
			"Impossibile aggiungere il frammento: %v. Non è stato cambiato nulla; controlla che la cartella sia tua e scrivibile.",
		},
		"export.written": {
			"Added the %s settings for %s to %s.",
			"Impostazioni %s per %s aggiunte a %s.",
		},
		"export.backup": {
			"The previous version is kept in %s.",
			"La versione precedente è conservata in %s.",
		},
		"export.tightened": {
			"%s could be read by others; it is now readable only by you.",
			"%s era leggibile da altri; ora è leggibile solo da te.",
		},
		"export.comment": {
			"Gmail for %s, added by gmailsetup",
			"Gmail per %s, aggiunto da gmailsetup",
		},

		"password.short": {
			"Print the saved app password, for programs such as msmtp",
			"Stampa la password per le app salvata, per programmi come msmtp",
		},
		"password.long": {
			"Prints the saved app password followed by a newline, for programs that ask a\n" +
				"command for it: msmtp's passwordeval, a git credential helper, a script.\n" +
				"It reads the keyring or the setup file, wherever gmailsetup saved it.\n\n" +
				"So that it does not end up on the screen by accident, it refuses to print to a\n" +
				"terminal unless --force is given.",
			"Stampa la password per le app salvata seguita da un a capo, per i programmi che la\n" +
				"chiedono a un comando: passwordeval di msmtp, un helper delle credenziali di git, uno script.\n" +
				"La legge dal portachiavi o dal file di configurazione, dove gmailsetup l'ha salvata.\n\n" +
				"Perché non finisca sullo schermo per sbaglio, si rifiuta di stamparla su un\n" +
				"terminale, a meno di usare --force.",
		},
		"password.flag.account": {"the saved address (default: the default account)", "l'indirizzo salvato (predefinito: l'account predefinito)"},
		"password.flag.force":   {"print it even to a terminal", "stampala anche su un terminale"},
		"password.terminal": {
			"This would show the app password on the screen, so it is not printed. It is meant for programs: gmailsetup password | program. To see it anyway, add --force.",
			"Così la password per le app comparirebbe sullo schermo, quindi non viene stampata. È pensata per i programmi: gmailsetup password | programma. Per vederla comunque, aggiungi --force.",
		},
	})
}
