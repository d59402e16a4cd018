package i18n

// Texts for links that cannot be opened here (SSH, no display): the
// status line under a link, the copy key and the QR code.
func init() {
	register(entries{
		"links.noBrowserSSH": {
			"No browser here (SSH): open the link on your computer or phone — press y to copy it, r for a QR code.",
			"Nessun browser qui (SSH): apri il link sul tuo computer o sul telefono — premi y per copiarlo, r per il codice QR.",
		},
		"links.noBrowserHere": {
			"No browser on this machine: open the link on another computer or your phone — press y to copy it, r for a QR code.",
			"Nessun browser su questo computer: apri il link su un altro computer o sul telefono — premi y per copiarlo, r per il codice QR.",
		},
		"links.openFailed": {
			"Could not open a browser: open the link yourself — press y to copy it, r for a QR code.",
			"Impossibile aprire il browser: apri tu il link — premi y per copiarlo, r per il codice QR.",
		},

		"links.key.copy":    {"copy link", "copia link"},
		"links.key.qr":      {"QR code", "codice QR"},
		"links.key.closeQR": {"close QR", "chiudi QR"},
		"links.copied": {
			"Link copied, if your terminal allows it (if not, press r for a QR code).",
			"Link copiato, se il terminale lo consente (se no, premi r per il codice QR).",
		},

		"links.qr.title": {"QR code of the link", "Codice QR del link"},
		"links.qr.scan": {
			"Scan it with your phone's camera: the page opens there.",
			"Inquadralo con la fotocamera del telefono: la pagina si apre lì.",
		},
		"links.qr.short": {
			"To fit the screen, this code is without your address: on the phone, check that the page is for %s.",
			"Per stare nello schermo, questo codice è senza il tuo indirizzo: sul telefono controlla che la pagina sia di %s.",
		},
		"links.qr.line": {
			"QR code: scan it with your phone's camera.",
			"Codice QR: inquadralo con la fotocamera del telefono.",
		},
		"links.qr.lineShort": {
			"QR (without your address): scan it with your phone.",
			"QR (senza il tuo indirizzo): inquadralo col telefono.",
		},
		"links.qr.tooSmall": {
			"The window is too small for the QR code: make it at least %dx%d, or press y to copy the link.",
			"La finestra è troppo piccola per il codice QR: allargala ad almeno %dx%d, oppure premi y per copiare il link.",
		},
	})
}
