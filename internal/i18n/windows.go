package i18n

// Texts for Windows and macOS (issue 20): the console a double-click
// opens, the clipboard, and the words of their shells.
func init() {
	register(entries{
		"windows.pressEnter": {
			"Press enter to close this window.",
			"Premi invio per chiudere questa finestra.",
		},

		// The copy keys: "copied" only when the system clipboard holds the
		// text; otherwise what to do instead.
		"windows.clip.notPassword": {
			"Could not put the app password on this computer's clipboard. If your terminal passes copies on, it may be there; if nothing pastes, gmailsetup password --force prints it.",
			"Non sono riuscito a mettere la password per le app negli appunti di questo computer. Se il terminale inoltra le copie, potrebbe esserci; se non incolla nulla, gmailsetup password --force la stampa.",
		},
		"windows.clip.notLine": {
			"Could not copy to this computer's clipboard; type it as shown — %s: %s",
			"Non sono riuscito a copiare negli appunti di questo computer; scrivilo come lo vedi — %s: %s",
		},
		"windows.clip.link": {
			"Link copied to the clipboard.",
			"Link copiato negli appunti.",
		},
	})
}
