package i18n

// Texts for Windows and macOS (issue 20): the console a double-click
// opens, the clipboard, and the words of Windows' shells. A key ending in
// ".windows" replaces its key on Windows (system.go).
func init() {
	register(entries{
		"windows.pressEnter": {
			"Press enter to close this window.",
			"Premi invio per chiudere questa finestra.",
		},

		// The copy keys: "copied" only when the system clipboard holds the
		// text; otherwise what to do instead.
		"windows.clip.notPassword": {
			"Could not put the app password on this computer's clipboard. If your terminal passes copies on, it may be there; if nothing pastes, gmailsetup password --force prints it.",
			"Non sono riuscito a mettere la password per le app negli appunti di questo computer. Se il terminale inoltra le copie, potrebbe esserci; se non incolla nulla, gmailsetup password --force la stampa.",
		},
		"windows.clip.notLine": {
			"Could not copy to this computer's clipboard; type it as shown — %s: %s",
			"Non sono riuscito a copiare negli appunti di questo computer; scrivilo come lo vedi — %s: %s",
		},
		"windows.clip.link": {
			"Link copied to the clipboard.",
			"Link copiato negli appunti.",
		},

		// Windows words: PowerShell refuses "<" (Get-Content … | works in
		// it, type … | in cmd); no chmod or octal modes, but who can read
		// the file; folders made with mkdir, which both shells know.
		"cmd.setup.needStdin.windows": {
			"setup reads the app password from stdin: add --password-stdin and pipe it in, for example in PowerShell:\n  Get-Content app-password.txt | gmailsetup setup --email ADDRESS --password-stdin\nor in cmd:\n  type app-password.txt | gmailsetup setup --email ADDRESS --password-stdin",
			"setup legge la password per le app dall'ingresso standard (stdin): aggiungi --password-stdin e passala in ingresso, per esempio in PowerShell:\n  Get-Content password-app.txt | gmailsetup setup --email INDIRIZZO --password-stdin\noppure nel Prompt dei comandi (cmd):\n  type password-app.txt | gmailsetup setup --email INDIRIZZO --password-stdin",
		},
		"cmd.setup.stdinTTY.windows": {
			"--password-stdin reads from a pipe or a file, not from the keyboard, where the password would show. Run `gmailsetup` to paste it hidden, or: Get-Content app-password.txt | gmailsetup setup --email ADDRESS --password-stdin",
			"--password-stdin legge da un file o dall'uscita di un altro comando, non dalla tastiera, dove la password si vedrebbe. Avvia `gmailsetup` per incollarla nascosta, oppure: Get-Content password-app.txt | gmailsetup setup --email INDIRIZZO --password-stdin",
		},
		"cmd.setup.flag.insecure.windows": {
			"with no OS keyring, keep the app password in the setup file (readable only by you)",
			"senza portachiavi di sistema, tiene la password per le app nel file di configurazione (leggibile solo da te)",
		},
		"cmd.setup.noKeyring.windows": {
			"Nothing was saved: the OS keyring cannot keep the app password%s. Run again with --insecure-storage to keep it in %s instead, readable only by you (and by the computer's administrators).",
			"Non è stato salvato nulla: il portachiavi di sistema non può custodire la password per le app%s. Riprova con --insecure-storage per tenerla invece in %s, leggibile solo da te (e dagli amministratori del computer).",
		},
		"oauthcmd.setup.noKeyring.windows": {
			"Nothing was saved: the OS keyring cannot keep the refresh token and client secret%s. Run again with --insecure-storage to keep them in %s instead, readable only by you (and by the computer's administrators).",
			"Non è stato salvato nulla: il portachiavi di sistema non può custodire il token di aggiornamento e il client secret%s. Riprova con --insecure-storage per tenerli invece in %s, leggibili solo da te (e dagli amministratori del computer).",
		},
		"oauthcmd.setup.needClient.windows": {
			"setup --oauth needs your Desktop client's file: --client-secret-file \"C:\\Users\\YOU\\Downloads\\client_secret_….json\"",
			"setup --oauth richiede il file del tuo client desktop: --client-secret-file \"C:\\Users\\TUONOME\\Downloads\\client_secret_….json\"",
		},
		"cmd.store.mkdir.windows": {
			"Cannot create the folder %s: %v. Create it yourself in File Explorer, or with: mkdir %s",
			"Impossibile creare la cartella %s: %v. Creala tu in Esplora file, oppure con: mkdir %s",
		},
		"store.mkdir.windows": {
			"Cannot create the folder %s. Create it yourself in File Explorer, or with:\n  mkdir %s",
			"Impossibile creare la cartella %s. Creala tu in Esplora file, oppure con:\n  mkdir %s",
		},
		"cmd.store.write.windows": {
			"Cannot write %s in the folder %s: %v. Check that the folder is yours and writable (in File Explorer: Properties → Security for %s) and that the disk has free space, or choose another file with --config.",
			"Impossibile scrivere %s nella cartella %s: %v. Controlla che la cartella sia tua e scrivibile (in Esplora file: Proprietà → Sicurezza di %s) e che il disco abbia spazio libero, oppure scegli un altro file con --config.",
		},
	})
	// The long help texts keep their words but the Unix ones.
	windowsRewrites["cmd.setup.long"] = []string{
		"gmailsetup setup --email you@gmail.com --password-stdin < app-password.txt",
		"Get-Content app-password.txt | gmailsetup setup --email you@gmail.com --password-stdin",
		"gmailsetup setup --email tu@gmail.com --password-stdin < password-app.txt",
		"Get-Content password-app.txt | gmailsetup setup --email tu@gmail.com --password-stdin",
	}
	windowsRewrites["export.long"] = []string{
		"(~/.msmtprc, ~/.gitconfig, ~/.netrc, or --file PATH)", "(.msmtprc, .gitconfig or .netrc in your user folder, or --file PATH)",
		"(~/.msmtprc, ~/.gitconfig, ~/.netrc, oppure\n--file PERCORSO)", "(.msmtprc, .gitconfig o .netrc nella tua cartella utente,\noppure --file PERCORSO)",
	}
}

func init() {
	register(entries{
		// Who else the access list lets in, instead of a mode.
		"cmd.store.unsafe.windows": {
			"%s holds an app password but others can read or change it (%s), so it is not used. Fix it with:\n  %s",
			"%s contiene una password per le app ma altri possono leggerlo o modificarlo (%s), quindi non viene usato. Correggi con:\n  %s",
		},
	})
}
