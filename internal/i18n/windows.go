package i18n

// Texts for Windows and macOS (issue 20): the console a double-click
// opens, the clipboard, and the words of their shells.
func init() {
	register(entries{
		"windows.pressEnter": {
			"Press enter to close this window.",
			"Premi invio per chiudere questa finestra.",
		},
	})
}
