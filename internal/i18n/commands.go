package i18n

// Texts of the subcommands (status, test, forget, setup, rotate) and of the
// root command's help: plain lines for a terminal or a log, each problem
// with the command that fixes it.
func init() {
	register(entries{
		// Root and global flags.
		"cmd.root.short": {"Set up sending mail through Gmail with an app password", "Configura l'invio di posta tramite Gmail con una password per le app"},
		"cmd.root.long": {
			"gmailsetup walks you through Google's steps (account, 2-Step Verification,\napp password), tests the password with a real mail to yourself, and saves it.\nRun again, it opens on the saved setup. Try it offline first with: gmailsetup --demo",
			"gmailsetup ti guida nei passaggi di Google (account, verifica in due passaggi, password per le app), prova la password con una vera mail al tuo stesso indirizzo e la salva. Se lo riavvii, riparte dalla configurazione salvata. Provalo prima senza rete con: gmailsetup --demo",
		},
		"cmd.flag.lang":       {"language `LANG`: en or it (default: from LC_ALL, LC_MESSAGES, LANG; without them, on Windows and macOS, the system's language)", "la `LINGUA`: en o it (predefinita: da LC_ALL, LC_MESSAGES, LANG; senza di esse, su Windows e macOS, la lingua del sistema)"},
		"cmd.flag.config":     {"the setup file `PATH` (default: $GMAILSETUP_CONFIG or the user config folder)", "il `PERCORSO` del file di configurazione (predefinito: $GMAILSETUP_CONFIG o la cartella di configurazione dell'utente)"},
		"cmd.flag.debug":      {"write the conversation with Gmail to `FILE`, passwords hidden", "scrive la conversazione con Gmail in `FILE`, password nascoste"},
		"cmd.flag.demo":       {"walk the whole wizard against a built-in test server; nothing leaves this computer", "percorre tutta la procedura con un server di prova interno; nulla esce da questo computer"},
		"cmd.flag.accessible": {"plain prompts, one question at a time, for screen readers (also with TERM=dumb or ACCESSIBLE set)", "domande semplici, una alla volta, per i lettori di schermo (anche con TERM=dumb o ACCESSIBLE impostata)"},
		"cmd.flag.appName":    {"the name to give the app password on Google's page", "il nome da dare alla password per le app nella pagina di Google"},
		"cmd.flag.account":    {"the saved address to use (default: the default account)", "l'indirizzo salvato da usare (predefinito: l'account predefinito)"},
		"cmd.badLang":         {"--lang %q: use en or it", "--lang %q: usa en o it"},
		"cmd.noTerminal": {
			"gmailsetup: the wizard needs a terminal. Without one, use:\n  gmailsetup setup --email ADDRESS --password-stdin",
			"gmailsetup: la procedura guidata ha bisogno di un terminale. Senza, usa:\n  gmailsetup setup --email INDIRIZZO --password-stdin",
		},
		"cmd.debugFile": {"Cannot write the --debug file: %v", "Impossibile scrivere il file di --debug: %v"},

		// rotate
		"cmd.rotate.short": {"Replace the saved app password with a new one", "Sostituisce la password per le app salvata con una nuova"},
		"cmd.rotate.long": {
			"Open the wizard on replacing the saved app password: create a new one on Google's\npage, paste it, test it, save it, then revoke the old one.\n\nExit status: 0 done, 1 nothing saved to rotate, 2 no terminal, 130 stopped with ctrl+c.",
			"Apre la procedura guidata per sostituire la password per le app salvata: ne crei una\nnuova nella pagina di Google, la incolli, la provi, la salvi, poi revochi la vecchia.\n\nCodice di uscita: 0 fatto, 1 niente di salvato da sostituire, 2 nessun terminale, 130 interrotto con ctrl+c.",
		},
		"cmd.rotate.none": {
			"Nothing to rotate: no setup is saved in %s. Run `gmailsetup` to create one.",
			"Niente da sostituire: nessuna configurazione salvata in %s. Avvia `gmailsetup` per crearne una.",
		},

		// Reading the saved setup.
		"cmd.store.notFound": {
			"No setup is saved yet (looked for %s). Run `gmailsetup` to create one; without a terminal: gmailsetup setup --email ADDRESS --password-stdin",
			"Non c'è ancora nessuna configurazione salvata (cercata in %s). Avvia `gmailsetup` per crearla; senza terminale: gmailsetup setup --email INDIRIZZO --password-stdin",
		},
		"cmd.store.unsafe": {
			"%s holds an app password but others may read or change it (mode %s), so it is not used. Fix it with:\n  %s",
			"%s contiene una password per le app ma altri possono leggerlo o modificarlo (permessi %s), quindi non viene usato. Correggi con:\n  %s",
		},
		"cmd.store.wrongOwner": {
			"%s holds an app password but belongs to user %d, not to you (%d), so it is not used. Fix it with:\n  %s",
			"%s contiene una password per le app ma appartiene all'utente %d, non a te (%d), quindi non viene usato. Correggi con:\n  %s",
		},
		"cmd.store.syntax": {
			"%s:%d: %s\nFix line %d, or run `gmailsetup` and choose to replace the file (the old one is kept as .bak).",
			"%s:%d: %s\nCorreggi la riga %d, oppure avvia `gmailsetup` e scegli di sostituire il file (il vecchio resta come .bak).",
		},
		"cmd.store.accountN": {"%s, account %d", "%s, account %d"},
		"cmd.store.config": {
			"%s: %s.\nEdit the file, or run `gmailsetup` and choose to replace it.",
			"%s: %s.\nModifica il file, oppure avvia `gmailsetup` e scegli di sostituirlo.",
		},
		"cmd.store.noDefault": {
			"%s holds several accounts and none is the default: choose one with --account (%s).",
			"%s contiene più account e nessuno è quello predefinito: scegline uno con --account (%s).",
		},
		"cmd.store.noAccount": {
			"There is no account %s in %s. Saved: %s. Choose one with --account, or run `gmailsetup` to add it.",
			"Non c'è nessun account %s in %s. Salvati: %s. Scegline uno con --account, oppure avvia `gmailsetup` per aggiungerlo.",
		},
		"cmd.store.gone": {
			"The account %s is no longer in %s: another gmailsetup changed it. Run `gmailsetup status` to see what is saved.",
			"L'account %s non è più in %s: un altro gmailsetup l'ha modificato. Avvia `gmailsetup status` per vedere cosa è salvato.",
		},
		"cmd.store.busy": {
			"Another gmailsetup is saving the setup right now. Wait for it to finish, then try again.",
			"Un altro gmailsetup sta salvando la configurazione proprio ora. Aspetta che finisca, poi riprova.",
		},
		"cmd.store.locate": {
			"Cannot find a folder for the setup file. Set %s to the file's path, or give it with --config PATH.",
			"Non trovo una cartella per il file di configurazione. Imposta %s con il percorso del file, oppure indicalo con --config PERCORSO.",
		},
		"cmd.store.file": {
			"Cannot use %s: %v. Check that it is a file of yours and that you may read it.",
			"Impossibile usare %s: %v. Controlla che sia un tuo file e che tu possa leggerlo.",
		},
		"cmd.store.other": {"The setup could not be read: %v", "Impossibile leggere la configurazione: %v"},

		"cmd.keyring.missing": {
			"The OS keyring has no app password for %s. Save one again with: gmailsetup rotate --account %s",
			"Il portachiavi di sistema non ha nessuna password per le app per %s. Salvane una di nuovo con: gmailsetup rotate --account %s",
		},
		"cmd.keyring.timeout": {
			"The OS keyring did not answer in time for %s. Unlock the keyring (or restart its service), then try again.",
			"Il portachiavi di sistema non ha risposto in tempo per %s. Sbloccalo (o riavvia il suo servizio), poi riprova.",
		},
		"cmd.keyring.none": {
			"The app password for %s is kept in the OS keyring, which is not available here. Start the keyring (log in to the desktop), or save it in the file instead: gmailsetup setup --email %s --password-stdin --insecure-storage",
			"La password per le app di %s è nel portachiavi di sistema, che qui non è disponibile. Avvia il portachiavi (accedi alla sessione grafica del computer), oppure salvala nel file: gmailsetup setup --email %s --password-stdin --insecure-storage",
		},
		"cmd.keyring.failed": {
			"The OS keyring failed for %s (%v). Start the keyring (log in to the desktop), or save the password in the file instead: gmailsetup setup --email %s --password-stdin --insecure-storage",
			"Il portachiavi di sistema ha dato un errore per %s (%v). Avvia il portachiavi (accedi alla sessione grafica del computer), oppure salva la password nel file: gmailsetup setup --email %s --password-stdin --insecure-storage",
		},

		"cmd.problem.noEmail":     {"the email address is missing", "manca l'indirizzo email"},
		"cmd.problem.badText":     {"a field holds control characters or invalid text", "un campo contiene caratteri di controllo o testo non valido"},
		"cmd.problem.duplicate":   {"the same address appears in more than one account", "lo stesso indirizzo compare in più di un account"},
		"cmd.problem.secretStore": {`secret_store must be "keyring" or "file"`, `secret_store deve essere "keyring" o "file"`},
		"cmd.problem.noPassword":  {`secret_store is "file" but there is no password`, `secret_store è "file" ma non c'è nessuna password`},
		"cmd.problem.tooLarge":    {"the file is far too large to be a setup", "il file è troppo grande per essere una configurazione"},
		"cmd.problem.other":       {"an account cannot be used as written", "un account non è utilizzabile così com'è scritto"},

		// status
		"cmd.status.short": {"Show the saved setup, without the app password", "Mostra la configurazione salvata, senza la password per le app"},
		"cmd.status.long": {
			"Show the saved setup: address, sender name, server, where the app password is kept,\nits label and creation date, and when it last signed in. The password is never shown.\n\nExit status: 0 set up, 1 not set up, 2 the setup cannot be read or used.",
			"Mostra la configurazione salvata: indirizzo, nome del mittente, server, dove è custodita\nla password per le app, la sua etichetta e data di creazione, e l'ultimo accesso riuscito.\nLa password non viene mai mostrata.\n\nCodice di uscita: 0 configurato, 1 non configurato, 2 configurazione illeggibile o inutilizzabile.",
		},
		"cmd.status.flag.account": {"show only this address (default: every saved account)", "mostra solo questo indirizzo (predefinito: tutti gli account salvati)"},
		"cmd.status.file":         {"Setup file: %s", "File della configurazione: %s"},
		"cmd.status.default":      {"%s (default)", "%s (predefinito)"},
		"cmd.status.name":         {"Sender name", "Nome mittente"},
		"cmd.status.server":       {"Server", "Server"},
		"cmd.status.secret":       {"App password", "Password per le app"},
		"cmd.status.label":        {"Label", "Etichetta"},
		"cmd.status.verified":     {"Last verified", "Ultima verifica"},
		"cmd.status.inKeyring":    {"in the OS keyring", "nel portachiavi di sistema"},
		"cmd.status.inFile":       {"in the setup file %s (readable only by you)", "nel file di configurazione %s (leggibile solo da te)"},
		"cmd.status.unusable":     {"%s, but it cannot be used: see below", "%s, ma non è utilizzabile: vedi sotto"},
		"cmd.status.unknown":      {"unknown", "sconosciuta"},
		"cmd.status.createdOnly":  {"created %s", "creata il %s"},
		"cmd.status.labelCreated": {"“%s”, created %s", "“%s”, creata il %s"},
		"cmd.status.noName":       {"(none)", "(nessuno)"},
		"cmd.status.never":        {"never", "mai"},
		"cmd.ago.today":           {"today (%s)", "oggi (%s)"},
		"cmd.ago.yesterday":       {"yesterday (%s)", "ieri (%s)"},
		"cmd.ago.days":            {"%d days ago (%s)", "%d giorni fa (%s)"},

		// test
		"cmd.test.short": {"Sign in to Gmail with the saved setup (--send: also send a test mail)", "Accede a Gmail con la configurazione salvata (--send: invia anche una mail di prova)"},
		"cmd.test.long": {
			"Sign in to smtp.gmail.com with the saved address and app password, then sign out:\nno mail is sent. With --send, also send a test mail to the address itself and\nsay whether it arrived. When it works, the setup notes the time.\n\nExit status: 0 it works, 1 it failed (the reason is printed), 2 the setup cannot be read, 130 stopped.",
			"Accede a smtp.gmail.com con l'indirizzo e la password per le app salvati, poi esce:\nnon invia nessuna mail. Con --send invia anche una mail di prova all'indirizzo stesso\ne dice se è arrivata. Se funziona, la configurazione annota l'ora.\n\nCodice di uscita: 0 funziona, 1 non funziona (con il motivo), 2 configurazione illeggibile, 130 interrotto.",
		},
		"cmd.test.flag.send": {"also send a test mail to the address itself", "invia anche una mail di prova all'indirizzo stesso"},
		"cmd.test.ok":        {"OK: signed in to %s:%d as %s (%s)", "Riuscito: accesso a %s:%d come %s (%s)"},
		"cmd.test.sent":      {"Gmail accepted the test mail to %s, subject “%s”.", "Gmail ha accettato la mail di prova per %s, oggetto “%s”."},
		"cmd.test.arrived":   {"It arrived in the mailbox after %s.", "È arrivata nella casella dopo %s."},
		"cmd.test.unconfirmed": {
			"Could not confirm that it arrived: look for it in the inbox.\n%s",
			"Non ho potuto confermare che sia arrivata: cercala nella posta in arrivo.\n%s",
		},
		"cmd.test.failed": {"FAILED: the test of %s did not pass.", "ERRORE: la prova di %s non è riuscita."},
		"cmd.test.rotate": {"To save a new app password: gmailsetup rotate --account %s", "Per salvare una nuova password per le app: gmailsetup rotate --account %s"},
		"cmd.test.notRecorded": {
			"The test worked, but its time could not be noted in the setup: %s",
			"La prova ha funzionato, ma non è stato possibile annotarne l'ora nella configurazione: %s",
		},

		// forget
		"cmd.forget.short": {"Remove the saved setup and its app password from this computer", "Rimuove da questo computer la configurazione salvata e la sua password per le app"},
		"cmd.forget.long": {
			"Remove an account's saved setup and its app password (from the OS keyring or the\nsetup file). The app password keeps working at Google until you revoke it on\nGoogle's App passwords page; forget prints that page's address.\n\nAsks first in a terminal; without one, --yes is required.\nExit status: 0 removed, 1 not removed, 2 the setup cannot be read or --yes is missing.",
			"Rimuove la configurazione salvata di un account e la sua password per le app (dal\nportachiavi di sistema o dal file). La password per le app funziona ancora su Google\nfinché non la revochi nella pagina Password per le app; forget ne stampa l'indirizzo.\n\nIn un terminale chiede conferma; senza terminale serve --yes.\nCodice di uscita: 0 rimossa, 1 non rimossa, 2 configurazione illeggibile o manca --yes.",
		},
		"cmd.forget.flag.account": {"the address to forget (needed when several are saved)", "l'indirizzo da dimenticare (necessario se ne sono salvati più di uno)"},
		"cmd.forget.flag.yes":     {"do not ask for confirmation", "non chiede conferma"},
		"cmd.forget.which": {
			"Several accounts are saved (%s): choose the one to forget with --account.",
			"Sono salvati più account (%s): scegli quello da dimenticare con --account.",
		},
		"cmd.forget.needYes": {
			"Forgetting %s needs a confirmation, and there is no terminal to ask: add --yes.",
			"Per dimenticare %s serve una conferma, e non c'è un terminale per chiederla: aggiungi --yes.",
		},
		"cmd.forget.confirm": {
			"Remove the setup of %s and its app password from this computer? [y/N]",
			"Rimuovere da questo computer la configurazione di %s e la sua password per le app? [s/N]",
		},
		"cmd.forget.kept": {"Nothing removed: %s is still set up.", "Nulla è stato rimosso: %s è ancora configurato."},
		"cmd.forget.done": {
			"Removed %s and its app password from this computer (setup file %s).",
			"Rimossi da questo computer %s e la sua password per le app (file di configurazione %s).",
		},
		"cmd.forget.keyringLeft": {
			"But its entry may be left in the OS keyring (%s): delete the entry “gmailsetup” for %s with your keyring's app.",
			"Ma la sua voce potrebbe essere rimasta nel portachiavi di sistema (%s): elimina la voce “gmailsetup” di %s con l'app del portachiavi.",
		},
		"cmd.forget.revokeLabelDate": {
			"The app password still works at Google until you revoke it. Open this page and delete “%s” (created %s):",
			"La password per le app funziona ancora su Google finché non la revochi. Apri questa pagina ed elimina “%s” (creata il %s):",
		},
		"cmd.forget.revokeLabel": {
			"The app password still works at Google until you revoke it. Open this page and delete “%s”:",
			"La password per le app funziona ancora su Google finché non la revochi. Apri questa pagina ed elimina “%s”:",
		},
		"cmd.forget.revokeDate": {
			"The app password still works at Google until you revoke it. Open this page and delete the one created %s:",
			"La password per le app funziona ancora su Google finché non la revochi. Apri questa pagina ed elimina quella creata il %s:",
		},
		"cmd.forget.revoke": {
			"The app password still works at Google until you revoke it. Open this page and delete it:",
			"La password per le app funziona ancora su Google finché non la revochi. Apri questa pagina ed eliminala:",
		},

		// setup
		"cmd.setup.short": {"Set up without the wizard: the app password comes from stdin", "Configura senza procedura guidata: la password per le app arriva dall'ingresso standard (stdin)"},
		"cmd.setup.long": {
			"Set up an account without the wizard, for scripts and servers. The app password is\nread from stdin (never from the command line), checked, tested by signing in (and by\nsending a test mail to the address itself, unless --no-send), and saved only if the\ntest worked: in the OS keyring, or, with --insecure-storage and no keyring, in the\nsetup file, readable only by you.\n\n  gmailsetup setup --email you@gmail.com --password-stdin < app-password.txt\n\nExit status: 0 saved, 1 not saved, 2 the command cannot run as asked, 130 stopped.",
			"Configura un account senza procedura guidata, per script e server. La password per le\napp viene letta dall'ingresso standard (stdin) (mai dalla riga di comando), controllata, provata con un accesso\n(e con una mail di prova all'indirizzo stesso, salvo --no-send) e salvata solo se la\nprova riesce: nel portachiavi di sistema oppure, con --insecure-storage e senza\nportachiavi, nel file di configurazione, leggibile solo da te.\n\n  gmailsetup setup --email tu@gmail.com --password-stdin < password-app.txt\n\nCodice di uscita: 0 salvata, 1 non salvata, 2 comando non eseguibile così, 130 interrotto.",
		},
		"cmd.setup.flag.email":    {"the Gmail address (required)", "l'indirizzo Gmail (obbligatorio)"},
		"cmd.setup.flag.stdin":    {"read the app password from stdin (required)", "legge la password per le app dall'ingresso standard, stdin (obbligatorio)"},
		"cmd.setup.flag.name":     {"the sender name people see (default: the saved one, if any)", "il nome del mittente che si vede (predefinito: quello salvato, se c'è)"},
		"cmd.setup.flag.appName":  {"the name you gave the app password on Google's page", "il nome che hai dato alla password per le app nella pagina di Google"},
		"cmd.setup.flag.noSend":   {"only sign in to test it; send no test mail", "prova solo l'accesso, senza inviare la mail di prova"},
		"cmd.setup.flag.insecure": {"with no OS keyring, keep the app password in the setup file (mode 0600)", "senza portachiavi di sistema, tiene la password per le app nel file di configurazione (permessi 0600)"},
		"cmd.setup.needEmail": {
			"Name the address with --email, for example: gmailsetup setup --email mario.rossi@gmail.com --password-stdin",
			"Indica l'indirizzo con --email, per esempio: gmailsetup setup --email mario.rossi@gmail.com --password-stdin",
		},
		"cmd.setup.needStdin": {
			"setup reads the app password from stdin: add --password-stdin and pipe it in, for example:\n  gmailsetup setup --email ADDRESS --password-stdin < app-password.txt",
			"setup legge la password per le app dall'ingresso standard (stdin): aggiungi --password-stdin e passala in ingresso, per esempio:\n  gmailsetup setup --email INDIRIZZO --password-stdin < password-app.txt",
		},
		"cmd.setup.stdinTTY": {
			"--password-stdin reads from a pipe or a file, not from the keyboard, where the password would show. Run `gmailsetup` to paste it hidden, or: gmailsetup setup --email ADDRESS --password-stdin < app-password.txt",
			"--password-stdin legge da un file o dall'uscita di un altro comando, non dalla tastiera, dove la password si vedrebbe. Avvia `gmailsetup` per incollarla nascosta, oppure: gmailsetup setup --email INDIRIZZO --password-stdin < password-app.txt",
		},
		"cmd.setup.noPasswordFlag": {
			"There is no --password flag: a password on the command line is visible to other users and kept in the shell history. Pipe it in with --password-stdin.",
			"Non esiste l'opzione --password: una password sulla riga di comando è visibile agli altri utenti e resta nella cronologia dei comandi. Passala in ingresso con --password-stdin.",
		},
		"cmd.setup.badName":    {"The sender name or the label holds control characters: type it again.", "Il nome del mittente o l'etichetta contiene caratteri di controllo: correggili."},
		"cmd.setup.emptyStdin": {"Nothing came in on stdin: pipe in the 16 letters of the app password.", "Dall'ingresso standard (stdin) non è arrivato nulla: passa in ingresso le 16 lettere della password per le app."},
		"cmd.setup.readFailed": {"Cannot read the app password from stdin: %v", "Impossibile leggere la password per le app dall'ingresso standard: %v"},
		"cmd.setup.failed":     {"FAILED: the test of the app password for %s did not pass. Nothing was saved.", "ERRORE: la prova della password per le app di %s non è riuscita. Non è stato salvato nulla."},
		"cmd.setup.noKeyring": {
			"Nothing was saved: the OS keyring cannot keep the app password%s. Run again with --insecure-storage to keep it in %s instead, readable only by you (mode 0600).",
			"Non è stato salvato nulla: il portachiavi di sistema non può custodire la password per le app%s. Riprova con --insecure-storage per tenerla invece in %s, leggibile solo da te (permessi 0600).",
		},
		"cmd.setup.notSaved": {"The test worked, but the setup could not be saved: %s", "La prova ha funzionato, ma non è stato possibile salvare la configurazione: %s"},
		"cmd.setup.savedKeyring": {
			"Saved %s: the app password is in the OS keyring, the setup in %s.",
			"Salvato %s: la password per le app è nel portachiavi di sistema, la configurazione in %s.",
		},
		"cmd.setup.savedFile": {
			"Saved %s: the app password and the setup are in %s, readable only by you.",
			"Salvato %s: la password per le app e la configurazione sono in %s, leggibile solo da te.",
		},
	})
}
