package i18n

// Texts added for what a newcomer tripped on (issue 22): the exit codes
// in every command's help and man page, the keys in the man page, a
// mistyped command, the words left on the terminal when the wizard ends,
// and plain mode's back and quit.
func init() {
	register(entries{
		// Appended to the command's help (and man page) by cli.Localize.
		"newcomer.exit.gmailsetup": {
			"Exit status: 0 set up and verified, 1 not done (you quit with q, or the saved setup does not work yet), 2 no terminal or a mistyped command, 130 stopped with ctrl+c.",
			"Codice di uscita: 0 configurato e verificato, 1 non finito (sei uscito con q, o la configurazione salvata non funziona ancora), 2 nessun terminale o comando sbagliato, 130 interrotto con ctrl+c.",
		},
		"newcomer.exit.send": {
			"Exit status: 0 sent, 1 Gmail refused the mail or could not be reached, or nothing is set up, 2 the mail cannot be sent as asked (a bad address, an attachment missing or too large) or the setup cannot be read, 130 stopped with ctrl+c.",
			"Codice di uscita: 0 inviata, 1 Gmail ha rifiutato la mail o non era raggiungibile, oppure non c'è nessuna configurazione, 2 la mail non si può inviare così (un indirizzo sbagliato, un allegato mancante o troppo grande) o la configurazione è illeggibile, 130 interrotto con ctrl+c.",
		},
		"newcomer.exit.token": {
			"Exit status: 0 printed, 1 nothing set up, not a Google sign-in, or Google gave no token, 2 a terminal without --force or the setup cannot be read, 130 stopped with ctrl+c.",
			"Codice di uscita: 0 stampato, 1 nessuna configurazione, non è un accesso con Google, o Google non ha dato il token, 2 un terminale senza --force o configurazione illeggibile, 130 interrotto con ctrl+c.",
		},
		"newcomer.exit.password": {
			"Exit status: 0 printed, 1 nothing set up, 2 a terminal without --force, or the password cannot be read.",
			"Codice di uscita: 0 stampata, 1 nessuna configurazione, 2 un terminale senza --force, o la password non si può leggere.",
		},
		"newcomer.exit.export": {
			"Exit status: 0 printed or written, 1 nothing set up or the file already has these settings, 2 it cannot be done as asked (a file that is not a regular file or cannot be written, a value the file cannot hold) or the setup cannot be read.",
			"Codice di uscita: 0 stampata o scritta, 1 nessuna configurazione o il file ha già queste impostazioni, 2 non si può fare così (un file che non è un file normale o non si può scrivere, un valore che il file non può contenere) o configurazione illeggibile.",
		},
		"newcomer.exit.credential": {
			"Exit status: 0 answered (or nothing to answer), 1 no saved account for that user name, 2 run at a terminal, a request it cannot read, or the setup cannot be read.",
			"Codice di uscita: 0 risposto (o niente da rispondere), 1 nessun account salvato con quel nome utente, 2 avviato da un terminale, una richiesta illeggibile, o configurazione illeggibile.",
		},

		// A mistyped command; shown only when close to a real one (%s is
		// what was typed, then the command meant, then the command's path).
		"newcomer.cmd.unknownNear": {
			"There is no command %q: did you mean %s? See %s --help",
			"Non esiste il comando %q: intendevi %s? Vedi %s --help",
		},

		// What the wizard leaves on the terminal when its full-screen view
		// closes (guide.Ending).
		"newcomer.end.saved":         {"✓ Saved and checked: %s", "✓ Salvata e verificata: %s"},
		"newcomer.end.savedNotReady": {"Saved, but the last check did not pass (gmailsetup test tries again). The settings of %s:", "Salvata, ma l'ultima verifica non è riuscita (gmailsetup test riprova). Le impostazioni di %s:"},
		"newcomer.end.file":          {"Saved in", "Salvata in"},
		"newcomer.end.secret":        {"Password", "Password"},
		"newcomer.end.inKeyring":     {"in the system keyring (gmailsetup password prints it)", "nel portachiavi di sistema (gmailsetup password la stampa)"},
		"newcomer.end.oauthKeyring":  {"a Google sign-in, in the system keyring (programs run gmailsetup token)", "un accesso con Google, nel portachiavi di sistema (i programmi usano gmailsetup token)"},
		"newcomer.end.oauthFile":     {"a Google sign-in, in that file, readable only by you (programs run gmailsetup token)", "un accesso con Google, in quel file, leggibile solo da te (i programmi usano gmailsetup token)"},
		"newcomer.end.inFile":        {"in that file, readable only by you", "in quel file, leggibile solo da te"},
		"newcomer.end.demo":          {"This was the demo: that folder is removed now, and nothing reached Google.", "Era la demo: quella cartella viene rimossa ora, e niente è arrivato a Google."},
		"newcomer.end.nothing":       {"Nothing was saved. Run gmailsetup again to start over.", "Non è stato salvato nulla. Avvia di nuovo gmailsetup per ricominciare."},
		"newcomer.end.unchanged":     {"Nothing was changed: the saved setup is as it was (gmailsetup status shows it).", "Non è cambiato nulla: la configurazione salvata è com'era (gmailsetup status la mostra)."},

		// The "no App passwords" panel: the likeliest cause follows what the
		// person answered, and the way out excludes Advanced Protection,
		// which blocks a personal sign-in client too.
		"newcomer.why.likely": {"likely for you", "probabile nel tuo caso"},
		"newcomer.acc.likely": {"Likely for you: %s", "Probabile nel tuo caso: %s"},
		"newcomer.why.useOAuth": {
			"Not in Advanced Protection? Press g to sign in with Google instead.",
			"Non hai la protezione avanzata? Premi g e accedi invece con Google.",
		},

		// esc on Ready: the setup is saved, there is no step to go back to.
		"newcomer.ready.noBack": {
			"Already saved: there is no step to go back to. Press enter to finish; gmailsetup rotate or forget change it later.",
			"È già salvata: non c'è un passo a cui tornare. Premi invio per finire; gmailsetup rotate o forget la cambiano più tardi.",
		},

		// Sign-in, another account shown: the chooser's link is long, so
		// the way to take it elsewhere is y, not the mouse.
		"newcomer.signin.chooser": {
			"• Press c: Google lists your accounts; pick %s. (y copies this link.)",
			"• Premi c: Google elenca i tuoi account; scegli %s. (y copia questo link.)",
		},

		// The demo, after o: nothing opens, but the key must show it worked.
		"newcomer.link.demoAgain": {
			"Demo: o pressed. A real run opens this page in your browser again now.",
			"Demo: hai premuto o. Nell'uso reale la pagina ora si riapre nel browser.",
		},

		// Plain mode: b and q at every question, said once at the start.
		"newcomer.acc.keys": {
			"At any question, type b and press enter to go back a step, or q to quit.",
			"A ogni domanda puoi scrivere b e premere invio per tornare indietro di un passo, oppure q per uscire.",
		},
		"newcomer.acc.noBack": {
			"This is the first question: there is nothing to go back to.",
			"Questa è la prima domanda: non c'è niente a cui tornare.",
		},

		// The man page's extra sections (markdown, as cobra's man pages are
		// written), after the root page's description.
		"newcomer.man.keys": {
			"# KEYS\n" +
				"**enter** continue.\n\n" +
				"**esc** back; what you typed is kept. On the last screen nothing is undone.\n\n" +
				"**q** quit where no text is being typed (exit status 1).\n\n" +
				"**ctrl+c** stop at once; nothing is saved (exit status 130).\n\n" +
				"**o**, **y**, **r** open the link on screen, copy it, draw it as a QR code.\n\n" +
				"**?** on the app-password step: why App passwords may be missing (**g** there signs in with Google instead).\n\n" +
				"**ctrl+r** or **tab** show or hide the pasted password.\n\n" +
				"**1** to **4**, **c** after saving: copy the server, port, encryption, user name; the app password.\n\n" +
				"**pgup**, **pgdn** scroll a screen taller than the terminal.\n\n" +
				"In plain mode (**--accessible**, TERM=dumb) type **b** to go back and **q** to quit at any question.\n",
			"# TASTI\n" +
				"**invio** continua.\n\n" +
				"**esc** indietro; quello che hai scritto resta. Nell'ultima schermata non annulla nulla.\n\n" +
				"**q** esci, dove non stai scrivendo del testo (codice di uscita 1).\n\n" +
				"**ctrl+c** ferma subito; non viene salvato nulla (codice di uscita 130).\n\n" +
				"**o**, **y**, **r** apri il link sullo schermo, copialo, disegnalo come codice QR.\n\n" +
				"**?** nel passo della password per le app: perché può mancare (lì **g** accede invece con Google).\n\n" +
				"**ctrl+r** o **tab** mostra o nascondi la password incollata.\n\n" +
				"**da 1 a 4**, **c** dopo il salvataggio: copia server, porta, cifratura, nome utente; la password per le app.\n\n" +
				"**pagsu**, **paggiù** scorri una schermata più alta del terminale.\n\n" +
				"In modalità semplice (**--accessible**, TERM=dumb) scrivi **b** per tornare indietro e **q** per uscire a ogni domanda.\n",
		},
		"newcomer.man.exit": {
			"# EXIT STATUS\n" +
				"**0** done, **1** not done (a check failed, nothing to work on, or you quit with q), **2** the command cannot run as asked or the setup cannot be read, **130** stopped with ctrl+c. Each command's page says what they mean for it.\n",
			"# CODICE DI USCITA\n" +
				"**0** fatto, **1** non fatto (una verifica non è riuscita, niente su cui lavorare, o sei uscito con q), **2** il comando non si può eseguire così o la configurazione è illeggibile, **130** interrotto con ctrl+c. La pagina di ogni comando dice cosa significano per lui.\n",
		},
	})
}
