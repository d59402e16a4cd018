package i18n

// Failures to read or write the saved setup, as the commands (cmd.*) and
// the wizard (store.*) tell them: each names the file, the line or the
// folder, and what failed, never a value from the file.
func init() {
	register(entries{
		// Where in the file: "config.toml, line 7", "…, account 2", "…, key port".
		"cmd.store.line": {"%s, line %d", "%s, riga %d"},
		"cmd.store.key":  {"%s, key %s", "%s, chiave %s"},

		"cmd.store.write": {
			"Cannot write %s in the folder %s: %v. Check that the folder is yours and writable (ls -ld %s) and that the disk has free space, or choose another file with --config.",
			"Impossibile scrivere %s nella cartella %s: %v. Controlla che la cartella sia tua e scrivibile (ls -ld %s) e che il disco abbia spazio libero, oppure scegli un altro file con --config.",
		},
		"cmd.store.mkdir": {
			"Cannot create the folder %s: %v. Create it yourself with: mkdir -p -m 700 %s",
			"Impossibile creare la cartella %s: %v. Creala tu con: mkdir -p -m 700 %s",
		},
		"cmd.store.lock": {
			"Cannot lock the folder %s: %v. Check that the folder is yours, then try again.",
			"Impossibile bloccare la cartella %s: %v. Controlla che la cartella sia tua, poi riprova.",
		},
		"cmd.store.notRegular": {
			"%s is not a regular file (a folder, a device or a pipe?). Choose a file with --config.",
			"%s non è un file normale (una cartella, un dispositivo o un canale tra programmi?). Scegli un file con --config.",
		},
		"cmd.store.link": {
			"%s is a link to %s, which is not a file of yours, so gmailsetup does not write into it. Remove the link, or choose another file with --config.",
			"%s è un collegamento a %s, che non è un tuo file, quindi gmailsetup non ci scrive. Elimina il collegamento, oppure scegli un altro file con --config.",
		},
		"cmd.syntax.withKey": {"key %s: %s", "chiave %s: %s"},

		"cmd.problem.badAddress":  {"the email is not a valid address", "l'email non è un indirizzo valido"},
		"cmd.problem.badPort":     {"the port must be 465 or 587", "la porta deve essere 465 o 587"},
		"cmd.problem.badPassword": {"the password is not an app password (16 letters)", "la password non è una password per le app (16 lettere)"},
		"cmd.problem.badHost":     {"the host is not a server name", "l'host non è un nome di server"},

		"cmd.syntax.other":     {"this line is not valid TOML", "questa riga non è TOML valido"},
		"cmd.syntax.notClosed": {"a string, list or table is not closed", "una stringa, una lista o una tabella non è chiusa"},
		"cmd.syntax.badValue":  {"the value is missing or not valid (text needs quotes)", "il valore manca o non è valido (il testo va tra virgolette)"},
		"cmd.syntax.wrongType": {"the value has the wrong type (text needs quotes, numbers none)", "il valore ha il tipo sbagliato (il testo va tra virgolette, i numeri no)"},
		"cmd.syntax.duplicate": {"the key is defined twice", "la chiave è definita due volte"},
		"cmd.syntax.escape":    {"a string holds an invalid \\ escape", "una stringa contiene una sequenza \\ non valida"},
		"cmd.syntax.date":      {"not a valid date and time", "non è una data e ora valida"},
		"cmd.syntax.range":     {"the number is out of range", "il numero è fuori intervallo"},
		"cmd.syntax.badText":   {"the line holds control characters or invalid UTF-8", "la riga contiene caratteri di controllo o UTF-8 non valido"},
		"cmd.syntax.badKey":    {"the key or table name is not valid", "il nome della chiave o della tabella non è valido"},
		"cmd.syntax.keyCase":   {"the key is written with capitals; gmailsetup's keys are all lower case", "la chiave è scritta con delle maiuscole; le chiavi di gmailsetup sono tutte minuscole"},

		// The wizard and the plain-prompt mode (explain.Storage).
		// "%s" is where: the file, or file:line. A new setup keeps the old
		// file as .bak.
		"store.config.badText": {
			`%s: a value holds control characters or invalid text. Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: un valore contiene caratteri di controllo o testo non valido. Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.badAddress": {
			`%s: the email is not a valid address. Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: l'email non è un indirizzo valido. Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.badPort": {
			`%s: the port must be 465 or 587. Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: la porta deve essere 465 o 587. Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.badPassword": {
			`%s: the password is not an app password (16 letters). Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: la password non è una password per le app (16 lettere). Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.badHost": {
			`%s: the host is not a server name. Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: l'host non è un nome di server. Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.noEmail": {
			`%s: an account has no email address. Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: a un account manca l'indirizzo email. Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.duplicate": {
			`%s: the same address appears in more than one account. Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: lo stesso indirizzo compare in più di un account. Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.secretStore": {
			`%s: secret_store must be "keyring" or "file". Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: secret_store deve essere "keyring" o "file". Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.noPassword": {
			`%s: secret_store is "file" but there is no password. Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: secret_store è "file" ma non c'è nessuna password. Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.tooLarge": {
			`%s: the file is far too large to be a setup. Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: il file è troppo grande per essere una configurazione. Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.other": {
			`%s: an account cannot be used as written. Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: un account non è utilizzabile così com'è scritto. Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.write": {
			"Cannot write %s in the folder %s. Check that the folder is yours and writable, and that the disk has free space.",
			"Impossibile scrivere %s nella cartella %s. Controlla che la cartella sia tua e scrivibile e che il disco abbia spazio libero.",
		},
		"store.mkdir": {
			"Cannot create the folder %s. Create it yourself with:\n  mkdir -p -m 700 %s",
			"Impossibile creare la cartella %s. Creala tu con:\n  mkdir -p -m 700 %s",
		},
		"store.notRegular": {
			"%s is not a regular file (a folder, a device or a pipe?). Start gmailsetup with --config and a file.",
			"%s non è un file normale (una cartella, un dispositivo o un canale tra programmi?). Avvia gmailsetup con --config e un file.",
		},
		"store.link": {
			"%s is a link to %s, which is not a file of yours, so gmailsetup does not write into it. Remove the link, or start gmailsetup with --config and another file.",
			"%s è un collegamento a %s, che non è un tuo file, quindi gmailsetup non ci scrive. Elimina il collegamento, oppure avvia gmailsetup con --config e un altro file.",
		},
	})
}
