package i18n

// Headings of the troubleshooting page (docs/troubleshooting.md), which is generated from
// the diagnosis texts (diag.<kind>.what / .todo) by readme_test.go, so the
// page and the program say the same thing.
func init() {
	register(entries{
		"trouble.heading": {"Troubleshooting", "Risoluzione dei problemi"},
		"trouble.intro": {
			"When a test fails, gmailsetup shows what happened and what to try. The same texts, for every kind of failure:",
			"Quando una prova non riesce, gmailsetup dice cosa è successo e cosa provare. Gli stessi testi, per ogni tipo di errore:",
		},
		"trouble.bad-credentials.title":   {"535 5.7.8 Username and Password not accepted", "535 5.7.8 Username and Password not accepted (nome utente e password non accettati)"},
		"trouble.need-app-password.title": {"534 5.7.9 Application-specific password required", "534 5.7.9 Application-specific password required (serve una password per le app)"},
		"trouble.too-many-attempts.title": {"454 4.7.0 Too many login attempts", "454 4.7.0 Too many login attempts (troppi tentativi di accesso)"},
		"trouble.daily-limit.title":       {"550 5.4.5 Daily user sending limit exceeded", "550 5.4.5 Daily user sending limit exceeded (limite di invio giornaliero superato)"},
		"trouble.temporary.title":         {"421 or another 4xx reply, or no answer", "421 o un'altra risposta 4xx, o nessuna risposta"},
		"trouble.tls.title":               {"The secure connection could not be verified", "Impossibile verificare la connessione sicura"},
		"trouble.dns.title":               {"smtp.gmail.com could not be found", "smtp.gmail.com non trovato"},
		"trouble.ports-blocked.title":     {"Neither port 465 nor 587 answers", "Né la porta 465 né la 587 rispondono"},
		"trouble.connection-reset.title":  {"The connection was cut", "La connessione è stata interrotta"},
		"trouble.no-starttls.title":       {"Port 587 offers no encryption", "La porta 587 non offre la cifratura"},
		"trouble.rejected.title":          {"Another refusal from Gmail (5xx)", "Un altro rifiuto di Gmail (5xx)"},
		"trouble.token-refused.title":     {"535 5.7.8 after signing in with Google (XOAUTH2, OAUTHBEARER)", "535 5.7.8 dopo l'accesso con Google (XOAUTH2, OAUTHBEARER)"},
		"trouble.token-refresh.title":     {"No fresh access token from Google", "Nessun nuovo token di accesso da Google"},
		"trouble.unknown.title":           {"Something else went wrong", "Qualcos'altro non ha funzionato"},
	})
}
