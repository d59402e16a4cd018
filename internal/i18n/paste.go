package i18n

// Texts of the step where the app password is pasted and checked.
func init() {
	register(entries{
		"paste.title": {"Paste the app password", "Incolla la password per le app"},
		"paste.intro": {
			"Paste the 16 letters you copied from the yellow box: Ctrl+V (Cmd+V on a Mac, Ctrl+Shift+V in some terminals) or right click. Spaces don't matter.",
			"Incolla le 16 lettere copiate dal riquadro giallo: Ctrl+V (Cmd+V sul Mac, Ctrl+Maiusc+V in alcuni terminali) o tasto destro. Gli spazi non contano.",
		},
		"paste.hidden": {
			"Hidden for safety: press ctrl+r to show it.",
			"Nascosta per sicurezza: premi Ctrl+R per vederla.",
		},
		"paste.shown": {
			"Shown: press ctrl+r to hide it again.",
			"Visibile: premi Ctrl+R per nasconderla di nuovo.",
		},
		"paste.keep": {
			"You already pasted one: press enter to keep it, or paste a new one.",
			"Ne hai già incollata una: premi invio per tenerla, o incollane una nuova.",
		},
		"paste.ok":            {"%s ✓", "%s ✓"},
		"paste.letters.one":   {"1 letter", "1 lettera"},
		"paste.letters.other": {"%d letters", "%d lettere"},

		"paste.err.empty": {
			"Nothing pasted yet. Copy the 16 letters on Google's page, then paste them here.",
			"Non hai ancora incollato nulla. Copia le 16 lettere dalla pagina di Google e incollale qui.",
		},
		"paste.err.missing.one": {
			"%s: one is missing. Copy the whole yellow box again.",
			"%s: ne manca una. Copia di nuovo tutto il riquadro giallo.",
		},
		"paste.err.missing.other": {
			"%s: %d are missing. Copy the whole yellow box again.",
			"%s: ne mancano %d. Copia di nuovo tutto il riquadro giallo.",
		},
		"paste.err.tooMany": {
			"%s: an app password has 16. Copy only the letters in the yellow box.",
			"%s: una password per le app ne ha 16. Copia solo le lettere del riquadro giallo.",
		},
		"paste.err.tooLong": {
			"That is far too long for an app password (%d characters or more). Copy only the 16 letters in the yellow box.",
			"È troppo lunga per una password per le app (%d caratteri o più). Copia solo le 16 lettere del riquadro giallo.",
		},
		"paste.err.notLetters": {
			"An app password has only letters: this looks like your Google password (the one you sign in with). Paste the 16 letters Google showed you.",
			"Una password per le app ha solo lettere: questa sembra la tua password di Google (quella con cui accedi). Incolla le 16 lettere che ti ha mostrato Google.",
		},
	})
}
