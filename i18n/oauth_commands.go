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
	})
}
