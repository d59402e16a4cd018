package i18n

// Texts of signing in with Google (OAuth): the console walk, the client
// file, Google's refusals and their fixes, the browser page after the
// sign-in, and the fake Google's consent page for --demo.
func init() {
	register(entries{
		// The walk through the Google Cloud console.
		"oauth.console.intro": {
			"Google lets each person use their own small “app” to sign in programs to Gmail. You'll create one in the Google Cloud console: it's free and takes about five minutes.",
			"Google permette a ognuno di usare una propria piccola “app” per far accedere i programmi a Gmail. Ne creerai una nella console di Google Cloud: è gratis e ci vogliono circa cinque minuti.",
		},
		"oauth.console.project.title": {"Create a project", "Crea un progetto"},
		"oauth.console.project.text": {
			"Give it any name (for example “Mail for invoices”) and press “Create”. If Google asks for a location, leave “No organization”.",
			"Dagli un nome qualsiasi (per esempio “Posta fatture”) e clicca su “Crea”. Se Google chiede una posizione, lascia “Nessuna organizzazione”.",
		},
		"oauth.console.branding.title": {"Describe the app", "Descrivi l'app"},
		"oauth.console.branding.text": {
			"Under “Google Auth Platform” press “Get started”. App name: anything you'll recognise. User support email: your address. Then go on to “Audience”.",
			"In “Google Auth Platform” clicca su “Inizia”. Nome dell'app: uno che riconoscerai. Email di assistenza utenti: il tuo indirizzo. Poi vai avanti fino a “Pubblico”.",
		},
		"oauth.console.audience.title": {"Choose who can use it", "Scegli chi può usarla"},
		"oauth.console.audience.text": {
			"Personal Gmail: choose “External”. A Google Workspace address (your company's): choose “Internal”, so only your organisation's accounts can use it. Then add your email as contact and finish.",
			"Gmail personale: scegli “Esterno”. Un indirizzo Google Workspace (della tua azienda): scegli “Interno”, così solo gli account della tua organizzazione possono usarla. Poi inserisci la tua email come contatto e concludi.",
		},
		"oauth.console.testusers.title": {"Add yourself as a test user", "Aggiungiti come utente di test"},
		"oauth.console.testusers.text": {
			"On the “Audience” page, under “Test users”, press “Add users” and add your own address. While the app is in Testing, only test users can sign in.",
			"Nella pagina “Pubblico”, sotto “Utenti di test”, clicca su “Aggiungi utenti” e aggiungi il tuo indirizzo. Finché l'app è in test, solo gli utenti di test possono accedere.",
		},
		"oauth.console.publish.title": {"Publish the app", "Pubblica l'app"},
		"oauth.console.publish.text": {
			"Still on “Audience”, press “Publish app” so the status becomes “In production”. You don't need Google's verification for an app only you use.",
			"Sempre in “Pubblico”, clicca su “Pubblica app” così lo stato diventa “In produzione”. Non ti serve la verifica di Google per un'app che usi solo tu.",
		},
		"oauth.console.client.title": {"Create a Desktop client", "Crea un client per desktop"},
		"oauth.console.client.text": {
			"Under “Clients” press “Create client”. Application type: “Desktop app” (not “Web application”). Any name, then “Create”.",
			"In “Client” clicca su “Crea client”. Tipo di applicazione: “App desktop” (non “Applicazione web”). Un nome qualsiasi, poi “Crea”.",
		},
		"oauth.console.download.title": {"Download the JSON", "Scarica il JSON"},
		"oauth.console.download.text": {
			"In the window that shows the new client, press “Download JSON”. The file (client_secret_….json) lands in Downloads, where this tool will find it. Keep it private: it holds the client secret.",
			"Nella finestra che mostra il nuovo client, clicca su “Scarica JSON”. Il file (client_secret_….json) finisce in Download, dove questo programma lo troverà. Tienilo per te: contiene il client secret.",
		},
		"oauth.console.gmailapi.title": {"Only if Google asks: enable the Gmail API", "Solo se Google lo chiede: attiva la Gmail API"},
		"oauth.console.gmailapi.text": {
			"Sending and reading mail with this sign-in doesn't need it. Press “Enable” only if the console refuses to go on without it.",
			"Per inviare e leggere la posta con questo accesso non serve. Clicca su “Attiva” solo se la console non ti lascia andare avanti senza.",
		},
		"oauth.console.unverified": {
			"When you sign in, Google will show “Google hasn't verified this app”. That's expected: the app is yours and only you use it, so Google has no reason to review it. Press “Advanced”, then “Go to %s (unsafe)”, then allow access to Gmail.",
			"Quando accedi, Google mostrerà “Google non ha verificato questa app”. È normale: l'app è tua e la usi solo tu, quindi Google non ha motivo di esaminarla. Clicca su “Avanzate”, poi “Vai a %s (non sicura)”, poi consenti l'accesso a Gmail.",
		},
		"oauth.console.testing7days": {
			"An app left in “Testing” works for only 7 days: then Google cancels the sign-in and your programs stop sending until you sign in again. Publishing it (“In production”) removes the limit.",
			"Un'app lasciata “In test” funziona solo per 7 giorni: poi Google annulla l'accesso e i tuoi programmi smettono di inviare finché non accedi di nuovo. Pubblicarla (“In produzione”) toglie il limite.",
		},

		// The client: a downloaded JSON or a pasted ID and secret.
		"oauth.client.not_json.what":        {"This file is not a client file from Google (it is not valid JSON).", "Questo file non è un file client di Google (non è un JSON valido)."},
		"oauth.client.not_json.todo":        {"Download the JSON again from the console's “Clients” page and don't edit it.", "Scarica di nuovo il JSON dalla pagina “Client” della console e non modificarlo."},
		"oauth.client.web.what":             {"This is a “Web application” client. Google can't send a web client's sign-in back to a program on your computer.", "Questo è un client “Applicazione web”. Google non può rimandare l'accesso di un client web a un programma sul tuo computer."},
		"oauth.client.web.todo":             {"Create a new client of type “Desktop app” and download its JSON.", "Crea un nuovo client di tipo “App desktop” e scarica il suo JSON."},
		"oauth.client.service_account.what": {"This is a service account key, not a client. Gmail accounts can't use service accounts without a Workspace admin.", "Questa è la chiave di un account di servizio, non un client. Gli account Gmail non possono usare account di servizio senza un amministratore Workspace."},
		"oauth.client.service_account.todo": {"Under “Clients”, create a client of type “Desktop app” and download its JSON.", "In “Client”, crea un client di tipo “App desktop” e scarica il suo JSON."},
		"oauth.client.unknown.what":         {"This file is not a Desktop client from Google.", "Questo file non è un client desktop di Google."},
		"oauth.client.unknown.todo":         {"Download the JSON of a “Desktop app” client from the console's “Clients” page.", "Scarica il JSON di un client “App desktop” dalla pagina “Client” della console."},
		"oauth.client.incomplete.what":      {"The client file lacks its client ID or its secret.", "Al file client manca il client ID o il secret."},
		"oauth.client.incomplete.todo":      {"Download the JSON again; if the secret is hidden in the console, add a new secret to the client first.", "Scarica di nuovo il JSON; se nella console il secret è nascosto, aggiungi prima un nuovo secret al client."},
		"oauth.client.bad_id.what":          {"That is not a client ID: one ends in “.apps.googleusercontent.com”.", "Questo non è un client ID: un client ID finisce con “.apps.googleusercontent.com”."},
		"oauth.client.bad_id.todo":          {"Copy the “Client ID” from the client's page in the console.", "Copia il “Client ID” dalla pagina del client nella console."},
		"oauth.client.bad_secret.what":      {"That doesn't look like a client secret (they usually start with “GOCSPX-”).", "Questo non sembra un client secret (di solito inizia con “GOCSPX-”)."},
		"oauth.client.bad_secret.todo":      {"Copy the “Client secret” from the client's page, not the ID, with nothing around it.", "Copia il “Client secret” dalla pagina del client, non l'ID, senza niente intorno."},
		"oauth.client.not_desktop.what":     {"This client does not send sign-ins back to this computer, so it isn't a Desktop client.", "Questo client non rimanda gli accessi a questo computer, quindi non è un client desktop."},
		"oauth.client.not_desktop.todo":     {"Create a client of type “Desktop app” and download its JSON.", "Crea un client di tipo “App desktop” e scarica il suo JSON."},
		"oauth.client.not_google.what":      {"This file points to addresses that aren't Google's. It may have been altered.", "Questo file punta a indirizzi che non sono di Google. Potrebbe essere stato modificato."},
		"oauth.client.not_google.todo":      {"Download the JSON yourself from the Google Cloud console.", "Scarica tu stesso il JSON dalla console di Google Cloud."},
		"oauth.client.too_big.what":         {"This file is far too big to be a client file from Google.", "Questo file è troppo grande per essere un file client di Google."},
		"oauth.client.too_big.todo":         {"Pick the client_secret_….json you downloaded from the console.", "Scegli il client_secret_….json che hai scaricato dalla console."},

		// Finding and opening the file.
		"oauth.file.none.what":        {"No client_secret_….json file in this folder.", "Nessun file client_secret_….json in questa cartella."},
		"oauth.file.none.todo":        {"Download the client's JSON from the console, or type where the file is.", "Scarica il JSON del client dalla console, oppure scrivi dove si trova il file."},
		"oauth.file.missing.what":     {"There is no file at that path.", "Non c'è nessun file in quel percorso."},
		"oauth.file.missing.todo":     {"Check the path, or press enter to look in Downloads.", "Controlla il percorso, oppure premi invio per cercare in Download."},
		"oauth.file.symlink.what":     {"That path is a link, not the file itself; it isn't followed, for safety.", "Quel percorso è un collegamento, non il file; per sicurezza non viene seguito."},
		"oauth.file.symlink.todo":     {"Give the path of the file itself.", "Indica il percorso del file vero e proprio."},
		"oauth.file.not_regular.what": {"That path is not an ordinary file (a folder, a device or a pipe).", "Quel percorso non è un file normale (è una cartella, un dispositivo o un canale tra programmi)."},
		"oauth.file.not_regular.todo": {"Give the path of the client_secret_….json file.", "Indica il percorso del file client_secret_….json."},
		"oauth.file.unreadable.what":  {"The file can't be read (permissions?).", "Il file non si può leggere (permessi?)."},
		"oauth.file.unreadable.todo":  {"Check you can open it, or download it again.", "Controlla di poterlo aprire, oppure scaricalo di nuovo."},

		// An address pasted back from a browser's address bar.
		"oauth.paste.not_url.what":     {"That isn't a web address.", "Questo non è un indirizzo web."},
		"oauth.paste.not_url.todo":     {"Copy the whole address from the browser's address bar after you allowed access; it starts with http://127.0.0.1:", "Copia l'intero indirizzo dalla barra del browser dopo aver consentito l'accesso; inizia con http://127.0.0.1:"},
		"oauth.paste.wrong_host.what":  {"That address is not the one Google sends back to this sign-in.", "Questo indirizzo non è quello a cui Google rimanda questo accesso."},
		"oauth.paste.wrong_host.todo":  {"Paste the address that starts with http://127.0.0.1: and the port shown here.", "Incolla l'indirizzo che inizia con http://127.0.0.1: e la porta indicata qui."},
		"oauth.paste.wrong_state.what": {"That address belongs to another sign-in (an older one, or someone else's).", "Questo indirizzo appartiene a un altro accesso (uno precedente, o di qualcun altro)."},
		"oauth.paste.wrong_state.todo": {"Open the link shown here, allow access, then paste the new address.", "Apri il link mostrato qui, consenti l'accesso, poi incolla il nuovo indirizzo."},
		"oauth.paste.no_code.what":     {"That address carries no answer from Google.", "Questo indirizzo non contiene la risposta di Google."},
		"oauth.paste.no_code.todo":     {"Copy the address only after pressing “Allow” (or “Continue”) on Google's page.", "Copia l'indirizzo solo dopo aver premuto “Consenti” (o “Continua”) nella pagina di Google."},
		"oauth.paste.done.what":        {"This sign-in already has Google's answer.", "Questo accesso ha già la risposta di Google."},
		"oauth.paste.done.todo":        {"Wait a moment for the result.", "Aspetta un momento il risultato."},

		// Google's refusals.
		"oauth.refuse.access_denied.what": {
			"Google did not give access: the sign-in was cancelled, or the app is in Testing and this account is not one of its test users.",
			"Google non ha dato l'accesso: l'accesso è stato annullato, oppure l'app è in test e questo account non è tra i suoi utenti di test.",
		},
		"oauth.refuse.access_denied.todo": {
			"Sign in again and press “Allow”. If Google says access is blocked, add your address under “Audience” → “Test users”, or publish the app.",
			"Accedi di nuovo e clicca su “Consenti”. Se Google dice che l'accesso è bloccato, aggiungi il tuo indirizzo in “Pubblico” → “Utenti di test”, oppure pubblica l'app.",
		},
		"oauth.refuse.admin_policy_enforced.what": {
			"Your Google Workspace administrator doesn't let this app reach Gmail.",
			"L'amministratore del tuo Google Workspace non permette a questa app di accedere a Gmail.",
		},
		"oauth.refuse.admin_policy_enforced.todo": {
			"Ask your administrator to mark your app's client ID as trusted under Security → API controls → App access control, or to turn app passwords back on.",
			"Chiedi all'amministratore di segnare come attendibile il client ID della tua app in Sicurezza → Controlli API → Controllo dell'accesso delle app, oppure di riattivare le password per le app.",
		},
		"oauth.refuse.policy_enforced.what": {
			"This account is in Google's Advanced Protection Program, which blocks apps that aren't on Google's list.",
			"Questo account è nel Programma di protezione avanzata di Google, che blocca le app che non sono nell'elenco di Google.",
		},
		"oauth.refuse.policy_enforced.todo": {
			"Honestly: with Advanced Protection, neither app passwords nor your own app will work. Use another account for your programs, or leave Advanced Protection.",
			"Detto sinceramente: con la Protezione avanzata non funzionano né le password per le app né un'app tua. Usa un altro account per i tuoi programmi, oppure esci dalla Protezione avanzata.",
		},
		"oauth.refuse.org_internal.what": {
			"The app is “Internal”: only accounts of the organisation that owns its project can use it, and you signed in with another one.",
			"L'app è “Interna”: possono usarla solo gli account dell'organizzazione proprietaria del progetto, e tu hai fatto l'accesso con un altro.",
		},
		"oauth.refuse.org_internal.todo": {
			"Sign in with the Workspace address, or set the app's audience to “External” and add yourself as a test user.",
			"Accedi con l'indirizzo Workspace, oppure imposta il pubblico dell'app su “Esterno” e aggiungiti come utente di test.",
		},
		"oauth.refuse.invalid_client.what": {
			"Google doesn't recognise this client: it was deleted, or the secret doesn't match.",
			"Google non riconosce questo client: è stato eliminato, oppure il secret non corrisponde.",
		},
		"oauth.refuse.invalid_client.todo": {
			"Download the JSON again from “Clients” (or create a new Desktop client) and give it to this tool.",
			"Scarica di nuovo il JSON da “Client” (oppure crea un nuovo client desktop) e dallo a questo programma.",
		},
		"oauth.refuse.redirect_uri_mismatch.what": {
			"Google refused to send the sign-in back to this computer: the client is not of type “Desktop app”.",
			"Google si è rifiutato di rimandare l'accesso a questo computer: il client non è di tipo “App desktop”.",
		},
		"oauth.refuse.redirect_uri_mismatch.todo": {
			"Create a client of type “Desktop app” and use its JSON.",
			"Crea un client di tipo “App desktop” e usa il suo JSON.",
		},
		"oauth.refuse.invalid_grant.what": {
			"Google no longer accepts the saved sign-in: it was revoked, the account's password changed, or the app is in Testing and its 7 days are over.",
			"Google non accetta più l'accesso salvato: è stato revocato, la password dell'account è cambiata, oppure l'app è in test e i suoi 7 giorni sono finiti.",
		},
		"oauth.refuse.invalid_grant.todo": {
			"Sign in with Google again (rotate). To stop it expiring every week, publish the app: “Audience” → “Publish app”.",
			"Accedi di nuovo con Google (rotate). Perché non scada ogni settimana, pubblica l'app: “Pubblico” → “Pubblica app”.",
		},
		"oauth.refuse.invalid_scope.what": {
			"Google refused the permission to read and send Gmail for this app.",
			"Google ha rifiutato a questa app il permesso di leggere e inviare la posta Gmail.",
		},
		"oauth.refuse.invalid_scope.todo": {
			"Check that the client is a “Desktop app” of your own project, then sign in again.",
			"Controlla che il client sia una “App desktop” del tuo progetto, poi accedi di nuovo.",
		},
		"oauth.refuse.code_rejected.what": {
			"Google did not accept the answer of this sign-in (it took too long, or was used already).",
			"Google non ha accettato la risposta di questo accesso (ci è voluto troppo, oppure era già stata usata).",
		},
		"oauth.refuse.code_rejected.todo": {"Sign in again.", "Accedi di nuovo."},
		"oauth.refuse.other.what": {
			"Google refused the sign-in (%s).",
			"Google ha rifiutato l'accesso (%s).",
		},
		"oauth.refuse.other.todo": {
			"Sign in again; if it happens again, check the app in the Google Cloud console.",
			"Accedi di nuovo; se succede ancora, controlla l'app nella console di Google Cloud.",
		},

		// Our own failures.
		"oauth.err.timeout.what":          {"No answer from Google within the time allowed.", "Nessuna risposta da Google nel tempo previsto."},
		"oauth.err.timeout.todo":          {"Start the sign-in again and finish it in the browser.", "Ricomincia l'accesso e completalo nel browser."},
		"oauth.err.cancelled.what":        {"Sign-in cancelled.", "Accesso annullato."},
		"oauth.err.cancelled.todo":        {"Start it again whenever you like.", "Ricomincia quando vuoi."},
		"oauth.err.network.what":          {"Google's sign-in service can't be reached.", "Il servizio di accesso di Google non è raggiungibile."},
		"oauth.err.network.todo":          {"Check the internet connection, then try again.", "Controlla la connessione a internet, poi riprova."},
		"oauth.err.listen.what":           {"This computer won't let the tool wait for Google's answer (no local port).", "Questo computer non permette al programma di aspettare la risposta di Google (nessuna porta locale)."},
		"oauth.err.listen.todo":           {"Try again; if it keeps failing, a firewall may block local connections.", "Riprova; se continua a fallire, forse un firewall blocca le connessioni locali."},
		"oauth.err.no_refresh_token.what": {"Google signed you in but gave no lasting access.", "Google ti ha fatto accedere ma non ha dato un accesso duraturo."},
		"oauth.err.no_refresh_token.todo": {"Sign in again and allow access on Google's page.", "Accedi di nuovo e consenti l'accesso nella pagina di Google."},
		"oauth.err.scope_missing.what":    {"Access to Gmail was not ticked on Google's page.", "Nella pagina di Google l'accesso a Gmail non era selezionato."},
		"oauth.err.scope_missing.todo":    {"Sign in again and tick “Read, compose, send and permanently delete all your email from Gmail”.", "Accedi di nuovo e seleziona “Leggere, scrivere, inviare ed eliminare definitivamente tutte le email da Gmail”."},

		// The browser tab after Google sends it back.
		"oauth.page.done.title":   {"Signed in", "Accesso eseguito"},
		"oauth.page.done.body":    {"You can close this tab and go back to the terminal.", "Puoi chiudere questa scheda e tornare al terminale."},
		"oauth.page.failed.title": {"Not signed in", "Accesso non riuscito"},
		"oauth.page.failed.body":  {"You can close this tab: the terminal says what happened and what to do.", "Puoi chiudere questa scheda: il terminale ti dice cosa è successo e cosa fare."},
		"oauth.page.stray.title":  {"Nothing to do here", "Niente da fare qui"},
		"oauth.page.stray.body":   {"This page is not part of the current sign-in. You can close this tab.", "Questa pagina non fa parte dell'accesso in corso. Puoi chiudere questa scheda."},

		// The fake Google's consent page (--demo).
		"oauth.fake.title":  {"Demo: sign in with Google", "Demo: accedi con Google"},
		"oauth.fake.body":   {"“%s” wants to read, compose and send email as %s.", "“%s” vuole leggere, scrivere e inviare email come %s."},
		"oauth.fake.note":   {"This page is the demo's stand-in for Google: nothing leaves this computer.", "Questa pagina sostituisce Google nella demo: niente esce da questo computer."},
		"oauth.fake.allow":  {"Allow", "Consenti"},
		"oauth.fake.cancel": {"Cancel", "Annulla"},
	})
}
