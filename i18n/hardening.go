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
			"%s è il file della configurazione: scegli un altro nome per il file di debug, altrimenti la conversazione ne prenderebbe il posto.",
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
			"Per spedire il testo di un altro programma, passalo con una pipe e --body -",
		},
		"hardening.interrupted": {"Stopped with ctrl+c: nothing was sent or saved.", "Interrotto con ctrl+c: non è stato spedito né salvato niente."},

		// Flags
		"hardening.badLang": {"--lang: use en or it.", "--lang: usa en o it."},
	})
}
