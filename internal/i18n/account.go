package i18n

// Texts of step 1: the Gmail address.
func init() {
	register(entries{
		"account.title":       {"Your Gmail address", "Il tuo indirizzo Gmail"},
		"account.intro":       {"Type the Gmail address you send your invoices from.", "Scrivi l'indirizzo Gmail da cui invii le tue fatture."},
		"account.placeholder": {"mario.rossi@gmail.com", "mario.rossi@gmail.com"},
		"account.next":        {"Then press enter.", "Poi premi invio."},
		"account.fixNext":     {"Correct the address, then press enter.", "Correggi l'indirizzo, poi premi invio."},
		"account.key.accept":  {"use suggestion", "usa il suggerimento"},
		"account.multi": {
			"Several Google accounts in your browser? Every link this wizard opens names this address, so Google shows the right one.",
			"Più account Google nel browser? Ogni link che apro contiene già questo indirizzo, così Google mostra l'account giusto.",
		},

		"account.err.empty":       {"Type your address first, for example mario.rossi@gmail.com.", "Scrivi prima il tuo indirizzo, per esempio mario.rossi@gmail.com."},
		"account.err.spaces":      {"An address has no spaces: remove them.", "Un indirizzo non contiene spazi: toglili."},
		"account.err.noAt":        {"The address needs an @, as in mario.rossi@gmail.com.", "Manca la @: un indirizzo è fatto come mario.rossi@gmail.com."},
		"account.err.manyAt":      {"There is more than one @: an address has exactly one.", "C'è più di una @: un indirizzo ne ha una sola."},
		"account.err.noLocal":     {"Your name is missing before the @.", "Manca il tuo nome prima della @."},
		"account.err.noDomain":    {"Something is missing after the @: for Gmail it is gmail.com.", "Manca qualcosa dopo la @: per Gmail è gmail.com."},
		"account.err.badChars":    {"An address cannot contain %s. Check what you typed.", "Un indirizzo non può contenere %s. Controlla cosa hai scritto."},
		"account.err.badDots":     {"A dot cannot be first, last or doubled (..) in an address.", "Un punto non può stare all'inizio, alla fine o ripetuto (..) in un indirizzo."},
		"account.err.domainNoDot": {"The part after the @ needs a dot, as in gmail.com.", "La parte dopo la @ deve avere un punto, come gmail.com."},
		"account.err.gmailChars":  {"Gmail addresses hold only letters, digits and dots, not %s.", "Gli indirizzi Gmail hanno solo lettere, numeri e punti, non %s."},
		"account.err.tooLong":     {"That is too long to be an address: type it again.", "È troppo lungo per essere un indirizzo: riscrivilo."},

		"account.suggest":     {"Did you mean %s?", "Forse intendevi %s?"},
		"account.suggestNext": {"Press tab to use it, or enter to keep what you typed.", "Premi tab per usarlo, o invio per tenere quello che hai scritto."},

		"account.checking":     {"Checking who handles mail for %s…", "Controllo chi gestisce la posta di %s…"},
		"account.checkingNext": {"This takes a few seconds at most.", "Ci vuole qualche secondo al massimo."},
		"account.workspace":    {"%s uses Google Workspace: this will work.", "%s usa Google Workspace: funzionerà."},
		"account.workspaceAdmin": {
			"It is a work or school account: its administrator must allow app passwords, or Google will not offer them.",
			"È un account di lavoro o scuola: l'amministratore deve consentire le password per le app, altrimenti Google non le offre.",
		},
		"account.notGoogle": {"Careful: Google does not handle mail for %s.", "Attenzione: Google non gestisce la posta di %s."},
		"account.notGoogleWhy": {
			"This is probably not a Google address, so you will not find app passwords for it. Check the address.",
			"Probabilmente non è un indirizzo Google, quindi non troverai le password per le app. Controlla l'indirizzo.",
		},
		"account.optChange":  {"Change the address", "Cambia l'indirizzo"},
		"account.optAnyway":  {"Use it anyway: I know it is a Google account", "Usalo comunque: so che è un account Google"},
		"account.chooseNext": {"Choose one, then press enter.", "Scegli, poi premi invio."},
		"account.unknown": {
			"Could not check who handles mail for %s (no connection?). That is fine: you can go on.",
			"Non ho potuto controllare chi gestisce la posta di %s (niente connessione?). Non è un problema: puoi proseguire.",
		},
		"account.notFound": {
			"Could not check %s: no such domain was found. Check the spelling after the @; if it is right, you can go on.",
			"Non ho potuto controllare %s: il dominio sembra non esistere. Controlla cosa hai scritto dopo la @; se è giusto, puoi proseguire.",
		},
		"account.continueNext": {"Press enter to go on, or correct the address.", "Premi invio per proseguire, o correggi l'indirizzo."},
	})
}
