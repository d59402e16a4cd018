package i18n

// Texts that explain a failed send or sign-in: for every mailer.Kind, what
// happened and what to try, in the person's words, not the protocol's.
// Keys are diag.<kind>.what and diag.<kind>.todo, kind as mailer.Kind.String.
func init() {
	register(entries{
		"diag.whatLabel": {"What happened", "Cosa è successo"},
		"diag.todoLabel": {"What to try", "Cosa provare"},
		"diag.reply":     {"Gmail replied: %s", "Risposta di Gmail: %s"},
		"diag.detail":    {"Technical details: %s", "Dettagli tecnici: %s"},

		"diag.bad-credentials.what": {
			"Gmail did not accept the app password: it is wrong, or it was revoked. Changing your Google password revokes every app password.",
			"Gmail non ha accettato la password per le app: è sbagliata, oppure è stata revocata. Cambiare la password di Google revoca tutte le password per le app.",
		},
		"diag.bad-credentials.todo": {
			"Check the address is right, then create a new app password and paste it.",
			"Controlla che l'indirizzo sia giusto, poi crea una nuova password per le app e incollala.",
		},
		"diag.need-app-password.what": {
			"That was your normal Google password, not an app password. Gmail only lets programs in with an app password.",
			"Quella era la normale password di Google, non una password per le app. Gmail accetta l'accesso dei programmi solo con una password per le app.",
		},
		"diag.need-app-password.todo": {
			"Create an app password on Google's page and paste its 16 letters.",
			"Crea una password per le app nella pagina di Google e incollane le 16 lettere.",
		},
		"diag.too-many-attempts.what": {
			"Gmail saw too many sign-in attempts in a short time and is making you wait.",
			"Gmail ha rilevato troppi tentativi di accesso in poco tempo e ti chiede di aspettare.",
		},
		"diag.too-many-attempts.todo": {
			"Wait a few minutes, then try again.",
			"Aspetta qualche minuto, poi riprova.",
		},
		"diag.daily-limit.what": {
			"This account has reached Gmail's daily sending limit.",
			"Questo account ha raggiunto il limite giornaliero di invio di Gmail.",
		},
		"diag.daily-limit.todo": {
			"The limit resets within 24 hours: try again tomorrow. You can save the setup now.",
			"Il limite si azzera entro 24 ore: riprova domani. Puoi già salvare la configurazione.",
		},
		"diag.temporary.what": {
			"Gmail is busy or has a temporary problem.",
			"Gmail è occupato o ha un problema temporaneo.",
		},
		"diag.temporary.todo": {
			"Try again in a few minutes.",
			"Riprova tra qualche minuto.",
		},
		"diag.tls.what": {
			"The secure connection to Gmail could not be verified. Often an antivirus or a company proxy intercepts mail.",
			"Non è stato possibile verificare la connessione sicura con Gmail. Spesso un antivirus o un filtro della rete aziendale (proxy) intercetta la posta.",
		},
		"diag.tls.todo": {
			"Try another network, or turn off the antivirus's “mail scanning”.",
			"Prova un'altra rete, oppure disattiva la “scansione della posta” dell'antivirus.",
		},
		"diag.dns.what": {
			"The name smtp.gmail.com could not be found.",
			"Non è stato possibile trovare il nome smtp.gmail.com.",
		},
		"diag.dns.todo": {
			"Check the internet connection (and its DNS), then try again.",
			"Controlla la connessione a internet (e il suo DNS), poi riprova.",
		},
		"diag.ports-blocked.what": {
			"Your network blocks the ports for sending mail (465 and 587).",
			"La tua rete blocca le porte per l'invio della posta (465 e 587).",
		},
		"diag.ports-blocked.todo": {
			"Try another network, such as your phone's hotspot, or ask whoever runs this network.",
			"Prova un'altra rete, ad esempio la connessione condivisa del telefono (hotspot), o chiedi a chi gestisce questa rete.",
		},
		"diag.connection-reset.what": {
			"The connection to Gmail was cut off.",
			"La connessione con Gmail si è interrotta.",
		},
		"diag.connection-reset.todo": {
			"Try again; if it keeps happening, try another network.",
			"Riprova; se succede ancora, prova un'altra rete.",
		},
		"diag.no-starttls.what": {
			"The server on port 587 did not offer encryption, so your password was not sent. Something on the network is probably intercepting mail.",
			"Il server sulla porta 587 non ha offerto la cifratura, quindi la password non è stata inviata. Probabilmente qualcosa nella rete intercetta la posta.",
		},
		"diag.no-starttls.todo": {
			"Try another network, or turn off the antivirus's “mail scanning”.",
			"Prova un'altra rete, oppure disattiva la “scansione della posta” dell'antivirus.",
		},
		"diag.rejected.what": {
			"Gmail refused the mail.",
			"Gmail ha rifiutato la mail.",
		},
		"diag.rejected.todo": {
			"Read Gmail's reply below; it usually says why.",
			"Leggi la risposta di Gmail qui sotto: di solito dice il perché.",
		},
		"diag.token-refused.what": {
			"Gmail did not accept the sign-in with Google: the access was revoked, the Google password was changed, or the app was not given access to Gmail (https://mail.google.com/).",
			"Gmail non ha accettato l'accesso con Google: l'autorizzazione è stata revocata, la password di Google è cambiata, oppure all'app non è stato dato l'accesso a Gmail (https://mail.google.com/).",
		},
		"diag.token-refused.todo": {
			"Sign in with Google again (gmailsetup rotate) and allow access to Gmail when Google asks.",
			"Accedi di nuovo con Google (gmailsetup rotate) e consenti l'accesso a Gmail quando Google lo chiede.",
		},
		"diag.token-refresh.what": {
			"gmailsetup could not get a fresh sign-in from Google: Google could not be reached, or it no longer accepts the saved sign-in (revoked, the Google password changed, or the 7 days of an app in Testing are over).",
			"gmailsetup non è riuscito a ottenere da Google un nuovo accesso: Google non era raggiungibile, oppure non accetta più l'accesso salvato (revocato, la password di Google è cambiata, o sono finiti i 7 giorni di un'app in modalità di test).",
		},
		"diag.token-refresh.todo": {
			"Check the connection and try again; if it still fails, sign in with Google again (gmailsetup rotate).",
			"Controlla la connessione e riprova; se non funziona ancora, accedi di nuovo con Google (gmailsetup rotate).",
		},
		"diag.canceled.what": {
			"You stopped the test.",
			"Hai interrotto la prova.",
		},
		"diag.canceled.todo": {
			"Try again when you are ready.",
			"Riprova quando vuoi.",
		},
		"diag.unknown.what": {
			"Something unexpected went wrong.",
			"Si è verificato un errore imprevisto.",
		},
		"diag.unknown.todo": {
			"Try again; if it happens again, the details below may help whoever assists you.",
			"Riprova; se succede ancora, i dettagli qui sotto possono aiutare chi ti assiste.",
		},
	})
}
