package i18n

// Texts of the wizard's frame: header, help line, quitting.
func init() {
	register(entries{
		"wizard.app":         {"Gmail setup", "Configurazione Gmail"},
		"wizard.stepOf":      {"Step %d of %d", "Passo %d di %d"},
		"wizard.demoBadge":   {"DEMO: nothing leaves this computer", "PROVA: nulla esce da questo computer"},
		"wizard.tooSmall":    {"Make the window larger (at least %dx%d).", "Allarga la finestra (almeno %dx%d)."},
		"wizard.interrupted": {"Stopped. Nothing was saved.", "Interrotto. Non è stato salvato nulla."},
		"wizard.quitNoSave":  {"Goodbye. Nothing was saved.", "Arrivederci. Non è stato salvato nulla."},

		"wizard.moreAbove": {"↑ more above (pgup)", "↑ altro sopra (PgSu)"},
		"wizard.moreBelow": {"↓ more below (pgdn)", "↓ altro sotto (PgGiù)"},
		"wizard.moreBoth":  {"↑↓ more (pgup/pgdn)", "↑↓ altro (PgSu/PgGiù)"},
		"key.scroll":       {"scroll", "scorri"},
		"key.back":         {"back", "indietro"},
		"key.quit":         {"quit", "esci"},
		"key.continue":     {"continue", "continua"},
		"key.open":         {"open link", "apri link"},
		"key.select":       {"select", "scegli"},
		"key.move":         {"move", "sposta"},
		"key.reveal":       {"show/hide", "mostra/nascondi"},
		"key.cancel":       {"cancel", "annulla"},
		"key.toggle":       {"tick", "spunta"},

		"link.opened":  {"Opened in your browser.", "Aperto nel browser."},
		"apppass.demo": {"Demo: the demo server accepts the app password %s. Paste it at the next step.", "Demo: il server di prova accetta la password per le app “%s”. Incollala al passo successivo."},
		"link.demo":    {"Demo: a real run opens this page in your browser.", "Demo: nell'uso reale questa pagina si apre nel browser."},
		"link.opening": {"Opening your browser…", "Apertura del browser…"},
	})
}
