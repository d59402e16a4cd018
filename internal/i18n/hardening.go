package i18n

// Texts for input the program refuses rather than guess at: a --debug
// path that exists, a flag value it cannot read, an attachment that is not
// a file, an address or a password with characters they cannot hold, a
// From that Gmail will rewrite. None of them quotes a value that might be
// a secret.
func init() {
	register(entries{
		// --debug FILE
		"hardening.debug.exists": {
			"%s already exists: choose a new name for the debug file. gmailsetup only ever creates it new, so nothing is overwritten.",
			"Il file %s esiste già: scegli un nome nuovo per il file di debug. gmailsetup lo crea sempre nuovo, così non sovrascrive niente.",
		},
		"hardening.debug.isSetup": {
			"%s is the setup file: choose another name for the debug file, or the conversation would take the setup's place.",
			"%s è il file di configurazione: scegli un altro nome per il file di debug, altrimenti la conversazione ne prenderebbe il posto.",
		},
		"hardening.debug.create": {
			"Cannot create the debug file %s: %s. Choose a path in a folder that exists and that you can write to.",
			"Impossibile creare il file di debug %s: %s. Scegli un percorso in una cartella che esiste e in cui puoi scrivere.",
		},
		"hardening.debug.write": {
			"The debug file %s is incomplete: writing to it failed (%s).",
			"Il file di debug %s è incompleto: la scrittura non è riuscita (%s).",
		},

		// Files to read, and ctrl+c
		"hardening.reason.notFile": {
			"it is not a regular file (a folder, a FIFO, a device or a socket)",
			"non è un file normale (è una cartella, una FIFO, un dispositivo o un socket)",
		},
		"hardening.body.pipe": {
			"To send text from another program, pipe it in with --body -",
			"Per spedire il testo di un altro programma, passalo in ingresso con --body -",
		},
		"hardening.interrupted": {"Stopped with ctrl+c: nothing was sent or saved.", "Interrotto con ctrl+c: non è stato spedito né salvato niente."},

		// Addresses and pasted passwords
		"hardening.sameMailbox": {
			"%s is the same Gmail mailbox as the saved %s (Gmail ignores capitals, and dots before the @): that account is the one updated.",
			"%s è la stessa casella Gmail di %s, già salvato (Gmail non distingue le maiuscole né i punti prima della @): aggiorno quell'account.",
		},
		"hardening.paste.invisible": {
			"What was given holds a character that does not print (such as NUL or an escape), which an app password never has. Copy the 16 letters again from Google's page.",
			"Quello che hai dato contiene un carattere che non si vede (come NUL o un escape), che una password per le app non ha mai. Copia di nuovo le 16 lettere dalla pagina di Google.",
		},

		// send --from
		"hardening.send.flag.from": {
			"the From address, when not the account's (Gmail keeps it only for a verified \"Send mail as\" address)",
			"l'indirizzo del mittente, se non è quello dell'account (Gmail lo mantiene solo per un indirizzo \"Invia messaggio come\" verificato)",
		},
		"hardening.from.rewrite": {
			"Note: Gmail will show the mail as from %[2]s, not %[1]s, unless %[1]s is a verified \"Send mail as\" address of %[2]s. Add or check it in Gmail's settings, Accounts and Import:",
			"Nota: Gmail mostrerà la mail come inviata da %[2]s, non da %[1]s, a meno che %[1]s sia un indirizzo \"Invia messaggio come\" verificato di %[2]s. Aggiungilo o controllalo nelle impostazioni di Gmail, Account e importazione:",
		},

		// Flags
		"hardening.badLang": {"--lang: use en or it.", "--lang: usa en o it."},
		"hardening.flag.switch": {
			"%s is a switch: write it alone, without a value (what followed it is not shown, in case it was a password). See %s --help",
			"%s è un interruttore: scrivilo da solo, senza valore (quello che lo seguiva non viene mostrato, nel caso fosse una password). Vedi %s --help",
		},
		"hardening.flag.badValue": {
			"%s: the value given cannot be used (it is not shown, in case it was a password). See %s --help",
			"%s: il valore dato non si può usare (non viene mostrato, nel caso fosse una password). Vedi %s --help",
		},
		"hardening.flag.needsValue": {"%s needs a value. See %s --help", "%s ha bisogno di un valore. Vedi %s --help"},
		"hardening.flag.unknownNear": {
			"There is no %s flag: did you mean %s? See %s --help",
			"Non esiste l'opzione %s: intendevi %s? Vedi %s --help",
		},
		"hardening.flag.unknown": {
			"%s has no such flag (what was typed is not shown, in case it was a password). Its flags: %s",
			"%s non ha questa opzione (quello che hai scritto non viene mostrato, nel caso fosse una password). Le sue opzioni: %s",
		},
		"hardening.flag.syntax": {
			"A flag is written wrongly (it is not shown, in case it was a password): flags start with - or --. See %s --help",
			"Un'opzione è scritta male (non viene mostrata, nel caso fosse una password): le opzioni iniziano con - o --. Vedi %s --help",
		},
		"hardening.send.badAddress": {
			"%s: a value is not an email address: it has no @ (it is not shown, in case it was a password). Write it as name@example.com or \"Name <name@example.com>\".",
			"%s: un valore non è un indirizzo email: non ha la @ (non viene mostrato, nel caso fosse una password). Scrivilo come nome@example.com oppure \"Nome <nome@example.com>\".",
		},
		"hardening.account.notAddress": {
			"--account takes an email address, and what was given has no @ (it is not shown, in case it was a password). Saved in %s: %s.",
			"--account vuole un indirizzo email, e quello dato non ha la @ (non viene mostrato, nel caso fosse una password). Salvati in %s: %s.",
		},
		"hardening.flag.other": {
			"The flags could not be read (they are not shown, in case one was a password). See %s --help",
			"Impossibile leggere le opzioni (non vengono mostrate, nel caso una fosse una password). Vedi %s --help",
		},
	})
}
