package i18n

// Texts of the guide's Google sign-in branch (OAuth), in the wizard and the
// plain mode: the entry points, the walk to the person's own Desktop
// client, giving the client, signing in, and the save.
func init() {
	register(entries{
		// The entry points.
		"oauthui.useOAuth":       {"Use Google sign-in (OAuth) instead", "Usa invece l'accesso con Google (OAuth)"},
		"oauthui.key.useOAuth":   {"Google sign-in instead", "accesso con Google"},
		"oauthui.why.useOAuth":   {"No app passwords at all? Press g to sign in with Google instead.", "Nessuna password per le app? Premi g e accedi invece con Google."},
		"oauthui.acc.useOAuth":   {"Sign in with Google (OAuth) instead", "Accedi invece con Google (OAuth)"},
		"oauthui.test.optSignIn": {"Sign in with Google again", "Accedi di nuovo con Google"},

		// The Ready screen of a Google sign-in: there is no password to copy.
		"oauthui.set.intro": {
			"In your programs (e.g. your invoicing software) — press a number to copy a line:",
			"Nei tuoi programmi (ad esempio quello di fatturazione) — premi un numero per copiare una riga:",
		},

		// Declining the file with no keyring: it is the sign-in, not an app
		// password, that was not kept.
		"oauthui.save.declined": {
			"Nothing was saved. To keep the Google sign-in, start or unlock a keyring (for example GNOME Keyring or KWallet) and run gmailsetup again, or allow the file next time.",
			"Non è stato salvato nulla. Per conservare l'accesso con Google, avvia o sblocca un portachiavi (ad esempio GNOME Keyring o KWallet) e riavvia gmailsetup, oppure, la prossima volta, accetta di salvarlo nel file.",
		},

		// The walk through the Google Cloud console.
		"oauthui.console.title":   {"Your own Google sign-in app", "La tua app per accedere con Google"},
		"oauthui.console.page":    {"Part %d of %d: %s", "Parte %d di %d: %s"},
		"oauthui.console.appName": {"Suggested app name: %s", "Nome dell'app consigliato: %s"},
		"oauthui.console.workspace": {
			"Your address is a Google Workspace one: choose “Internal”, and there are no test users to add and nothing to publish.",
			"Il tuo indirizzo è Google Workspace: scegli “Interno”, e non ci sono utenti di test da aggiungere né niente da pubblicare.",
		},
		"oauthui.console.demo":         {"Demo: nothing to do in a console; press enter to go through the parts.", "Demo: niente da fare in una console; premi invio per scorrere le parti."},
		"oauthui.console.key.done":     {"done, next", "fatto, avanti"},
		"oauthui.console.key.prev":     {"previous", "precedente"},
		"oauthui.console.notesTitle":   {"Before you sign in", "Prima di accedere"},
		"oauthui.console.question":     {"Is your app published (“In production”)?", "La tua app è pubblicata (“In produzione”)?"},
		"oauthui.console.optPublished": {"Yes: its status is “In production”", "Sì: il suo stato è “In produzione”"},
		"oauthui.console.optInternal":  {"It is “Internal” (my organisation only)", "È “Interna” (solo la mia organizzazione)"},
		"oauthui.console.optTesting":   {"No, it is still “Testing”", "No, è ancora “In test”"},
		"oauthui.console.testingNote": {
			"Then this sign-in will stop working 7 days after you sign in. You can publish the app later and run “gmailsetup rotate” to sign in again.",
			"Allora questo accesso smetterà di funzionare 7 giorni dopo che avrai fatto l'accesso. Puoi pubblicare l'app più tardi ed eseguire “gmailsetup rotate” per accedere di nuovo.",
		},
		"oauthui.acc.pageDone": {"Press enter when this part is done.", "Premi invio quando hai finito questa parte."},

		// Giving the client.
		"oauthui.client.title": {"Give this tool your client", "Dai a questo programma il tuo client"},
		"oauthui.client.intro": {
			"Google gave you a file client_secret_….json when you created the Desktop client. It holds the client ID and its secret.",
			"Quando hai creato il client desktop, Google ti ha dato un file client_secret_….json. Contiene il client ID e il suo secret.",
		},
		"oauthui.client.looking": {"Looking in %s…", "Cerco in %s…"},
		"oauthui.client.notFound": {
			"No client_secret_….json in %s.",
			"Nessun client_secret_….json in %s.",
		},
		"oauthui.client.optFound":     {"Use the file found: %s (%s)", "Usa il file trovato: %s (%s)"},
		"oauthui.client.optPath":      {"Type where the file is", "Scrivi dove si trova il file"},
		"oauthui.client.optPaste":     {"Paste the client ID and secret instead", "Incolla invece client ID e secret"},
		"oauthui.client.pathPrompt":   {"Path of the client_secret_….json file, then enter:", "Percorso del file client_secret_….json, poi invio:"},
		"oauthui.client.idPrompt":     {"Client ID (ends in .apps.googleusercontent.com), then enter:", "Client ID (finisce con .apps.googleusercontent.com), poi invio:"},
		"oauthui.client.secretPrompt": {"Client secret (not shown as you paste it), then enter:", "Client secret (non viene mostrato mentre lo incolli), poi invio:"},
		"oauthui.client.reading":      {"Reading the client…", "Leggo il client…"},
		"oauthui.client.ok":           {"Desktop client %s", "Client desktop %s"},
		"oauthui.client.okProject":    {"Desktop client %s (project %s)", "Client desktop %s (progetto %s)"},
		"oauthui.client.demo": {
			"Demo: a client file was put in %s, as if you had downloaded it.",
			"Demo: un file client è stato messo in %s, come se l'avessi scaricato.",
		},
		"oauthui.client.foundIn":  {"Newest client file in %s:", "File client più recente in %s:"},
		"oauthui.client.question": {"How do you want to give it?", "Come vuoi darlo?"},

		// Signing in.
		"oauthui.signin.title":    {"Sign in with Google", "Accedi con Google"},
		"oauthui.signin.starting": {"Getting the sign-in ready…", "Preparo l'accesso…"},
		"oauthui.signin.intro": {
			"Sign in as %s on Google's page and allow access to Gmail. Your browser should open it; if not, open this address yourself:",
			"Accedi come %s nella pagina di Google e consenti l'accesso a Gmail. Il browser dovrebbe aprirla; se no, apri tu questo indirizzo:",
		},
		"oauthui.signin.opened": {"Opened in your browser.", "Aperta nel browser."},
		"oauthui.signin.unverified": {
			"“Google hasn't verified this app” is expected: press “Advanced”, then “Go to %s (unsafe)”.",
			"“Google non ha verificato questa app” è normale: clicca su “Avanzate”, poi su “Vai a %s (non sicura)”.",
		},
		"oauthui.signin.ssh": {
			"No browser on this computer (SSH)? On yours, run\n  %s YOUR-SSH-HOST\nthen open the address there. Or press p and paste the address your browser ends on (http://127.0.0.1:%d/?code=…).",
			"Nessun browser su questo computer (SSH)? Sul tuo computer esegui\n  %s TUO-HOST-SSH\npoi apri lì l'indirizzo. Oppure premi p e incolla l'indirizzo su cui finisce il browser (http://127.0.0.1:%d/?code=…).",
		},
		"oauthui.signin.waiting": {"Waiting for Google (up to %s)…", "In attesa di Google (fino a %s)…"},
		"oauthui.signin.demo": {
			"Demo: press enter and the demo presses “Allow” for you (or press it on the demo page, if it opened in your browser).",
			"Demo: premi invio e la demo clicca su “Consenti” per te (oppure cliccaci tu nella pagina della demo, se si è aperta nel browser).",
		},
		"oauthui.signin.consenting":  {"The demo is pressing “Allow”…", "La demo sta cliccando su “Consenti”…"},
		"oauthui.signin.pastePrompt": {"Address from the browser's address bar, then enter:", "Indirizzo dalla barra del browser, poi invio:"},
		"oauthui.signin.codePrompt": {
			"The error Google shows (for example “Error 400: admin_policy_enforced”), then enter:",
			"L'errore che mostra Google (per esempio “Errore 400: admin_policy_enforced”), poi invio:",
		},
		"oauthui.signin.key.paste":   {"paste the address", "incolla l'indirizzo"},
		"oauthui.signin.key.error":   {"Google showed an error", "Google ha mostrato un errore"},
		"oauthui.signin.key.consent": {"demo: allow", "demo: consenti"},
		"oauthui.signin.key.submit":  {"send", "invia"},
		"oauthui.signin.key.close":   {"close", "chiudi"},
		"oauthui.signin.failed":      {"Not signed in with Google.", "Accesso con Google non riuscito."},
		"oauthui.signin.errorHint": {
			"If Google showed its own error page instead, press g and type the error it names.",
			"Se invece Google ha mostrato una sua pagina di errore, premi g e scrivi l'errore che indica.",
		},
		"oauthui.signin.done":      {"Signed in with Google.", "Accesso con Google fatto."},
		"oauthui.signin.optAgain":  {"Sign in again", "Accedi di nuovo"},
		"oauthui.signin.optClient": {"Give another client", "Dai un altro client"},
		"oauthui.signin.optQuit":   {"Quit without saving", "Esci senza salvare"},
		"oauthui.signin.noClient":  {"The saved client could not be read.", "Non è stato possibile leggere il client salvato."},
		"oauthui.acc.signinLine": {
			"When you have allowed access, press enter. Or paste here the address your browser ends on, or type the error Google shows (for example admin_policy_enforced), then enter.",
			"Quando hai consentito l'accesso, premi invio. Oppure incolla qui l'indirizzo su cui finisce il browser, o scrivi l'errore che mostra Google (per esempio admin_policy_enforced), poi invio.",
		},
		"oauthui.acc.signedInEnter": {"Google answered. Press enter to go on.", "Google ha risposto. Premi invio per andare avanti."},
		"oauthui.branch":            {"Google sign-in", "Accesso con Google"},
		"oauthui.acc.ssh": {
			"No browser on this computer (SSH)? On yours, run\n  %s YOUR-SSH-HOST\nthen open the address there.",
			"Nessun browser su questo computer (SSH)? Sul tuo computer esegui\n  %s TUO-HOST-SSH\npoi apri lì l'indirizzo.",
		},
		"oauthui.acc.failedEnter": {"Press enter to see why.", "Premi invio per vedere perché."},

		// Saving and the end.
		"oauthui.save.noKeyring": {
			"No keyring on this computer. Save the Google sign-in (refresh token and client secret) in %s (readable only by you)?",
			"Su questo computer non c'è un portachiavi. Salvo l'accesso con Google (token di aggiornamento e client secret) in %s (leggibile solo da te)?",
		},
		"oauthui.save.keyringLocked": {
			"Your system keyring is locked, so the Google sign-in cannot go there. Save it in %s instead (readable only by you)? Or choose no, unlock the keyring and run gmailsetup again.",
			"Il portachiavi di sistema è bloccato, quindi l'accesso con Google non può andare lì. Lo salvo invece in %s (leggibile solo da te)? Oppure scegli no, sblocca il portachiavi e riesegui gmailsetup.",
		},
		"oauthui.save.noSessionBus": {
			"The system keyring cannot be reached: there is no D-Bus session here (as over SSH). Save the Google sign-in in %s (readable only by you)?",
			"Il portachiavi di sistema non è raggiungibile: qui non c'è una sessione D-Bus (come via SSH). Salvo l'accesso con Google in %s (leggibile solo da te)?",
		},
		"oauthui.save.secretKeyring": {"The Google sign-in is in your system keyring.", "L'accesso con Google è nel portachiavi di sistema."},
		"oauthui.save.secretFile":    {"The Google sign-in is in that file, readable only by you.", "L'accesso con Google è in quel file, leggibile solo da te."},
		"oauthui.save.signin":        {"Google sign-in", "Accesso con Google"},
		"oauthui.save.signinValue":   {"refresh token (hidden), client %s", "token di aggiornamento (nascosto), client %s"},
		"oauthui.save.expires":       {"App in Testing: this sign-in ends on %s.", "App in test: questo accesso termina il %s."},
		"oauthui.save.how.password": {
			"Password: none; programs ask “gmailsetup token --account %s” for an access token (XOAUTH2 or OAUTHBEARER), or use “gmailsetup export msmtp”.",
			"Password: nessuna; i programmi chiedono a “gmailsetup token --account %s” un token di accesso (XOAUTH2 o OAUTHBEARER), oppure usa “gmailsetup export msmtp”.",
		},
		"oauthui.save.testingEnd": {
			"Your app is still in Testing: Google ends this sign-in on %s. Publish it (“Audience” → “Publish app”), then sign in again with: gmailsetup rotate --account %s",
			"La tua app è ancora in test: Google termina questo accesso il %s. Pubblicala (“Pubblico” → “Pubblica app”), poi accedi di nuovo con: gmailsetup rotate --account %s",
		},
		"oauthui.summary.signin":     {"Signs in: with Google (client %s)", "Accede: con Google (client %s)"},
		"oauthui.summary.expires":    {"Sign-in ends: %s (app in Testing)", "L'accesso termina: %s (app in test)"},
		"oauthui.save.choice.signIn": {"Sign in with Google again", "Accedi di nuovo con Google"},
	})
}
