package i18n

// Texts of the last step: the summary, saving (with the consent to use a
// file when there is no keyring), the final check and "Ready".
func init() {
	register(entries{
		"save.title": {"Save the setup", "Salva la configurazione"},

		"save.label.address":  {"Address", "Indirizzo"},
		"save.label.kind":     {"Account", "Account"},
		"save.label.server":   {"Server", "Server"},
		"save.label.password": {"App password", "Password per le app"},
		"save.label.file":     {"Will be saved in", "Verrà salvata in"},
		"save.serverValue":    {"smtp.gmail.com, port %d", "smtp.gmail.com, porta %d"},

		"save.kind.personal":  {"personal Gmail", "Gmail personale"},
		"save.kind.workspace": {"Google Workspace (work or school)", "Google Workspace (lavoro o scuola)"},
		"save.kind.other":     {"not checked", "non verificato"},

		"save.tested": {"The test mail went through.", "Prova riuscita: Gmail ha accettato la mail."},
		"save.untested": {
			"The test did not pass: this setup may not work. Save it only if you know why.",
			"La prova non è riuscita: questa configurazione potrebbe non funzionare. Salvala solo se sai cosa stai facendo.",
		},
		"save.pressEnter":         {"Press enter to save.", "Premi invio per salvare."},
		"save.choice.backToTest":  {"Go back to the test", "Torna alla prova"},
		"save.choice.saveAnyway":  {"Save anyway", "Salva comunque"},
		"save.choice.quit":        {"Quit without saving", "Esci senza salvare"},
		"save.choice.retry":       {"Try again", "Riprova"},
		"save.choice.fileYes":     {"Yes, save it in the file", "Sì, salva nel file"},
		"save.choice.fileNo":      {"No, quit without saving", "No, esci senza salvare"},
		"save.choice.verifyAgain": {"Check again", "Controlla di nuovo"},
		"save.choice.paste":       {"Paste a new app password", "Incolla una nuova password per le app"},
		"save.choice.quitSaved":   {"Quit (the setup stays saved)", "Esci (la configurazione resta salvata)"},

		"save.key.save": {"save", "salva"},
		"save.saving":   {"Saving…", "Salvataggio…"},
		"save.noStore":  {"This build cannot save a setup.", "Questa versione non può salvare la configurazione."},
		"save.notInFile": {
			"%s is not in the saved file.",
			"%s non è nel file salvato.",
		},
		"save.noKeyring": {
			"No keyring on this computer. Save the app password in %s (readable only by you)?",
			"Su questo computer non c'è un portachiavi. Salvo la password per le app in %s (leggibile solo da te)?",
		},
		"save.declined": {
			"Nothing was saved. To keep the app password, start or unlock a keyring (for example GNOME Keyring or KWallet) and run gmailsetup again, or allow the file next time.",
			"Non è stato salvato nulla. Per conservare la password per le app, avvia o sblocca un portachiavi (ad esempio GNOME Keyring o KWallet) e riavvia gmailsetup, oppure, la prossima volta, accetta di salvarla nel file.",
		},
		"save.pressQuit": {"Press enter to finish.", "Premi invio per finire."},
		"save.failed":    {"Could not save: %s", "Salvataggio non riuscito: %s"},
		"save.failedNote": {
			"Nothing that was already saved has been lost.",
			"Nulla di quanto era già salvato è andato perso.",
		},

		"save.verifying": {"Signing in with the saved setup…", "Accesso con la configurazione salvata…"},
		"save.verifyFailed": {
			"Saved, but signing in with the saved setup failed.",
			"Salvata, ma la verifica dell'accesso a Gmail non è riuscita.",
		},
		"save.readBackFailed": {
			"Saved, but reading it back failed: %s",
			"Salvata, ma la rilettura non è riuscita: %s",
		},

		"save.ready":   {"Ready: your programs can send through Gmail.", "Tutto pronto: i tuoi programmi possono inviare posta tramite Gmail."},
		"save.savedIn": {"Setup saved in %s.", "Configurazione salvata in %s."},
		"save.secretKeyring": {
			"The app password is in your system keyring.",
			"La password per le app è nel portachiavi di sistema.",
		},
		"save.secretFile": {
			"The app password is in that file, readable only by you.",
			"La password per le app è in quel file, leggibile solo da te.",
		},
		"save.how": {
			"In your programs (e.g. your invoicing software):",
			"Nei tuoi programmi (ad esempio quello di fatturazione):",
		},
		"save.how.server": {"Server: smtp.gmail.com", "Server: smtp.gmail.com"},
		"save.how.port": {
			"Port: 465 (SSL/TLS) or 587 (STARTTLS)",
			"Porta: 465 (SSL/TLS) o 587 (STARTTLS)",
		},
		"save.how.user": {"Username: %s", "Nome utente: %s"},
		"save.how.password": {
			"Password: the app password, not your Google password",
			"Password: la password per le app, non quella di Google",
		},
	})
}
