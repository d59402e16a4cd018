package i18n

// Texts of the saved-setup screen a re-run opens on, and of problems with
// the saved file.
func init() {
	register(entries{
		"summary.title":         {"Your saved Gmail setup", "La configurazione Gmail salvata"},
		"summary.loading":       {"Reading the saved setup…", "Lettura della configurazione salvata…"},
		"summary.address":       {"Address:       %s", "Indirizzo:           %s"},
		"summary.server":        {"Server:        %s", "Server:              %s"},
		"summary.secret":        {"App password:  %s", "Password per le app: %s"},
		"summary.label":         {"Label:         %s", "Etichetta:           %s"},
		"summary.verified":      {"Last checked:  %s", "Ultima verifica:     %s"},
		"summary.file":          {"Saved in %s", "Salvata in %s"},
		"summary.others":        {"%d more account(s) saved: choose one with --account.", "Altri account salvati: %d (scegline uno con --account)."},
		"summary.never":         {"never", "mai"},
		"summary.labelDate":     {"“%s”, created on %s", "“%s”, creata il %s"},
		"summary.secretKeyring": {"in the system keyring", "nel portachiavi di sistema"},
		"summary.secretFile":    {"in the setup file (readable only by you)", "nel file di configurazione (leggibile solo da te)"},
		"summary.what":          {"What would you like to do?", "Cosa vuoi fare?"},

		"summary.opt.rotate":        {"Replace the app password with a new one (rotate)", "Sostituisci la password per le app con una nuova"},
		"summary.opt.check":         {"Check that it still works", "Verifica che funzioni ancora"},
		"summary.opt.add":           {"Add another Gmail account", "Aggiungi un altro account Gmail"},
		"summary.opt.replace":       {"Set this account up again from the start", "Configura di nuovo questo account da capo"},
		"summary.opt.quit":          {"Quit", "Esci"},
		"summary.opt.new":           {"Set up Gmail now", "Configura Gmail adesso"},
		"summary.opt.replaceBroken": {"Start a new setup (the old file is kept as a backup when you save)", "Inizia una nuova configurazione (il vecchio file resta come copia quando salvi)"},

		"summary.checking":        {"Signing in with the saved setup…", "Accesso con la configurazione salvata…"},
		"summary.checkOK":         {"It works: Gmail accepted the saved app password.", "Funziona: Gmail ha accettato la password per le app salvata."},
		"summary.checkReadFailed": {"The saved setup could not be read.", "Impossibile leggere la configurazione salvata."},
		"summary.none":            {"There is no saved setup yet (looked in %s).", "Non c'è ancora una configurazione salvata (cercata in %s)."},
		"summary.missing":         {"No setup is saved for %s.", "Nessuna configurazione salvata per %s."},
		"summary.broken":          {"The saved setup file cannot be used.", "Il file di configurazione salvata non si può usare."},
		"summary.brokenSafe":      {"Nothing will be overwritten unless you choose to start a new setup and save it.", "Non verrà sovrascritto nulla, a meno che tu non scelga di ricominciare e salvare."},

		"save.revokeOld": {"Now revoke the old app password, %s, on Google's App passwords page: it still works for anyone who has it.", "Ora revoca la vecchia password per le app, %s, nella pagina “Password per le app” di Google: funziona ancora per chiunque la conosca."},

		"store.unsafeMode":     {"%s can be read by other users of this computer, and it holds an app password. Fix it with:\n  %s", "%s è leggibile da altri utenti di questo computer e contiene una password per le app. Correggi con:\n  %s"},
		"store.unsafeOwner":    {"%s belongs to another user: gmailsetup only trusts a file that is yours.", "%s appartiene a un altro utente: gmailsetup si fida solo di un file tuo."},
		"store.syntax":         {"%s, line %d: this line is not valid (the file was edited by hand?). Fix that line, or start a new setup.", "%s, riga %d: questa riga non è valida (il file è stato modificato a mano?). Correggi la riga o inizia una nuova configurazione."},
		"store.keyringTimeout": {"The system keyring did not answer within 3 seconds. Unlock it (or log in to the desktop) and try again.", "Il portachiavi di sistema non ha risposto entro 3 secondi. Sbloccalo (o accedi alla sessione grafica del computer) e riprova."},
		"store.secretMissing":  {"The app password is missing from the system keyring. Rotate it to save a new one.", "La password per le app non è più nel portachiavi di sistema. Sostituiscila per salvarne una nuova."},
		"store.busy":           {"Another gmailsetup is saving right now. Close it and try again.", "Un altro gmailsetup sta salvando in questo momento. Chiudilo e riprova."},
		"store.other":          {"Technical details: %s", "Dettagli tecnici: %s"},
	})
}
