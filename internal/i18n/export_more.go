package i18n

// More texts of `gmailsetup export`: what --write changed beyond the
// account (msmtp's default account, git's identity and credential helper),
// what From the other tools will show, and values a file cannot hold.
// Also `gmailsetup credential`, the git credential helper.
func init() {
	register(entries{
		"export.from": {
			"Mail sent with these settings shows From: %s. Gmail puts the account's own address there, unless the program sends as an address you have added and verified in Gmail (Settings, Accounts, \"Send mail as\").",
			"La posta inviata con queste impostazioni mostra come mittente (From) %s. Gmail ci mette l'indirizzo dell'account, a meno che il programma non invii come un indirizzo che hai aggiunto e verificato in Gmail (Impostazioni, Account, \"Invia messaggio come\").",
		},
		"export.msmtp.defaultComment": {
			"msmtp's default account: plain `msmtp RECIPIENT` sends through it",
			"account predefinito di msmtp: `msmtp DESTINATARIO` senza altro invia da qui",
		},
		"export.msmtp.madeDefault": {
			"The file had no default account, so %s is now msmtp's default: `msmtp someone@example.com` sends through it, no -a needed.",
			"Il file non aveva un account predefinito, quindi ora %s è quello predefinito di msmtp: `msmtp qualcuno@example.com` invia da qui, senza bisogno di -a.",
		},
		"export.msmtp.otherDefault": {
			"%s already has a default account, left as it was. To send with this one, name it: msmtp -a %s someone@example.com",
			"%s ha già un account predefinito, lasciato com'era. Per inviare con questo, indicalo: msmtp -a %s qualcuno@example.com",
		},
		"export.git.helperComment": {
			"git send-email asks gmailsetup for the app password; it is not written here",
			"git send-email chiede la password per le app a gmailsetup; qui non viene scritta",
		},
		"export.git.helper": {
			"git send-email gets the app password from gmailsetup when it needs it (credential helper: %s); git's config does not hold it. If gmailsetup moves, run this again.",
			"git send-email riceve la password per le app da gmailsetup quando gli serve (helper delle credenziali: %s); la configurazione di git non la contiene. Se sposti gmailsetup, esegui di nuovo questo comando.",
		},
		"export.git.helperAdded": {
			"%s already had the sendemail settings for this account; only the credential helper was added.",
			"%s aveva già le impostazioni sendemail per questo account; è stato aggiunto solo l'helper delle credenziali.",
		},
		"export.git.identity": {
			"%s already sends mail through another server or address, which is left as it was. These settings are a separate identity, \"%s\": send with it using git send-email --identity=%s",
			"%s invia già la posta tramite un altro server o indirizzo, lasciato com'era. Queste impostazioni sono un'identità a parte, \"%s\": invia con git send-email --identity=%s",
		},
		"export.git.useIdentity": {
			"Send with it using git send-email --identity=%s",
			"Invia con git send-email --identity=%s",
		},
		"export.notRegular": {
			"%s is not a regular file (a folder, a pipe or a device), so nothing was written. Name a file with --file PATH.",
			"%s non è un file normale (è una cartella, un canale tra programmi o un dispositivo), quindi non è stato scritto nulla. Indica un file con --file PERCORSO.",
		},
		"export.badAddress": {
			"The address saved in %s, %s, is not one Gmail accepts, so it is not exported. Correct the email line in that file, or run gmailsetup to set the account up again.",
			"L'indirizzo salvato in %s, %s, non è uno che Gmail accetta, quindi non viene esportato. Correggi la riga email in quel file, oppure avvia gmailsetup per configurare di nuovo l'account.",
		},
		"export.badHost": {
			"The server saved in %s, %s, is not a server name, so it is not exported. Gmail's is smtp.gmail.com: correct the host line in that file.",
			"Il server salvato in %s, %s, non è un nome di server, quindi non viene esportato. Quello di Gmail è smtp.gmail.com: correggi la riga host in quel file.",
		},
		"export.badPort": {
			"The port saved in %s, %d, is not one of Gmail's, so it is not exported. Use 465 (SSL/TLS) or 587 (STARTTLS) on the port line in that file.",
			"La porta salvata in %s, %d, non è una di quelle di Gmail, quindi non viene esportata. Usa 465 (SSL/TLS) o 587 (STARTTLS) nella riga port di quel file.",
		},
		"export.unquotable": {
			"The %s file cannot hold %s safely, however it is quoted, so nothing was printed or written.",
			"Il file di %s non può contenere in modo sicuro %s, comunque lo si racchiuda tra virgolette, quindi non è stato stampato né scritto nulla.",
		},
		"export.value.address": {
			"this address",
			"questo indirizzo",
		},
		"export.value.host": {
			"the server name",
			"il nome del server",
		},
		"export.value.secret": {
			"the saved app password",
			"la password per le app salvata",
		},
		"export.value.program": {
			"the path of gmailsetup itself (it has a line break or a control character): move gmailsetup to a plain folder and run this again",
			"il percorso di gmailsetup stesso (contiene un a capo o un carattere di controllo): sposta gmailsetup in una cartella dal nome semplice ed esegui di nuovo questo comando",
		},
		"export.value.configPath": {
			"the path of the setup file, %s (it has a line break or a control character): move it with --config to a plain path and run this again",
			"il percorso del file di configurazione, %s (contiene un a capo o un carattere di controllo): spostalo con --config in un percorso semplice ed esegui di nuovo questo comando",
		},
		"export.value.tooLong": {
			"the command that gives the password, because the setup file's path, %s, makes its line longer than msmtp reads (499 characters): move it with --config to a shorter path and run this again",
			"il comando che fornisce la password, perché il percorso del file di configurazione, %s, rende la sua riga più lunga di quanto msmtp legga (499 caratteri): spostalo con --config in un percorso più corto ed esegui di nuovo questo comando",
		},

		"credential.short": {
			"Give git send-email the saved app password (a git credential helper)",
			"Fornisce a git send-email la password per le app salvata (un helper delle credenziali di git)",
		},
		"credential.long": {
			"A git credential helper: git runs it, it is not meant to be typed.\n" +
				"`gmailsetup export git --write` sets it up for smtp://smtp.gmail.com:465\n" +
				"and :587, so git send-email gets the app password from the keyring or\n" +
				"the setup file when it needs it, and git's config never holds it.\n\n" +
				"  get    answers with the app password, only for protocol smtp, host\n" +
				"         smtp.gmail.com on port 465 or 587, and a saved user name\n" +
				"  store  does nothing: the saved password changes only through\n" +
				"         gmailsetup itself\n" +
				"  erase  does nothing: one refused sign-in does not delete a saved\n" +
				"         password; run gmailsetup rotate to replace it",
			"Un helper delle credenziali di git: lo avvia git, non va digitato.\n" +
				"`gmailsetup export git --write` lo configura per\n" +
				"smtp://smtp.gmail.com:465 e :587, così git send-email riceve la password\n" +
				"per le app dal portachiavi o dal file di configurazione quando gli serve,\n" +
				"e la configurazione di git non la contiene mai.\n\n" +
				"  get    risponde con la password per le app, solo per il protocollo\n" +
				"         smtp, l'host smtp.gmail.com sulla porta 465 o 587 e un nome\n" +
				"         utente salvato\n" +
				"  store  non fa nulla: la password salvata cambia solo tramite\n" +
				"         gmailsetup\n" +
				"  erase  non fa nulla: un accesso rifiutato non cancella una password\n" +
				"         salvata; per sostituirla usa gmailsetup rotate",
		},
		"credential.usage": {
			"credential needs one operation: get, store or erase. git runs it; see gmailsetup credential --help",
			"credential vuole un'operazione: get, store o erase. Lo avvia git; vedi gmailsetup credential --help",
		},
		"credential.terminal": {
			"gmailsetup credential get would show the app password on the screen, so it is not run at a terminal. git runs it; to see the password, use gmailsetup password --force.",
			"gmailsetup credential get mostrerebbe la password per le app sullo schermo, quindi non viene eseguito su un terminale. Lo avvia git; per vedere la password usa gmailsetup password --force.",
		},
		"credential.badRequest": {
			"gmailsetup credential: the request on standard input is not git's key=value lines, so it was not answered.",
			"gmailsetup credential: la richiesta sullo standard input non è fatta di righe chiave=valore di git, quindi non ha avuto risposta.",
		},
		"credential.noAccount": {
			"gmailsetup credential: git asked for the user %s, which is not saved in %s (saved: %s), so git will ask you for the password. Set sendemail.smtpUser to a saved address, or run gmailsetup to add this one.",
			"gmailsetup credential: git ha chiesto l'utente %s, che non è salvato in %s (salvati: %s), quindi git ti chiederà la password. Imposta sendemail.smtpUser a un indirizzo salvato, oppure avvia gmailsetup per aggiungere questo.",
		},
		"credential.badSecret": {
			"gmailsetup credential: the app password saved for %s is empty or has a line break, so it cannot be handed to git. Run gmailsetup rotate to save a new one.",
			"gmailsetup credential: la password per le app salvata per %s è vuota o contiene un a capo, quindi non si può passare a git. Avvia gmailsetup rotate per salvarne una nuova.",
		},
	})
}
