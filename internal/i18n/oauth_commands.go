package i18n

// Texts of the commands for a Google sign-in (OAuth): status, test, send,
// token, forget, rotate, setup --oauth, and the problems of a saved
// sign-in in the setup file.
func init() {
	register(entries{
		// Problems of a saved sign-in (storage.Problem*), in the commands'
		// words and, with "%s" for where, in the wizard's.
		"cmd.problem.badAuth":        {`auth must be "app_password" or "oauth"`, `auth deve essere "app_password" o "oauth"`},
		"cmd.problem.noClientID":     {`auth is "oauth" but there is no client_id`, `auth è "oauth" ma manca client_id`},
		"cmd.problem.badClientID":    {"client_id is not the ID of a Desktop OAuth client (it ends in .apps.googleusercontent.com)", "client_id non è l'ID di un client OAuth desktop (finisce con .apps.googleusercontent.com)"},
		"cmd.problem.noRefreshToken": {`secret_store is "file" but there is no refresh_token`, `secret_store è "file" ma manca refresh_token`},
		"cmd.problem.noClientSecret": {`secret_store is "file" but there is no client_secret`, `secret_store è "file" ma manca client_secret`},
		"cmd.problem.badOAuthSecret": {"the value is not one Google issues (spaces, quotes or line breaks in it?)", "il valore non è uno di quelli che Google rilascia (contiene spazi, virgolette o a capo?)"},
		"cmd.problem.straySecret":    {"this secret is in a key the account does not use: remove that line", "questo segreto è in una chiave che l'account non usa: togli quella riga"},
		"store.config.badAuth": {
			`%s: auth must be "app_password" or "oauth". Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: auth deve essere "app_password" o "oauth". Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.noClientID": {
			`%s: the Google sign-in has no client_id. Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: all'accesso con Google manca client_id. Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.badClientID": {
			`%s: client_id is not the ID of a Desktop OAuth client. Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: client_id non è l'ID di un client OAuth desktop. Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.noRefreshToken": {
			`%s: the Google sign-in is kept in the file but its refresh_token is missing. Sign in again, or start a new setup (the old file is kept as .bak).`,
			`%s: l'accesso con Google è salvato nel file ma manca refresh_token. Accedi di nuovo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.noClientSecret": {
			`%s: the Google sign-in is kept in the file but its client_secret is missing. Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: l'accesso con Google è salvato nel file ma manca client_secret. Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.badOAuthSecret": {
			`%s: a secret of the Google sign-in is not one Google issues. Fix it, or start a new setup (the old file is kept as .bak).`,
			`%s: un segreto dell'accesso con Google non è uno di quelli che Google rilascia. Correggilo, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		"store.config.straySecret": {
			`%s: a secret is in a key this account does not use. Remove that line, or start a new setup (the old file is kept as .bak).`,
			`%s: c'è un segreto in una chiave che questo account non usa. Togli quella riga, oppure inizia una nuova configurazione (il vecchio file resta come .bak).`,
		},
		// How an account signs in, and what a command needs of the other kind.
		"oauthcmd.kind.appPassword": {"app password", "password per le app"},
		"oauthcmd.kind.oauth":       {"Google sign-in (OAuth)", "accesso con Google (OAuth)"},
		"oauthcmd.noAppPassword": {
			"%s signs in with Google and has no app password. Programs get an access token from: gmailsetup token --account %s",
			"%s accede con Google e non ha una password per le app. I programmi ottengono un token di accesso da: gmailsetup token --account %s",
		},
		"oauthcmd.notOAuth": {
			"%s signs in with an app password, not with Google. Programs get it from: gmailsetup password --account %s",
			"%s accede con una password per le app, non con Google. I programmi la ottengono da: gmailsetup password --account %s",
		},
		"oauthcmd.keyring.notSignIn": {
			"The OS keyring entry of %s is not a Google sign-in (perhaps an old app password). Sign in again with: gmailsetup rotate --account %s",
			"La voce del portachiavi di sistema per %s non è un accesso con Google (forse una vecchia password per le app). Accedi di nuovo con: gmailsetup rotate --account %s",
		},

		// A dead refresh token (invalid_grant).
		"oauthcmd.expired": {
			"The app is in Testing and its 7 days ended on %s: publish it (“Audience” → “Publish app”) so the next sign-in lasts.",
			"L'app è in test e i suoi 7 giorni sono finiti il %s: pubblicala (“Pubblico” → “Pubblica app”) così il prossimo accesso dura.",
		},
		"oauthcmd.rotate": {"Sign in again with: gmailsetup rotate --account %s", "Accedi di nuovo con: gmailsetup rotate --account %s"},

		// status
		"oauthcmd.status.kind":      {"Sign-in", "Accesso"},
		"oauthcmd.status.client":    {"OAuth client", "Client OAuth"},
		"oauthcmd.status.app":       {"Google app", "App Google"},
		"oauthcmd.status.published": {"published (“In production”)", "pubblicata (“In produzione”)"},
		"oauthcmd.status.testing":   {"in Testing (not said to be published)", "in test (non dichiarata pubblicata)"},
		"oauthcmd.status.secrets":   {"Refresh token and client secret", "Token di aggiornamento e client secret"},
		"oauthcmd.status.signedIn":  {"Signed in", "Accesso fatto"},
		"oauthcmd.status.expires":   {"Sign-in expires", "L'accesso scade"},
		"oauthcmd.status.expiresOn": {"%s (7 days after signing in, for an app in Testing)", "il %s (7 giorni dopo l'accesso, per un'app in test)"},
		"oauthcmd.status.expiredOn": {"%s: expired, your programs can no longer send", "il %s: scaduto, i tuoi programmi non possono più inviare"},
		"oauthcmd.status.expiresTodo": {
			"To stop it expiring, publish the app in the Google Cloud console (“Audience” → “Publish app”), then sign in again: gmailsetup rotate --account %s",
			"Perché non scada, pubblica l'app nella console di Google Cloud (“Pubblico” → “Pubblica app”), poi accedi di nuovo: gmailsetup rotate --account %s",
		},

		// token
		"oauthcmd.token.short": {
			"Print a fresh access token of a Google sign-in, for programs (msmtp's passwordeval)",
			"Stampa un token di accesso nuovo di un accesso con Google, per i programmi (passwordeval di msmtp)",
		},
		"oauthcmd.token.long": {
			"Print a fresh OAuth 2.0 access token for the saved Google sign-in, for programs that ask a command for their password, such as msmtp with “auth oauthbearer” and “passwordeval”. Each run asks Google for a new token with the saved refresh token; no token is ever saved. At a terminal it refuses unless --force, so the token does not end up on screen.",
			"Stampa un token di accesso OAuth 2.0 nuovo per l'accesso con Google salvato, per i programmi che chiedono la password a un comando, come msmtp con “auth oauthbearer” e “passwordeval”. Ogni volta chiede a Google un token nuovo con il token di aggiornamento salvato; nessun token viene mai salvato. Su un terminale si rifiuta se non c'è --force, così il token non finisce sullo schermo.",
		},
		"oauthcmd.token.flag.force": {"print it even to a terminal", "stampalo anche su un terminale"},
		"oauthcmd.token.terminal": {
			"gmailsetup token prints an access token for programs, and stdout is a terminal: it would stay on screen. Use it in a program's password command, or add --force to see it anyway.",
			"gmailsetup token stampa un token di accesso per i programmi, e lo stdout è un terminale: resterebbe sullo schermo. Usalo nel comando della password di un programma, oppure aggiungi --force per vederlo comunque.",
		},
		"oauthcmd.token.failed": {"Google gave no access token for %s.", "Google non ha dato nessun token di accesso per %s."},

		// forget
		"oauthcmd.forget.revoked": {
			"Google has revoked the sign-in of %s: its refresh token and access tokens no longer work anywhere.",
			"Google ha revocato l'accesso di %s: il suo token di aggiornamento e i token di accesso non funzionano più da nessuna parte.",
		},
		"oauthcmd.forget.revokeFailed": {
			"Google could not be asked to revoke the sign-in of %s; it is removed from this computer anyway.",
			"Non è stato possibile chiedere a Google di revocare l'accesso di %s; viene comunque rimosso da questo computer.",
		},
		"oauthcmd.forget.noToken": {"The saved sign-in could not be read, so Google was not asked to revoke it: %s", "Non è stato possibile leggere l'accesso salvato, quindi a Google non è stato chiesto di revocarlo: %s"},
		"oauthcmd.forget.revokeByHand": {
			"Remove the app's access by hand on your Google account's page of third-party connections:",
			"Togli a mano l'accesso dell'app nella pagina delle connessioni di terze parti del tuo account Google:",
		},

		// The sign-in: setup --oauth, rotate.
		"oauthcmd.flag.oauth":      {"sign in with Google (OAuth) instead of an app password; needs --client-secret-file", "accedi con Google (OAuth) invece che con una password per le app; richiede --client-secret-file"},
		"oauthcmd.flag.clientFile": {"the client_secret_….json of your own Desktop OAuth client, as downloaded from the Google Cloud console", "il client_secret_….json del tuo client OAuth desktop, come scaricato dalla console di Google Cloud"},
		"oauthcmd.flag.published":  {"your Google app is published (“In production”), so the sign-in does not expire after 7 days", "la tua app Google è pubblicata (“In produzione”), quindi l'accesso non scade dopo 7 giorni"},
		"oauthcmd.flag.noBrowser":  {"open no browser; read the address Google sends you back to from stdin (for SSH)", "non apre il browser; legge dall'ingresso standard l'indirizzo a cui Google ti rimanda (per SSH)"},
		"oauthcmd.flag.timeout":    {"how long to wait for the sign-in", "quanto aspettare l'accesso"},
		"oauthcmd.setup.both": {
			"--oauth and --password-stdin are two different ways to sign in: choose one.",
			"--oauth e --password-stdin sono due modi diversi di accedere: scegline uno.",
		},
		"oauthcmd.setup.needClient": {
			"setup --oauth needs your Desktop client's file: --client-secret-file ~/Downloads/client_secret_….json",
			"setup --oauth richiede il file del tuo client desktop: --client-secret-file ~/Download/client_secret_….json",
		},
		"oauthcmd.setup.badClient": {"The client file %s cannot be used.", "Il file client %s non è utilizzabile."},
		"oauthcmd.setup.testing": {
			"Your app is not said to be published: if it is still in Testing, Google ends this sign-in on %s. Publish it (“Audience” → “Publish app”), then sign in again with: gmailsetup rotate --account %s",
			"La tua app non risulta pubblicata: se è ancora in test, Google termina questo accesso il %s. Pubblicala (“Pubblico” → “Pubblica app”), poi accedi di nuovo con: gmailsetup rotate --account %s",
		},
		"oauthcmd.signin.open": {"Open this page to sign in with Google:", "Apri questa pagina per accedere con Google:"},
		"oauthcmd.signin.ssh": {
			"No browser here? On the computer with the browser, run “%s” followed by your usual ssh host, then open the page there; the sign-in comes back through port %d.",
			"Nessun browser qui? Sul computer con il browser esegui “%s” seguito dal tuo solito host ssh, poi apri lì la pagina; l'accesso torna indietro dalla porta %d.",
		},
		"oauthcmd.signin.paste": {
			"Or, after allowing access, copy the address of the page that did not load (http://127.0.0.1:%d/?…) and paste it here, then press enter:",
			"Oppure, dopo aver consentito l'accesso, copia l'indirizzo della pagina che non si è caricata (http://127.0.0.1:%d/?…) e incollalo qui, poi premi invio:",
		},
		"oauthcmd.signin.waiting": {"Waiting for Google (up to %s; ctrl+c stops)…", "In attesa di Google (fino a %s; ctrl+c interrompe)…"},
		"oauthcmd.export.onlyMsmtp": {
			"export %s needs an app password, and %s signs in with Google. Use “gmailsetup export msmtp” (auth oauthbearer), or have your program run “gmailsetup token” for an access token.",
			"export %s richiede una password per le app, e %s accede con Google. Usa “gmailsetup export msmtp” (auth oauthbearer), oppure fai eseguire al tuo programma “gmailsetup token” per un token di accesso.",
		},
		"oauthcmd.phase.signingIn": {"Signing in with Google's access token…", "Accesso con il token di accesso di Google…"},
		"oauthcmd.setup.noKeyring": {
			"Nothing was saved: the OS keyring cannot keep the refresh token and client secret%s. Run again with --insecure-storage to keep them in %s instead, readable only by you (mode 0600).",
			"Non è stato salvato nulla: il portachiavi di sistema non può custodire il token di aggiornamento e il client secret%s. Riprova con --insecure-storage per tenerli invece in %s, leggibile solo da te (permessi 0600).",
		},
		"oauthcmd.setup.savedKeyring": {
			"Saved %s: the Google sign-in (refresh token and client secret) is in the OS keyring, the setup in %s.",
			"Salvato %s: l'accesso con Google (token di aggiornamento e client secret) è nel portachiavi di sistema, la configurazione in %s.",
		},
		"oauthcmd.setup.savedFile": {
			"Saved %s: the Google sign-in and the setup are in %s, readable only by you.",
			"Salvato %s: l'accesso con Google e la configurazione sono in %s, leggibile solo da te.",
		},
		"oauthcmd.signin.done":   {"Signed in with Google.", "Accesso con Google fatto."},
		"oauthcmd.signin.failed": {"The sign-in with Google for %s did not succeed.", "L'accesso con Google per %s non è riuscito."},
	})
}
