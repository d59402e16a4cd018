package i18n

func init() {
	register(entries{
		// A label or a date as it is, in any language: for texts built
		// from the guide's messages.
		"guide.quoted":   {"%q", "%q"},
		"guide.verbatim": {"%s", "%s"},
	})
}
