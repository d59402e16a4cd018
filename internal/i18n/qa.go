package i18n

// Texts added by the walk after merging issues 18–22 (what a new user
// still saw).
func init() {
	register(entries{
		// Plain mode, back at the address with b: the answer given is kept.
		"qa.acc.keep": {
			"Press enter alone to keep %s.",
			"Premi solo invio per tenere %s.",
		},
	})
}
