package i18n

// Texts of step 2: signing in to Google with the right account.
func init() {
	register(entries{
		"signin.title": {"Sign in to Google", "Accesso a Google"},
		"signin.intro": {"Your Google Account page, in the browser:", "La pagina del tuo Account Google, nel browser:"},
		"signin.question": {
			"Does the page show %s in the top right?",
			"La pagina mostra %s in alto a destra?",
		},
		"signin.where": {
			"Only a letter or a photo? Click it to see the address.",
			"Vedi solo una lettera o una foto? Cliccala per vedere l'indirizzo.",
		},
		"signin.optYes":   {"Yes, it's the right account", "Sì, è l'account giusto"},
		"signin.optOther": {"No, another account is shown", "No, c'è un altro account"},
		"signin.optNone":  {"I'm not signed in / I have no account", "Non ho fatto l'accesso / non ho un account"},
		"signin.next":     {"Check the page, then pick an answer.", "Controlla la pagina, poi scegli una risposta."},

		"signin.other": {
			"The browser is using another Google account. Two ways to switch:",
			"Il browser usa un altro account Google. Due modi per cambiarlo:",
		},
		"signin.chooser": {
			"• Press c: Google lists your accounts; pick %s.",
			"• Premi c: Google elenca i tuoi account; scegli %s.",
		},
		"signin.logout": {
			"• Or press l to sign out of Google, then sign in again.",
			"• Oppure premi l per uscire da Google, poi accedi di nuovo.",
		},
		"signin.none": {
			"On the Google page press “Sign in” and sign in with %s and its password. If Google says there is no such account, press esc and check the address.",
			"Nella pagina di Google clicca su “Accedi” ed entra con %s e la sua password. Se Google dice che l'account non esiste, premi Esc e controlla l'indirizzo.",
		},
		"signin.thenYes": {"When the page shows the right account, pick 1.", "Quando la pagina mostra l'account giusto, scegli 1."},

		"signin.key.chooser": {"choose account", "scegli account"},
		"signin.key.logout":  {"sign out", "esci da Google"},
	})
}
