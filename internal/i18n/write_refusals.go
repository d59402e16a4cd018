package i18n

// Writes refused because the place is not ours (sudo without -H, a
// service account with someone's HOME, a link another user planted), a
// file its owner made read-only, a save that would outgrow the setup
// file, and a setup folder others may change. %[1]s is the path, %[2]s
// the owner, %[3]s who gmailsetup runs as.
func init() {
	register(entries{
		"owner.home": {
			"%[1]s is the home folder of %[2]s, but gmailsetup is running as %[3]s: it writes nothing there, or %[2]s could no longer change those files. Run gmailsetup as %[2]s (without sudo), or with sudo -H so that it uses the home folder of %[3]s.",
			"%[1]s è la cartella home di %[2]s, ma gmailsetup è in esecuzione come %[3]s: lì non scrive niente, altrimenti %[2]s non potrebbe più modificare quei file. Avvia gmailsetup come %[2]s (senza sudo), oppure con sudo -H così usa la cartella home di %[3]s.",
		},
		"owner.folder": {
			"The folder %[1]s belongs to %[2]s, but gmailsetup is running as %[3]s: it writes nothing there. Run gmailsetup as %[2]s (with sudo, use sudo -H), or choose a file in a folder of yours.",
			"La cartella %[1]s appartiene a %[2]s, ma gmailsetup è in esecuzione come %[3]s: lì non scrive niente. Avvia gmailsetup come %[2]s (con sudo, usa sudo -H), oppure scegli un file in una cartella tua.",
		},
		"owner.file": {
			"%[1]s belongs to %[2]s, but gmailsetup is running as %[3]s: it does not replace a file of another user. Run gmailsetup as %[2]s (with sudo, use sudo -H).",
			"%[1]s appartiene a %[2]s, ma gmailsetup è in esecuzione come %[3]s: non sostituisce il file di un altro utente. Avvia gmailsetup come %[2]s (con sudo, usa sudo -H).",
		},
		"owner.link": {
			"%s is a link to %s, which is not a file of yours, so gmailsetup does not write into it. Remove the link, or write to another file with --file.",
			"%s è un collegamento a %s, che non è un tuo file, quindi gmailsetup non ci scrive. Elimina il collegamento, oppure scrivi in un altro file con --file.",
		},
		"write.readOnly": {
			"%[1]s is read-only, so gmailsetup leaves it as it is. To let it add the settings, run chmod u+w %[2]s and try again; or run the same command without --write and add the lines yourself.",
			"%[1]s è in sola lettura, quindi gmailsetup lo lascia com'è. Per fargli aggiungere le impostazioni, esegui chmod u+w %[2]s e riprova; oppure esegui lo stesso comando senza --write e aggiungi tu le righe.",
		},
		"write.tooLarge": {
			"Saving would make %s larger than %d KiB, and gmailsetup refuses to read a setup file that big, so nothing was saved and the file is as it was. Remove accounts you no longer use (gmailsetup forget) or lines you added by hand, then try again.",
			"Il salvataggio renderebbe %s più grande di %d KiB, e gmailsetup si rifiuta di leggere un file di configurazione così grande: non è stato salvato niente e il file è rimasto com'era. Togli gli account che non usi più (gmailsetup forget) o le righe aggiunte a mano, poi riprova.",
		},
		"write.looseFolder": {
			"The folder %[1]s can be changed by other users (mode %[2]s), so one of them could swap the setup file: gmailsetup writes nothing there. Its owner can fix it with: chmod 700 %[3]s",
			"La cartella %[1]s può essere modificata da altri utenti (permessi %[2]s), quindi uno di loro potrebbe sostituire il file di configurazione: gmailsetup lì non scrive niente. Il proprietario può correggerla con: chmod 700 %[3]s",
		},
	})
}

// The same refusals as Windows words them: no sudo and no chmod there. A
// file's read-only box is in its Properties; who owns what is Windows'
// own business (the checks of another user's home are Unix's).
func init() {
	register(entries{
		"owner.home.windows": {
			"%[1]s is the home folder of %[2]s, but gmailsetup is running as %[3]s: it writes nothing there, or %[2]s could no longer change those files. Sign in to Windows as %[2]s, not as %[3]s, and run gmailsetup there.",
			"%[1]s è la cartella home di %[2]s, ma gmailsetup è in esecuzione come %[3]s: lì non scrive niente, altrimenti %[2]s non potrebbe più modificare quei file. Accedi a Windows come %[2]s, non come %[3]s, e avvia gmailsetup da lì.",
		},
		"owner.folder.windows": {
			"The folder %[1]s belongs to %[2]s, but gmailsetup is running as %[3]s: it writes nothing there. Run gmailsetup as %[2]s, or choose a file in a folder of yours.",
			"La cartella %[1]s appartiene a %[2]s, ma gmailsetup è in esecuzione come %[3]s: lì non scrive niente. Avvia gmailsetup come %[2]s, oppure scegli un file in una cartella tua.",
		},
		"owner.file.windows": {
			"%[1]s belongs to %[2]s, but gmailsetup is running as %[3]s: it does not replace a file of another user. Run gmailsetup as %[2]s.",
			"%[1]s appartiene a %[2]s, ma gmailsetup è in esecuzione come %[3]s: non sostituisce il file di un altro utente. Avvia gmailsetup come %[2]s.",
		},
		"write.readOnly.windows": {
			"%[1]s is read-only, so gmailsetup leaves it as it is. To let it add the settings, untick Read-only in the file's Properties (%[2]s) and try again; or run the same command without --write and add the lines yourself.",
			"%[1]s è in sola lettura, quindi gmailsetup lo lascia com'è. Per fargli aggiungere le impostazioni, togli la spunta a Sola lettura nelle Proprietà del file (%[2]s) e riprova; oppure esegui lo stesso comando senza --write e aggiungi tu le righe.",
		},
		"write.looseFolder.windows": {
			"The folder %[1]s can be changed by other users (%[2]s), so one of them could swap the setup file: gmailsetup writes nothing there. Its owner can fix it in the folder's Properties, Security tab (%[3]s), or you can choose a folder of yours.",
			"La cartella %[1]s può essere modificata da altri utenti (%[2]s), quindi uno di loro potrebbe sostituire il file di configurazione: gmailsetup lì non scrive niente. Il proprietario può correggerla nelle Proprietà della cartella, scheda Sicurezza (%[3]s), oppure puoi scegliere una cartella tua.",
		},
	})
}
