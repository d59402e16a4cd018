package i18n

// Texts for an OS keyring that is there but locked, and for one that cannot
// be reached because there is no D-Bus session bus (over SSH, under cron).
func init() {
	register(entries{
		// Why the keyring failed, where a failure to read or write the setup
		// is explained (explain.Storage).
		"keyring.locked": {
			"The system keyring is locked. Unlock it (log in to the desktop, or open your keyring's app, such as Passwords and Keys), then try again.",
			"Il portachiavi di sistema è bloccato. Sbloccalo (accedi alla sessione grafica del computer, oppure apri l'app del portachiavi, ad esempio Password e chiavi), poi riprova.",
		},
		"keyring.noSessionBus": {
			"The system keyring cannot be reached: there is no D-Bus session here (DBUS_SESSION_BUS_ADDRESS is not set, as over SSH or in cron jobs). Run gmailsetup in your desktop session, or keep the app password in the setup file.",
			"Il portachiavi di sistema non è raggiungibile: qui non c'è una sessione D-Bus (DBUS_SESSION_BUS_ADDRESS non è impostata, come via SSH o nei comandi pianificati con cron). Avvia gmailsetup nella sessione grafica del computer, oppure tieni la password per le app nel file di configurazione.",
		},

		// The question asked before the secret goes into the file, when the
		// keyring is locked or unreachable rather than missing (%s: the file).
		"save.keyringLocked": {
			"Your system keyring is locked, so the app password cannot go there. Save it in %s instead (readable only by you)? Or choose no, unlock the keyring (log in to the desktop, or open Passwords and Keys) and run gmailsetup again.",
			"Il portachiavi di sistema è bloccato, quindi la password per le app non può andare lì. La salvo invece in %s (leggibile solo da te)? Oppure scegli no, sblocca il portachiavi (accedi alla sessione grafica del computer, oppure apri Password e chiavi) e riesegui gmailsetup.",
		},
		"save.noSessionBus": {
			"The system keyring cannot be reached: there is no D-Bus session here (as over SSH). Save the app password in %s (readable only by you)?",
			"Il portachiavi di sistema non è raggiungibile: qui non c'è una sessione D-Bus (come via SSH). Salvo la password per le app in %s (leggibile solo da te)?",
		},

		// The commands (%s: the address).
		"cmd.keyring.locked": {
			"The OS keyring holding the app password for %s is locked. Unlock it (log in to the desktop, or open your keyring's app, such as Passwords and Keys), then try again.",
			"Il portachiavi di sistema che custodisce la password per le app di %s è bloccato. Sbloccalo (accedi alla sessione grafica del computer, oppure apri l'app del portachiavi, ad esempio Password e chiavi), poi riprova.",
		},
		"cmd.keyring.noSessionBus": {
			"The app password for %s is kept in the OS keyring, which cannot be reached here: there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set, as over SSH or in cron jobs). Run the command in your desktop session, or save the password in the file instead: gmailsetup setup --email %s --password-stdin --insecure-storage",
			"La password per le app di %s è nel portachiavi di sistema, che qui non è raggiungibile: non c'è una sessione D-Bus (DBUS_SESSION_BUS_ADDRESS non è impostata, come via SSH o nei comandi pianificati con cron). Avvia il comando nella sessione grafica del computer, oppure salva la password nel file: gmailsetup setup --email %s --password-stdin --insecure-storage",
		},
		// Why setup saved nothing, put in cmd.setup.noKeyring's parentheses.
		"cmd.setup.whyLocked": {
			"it is locked: unlock it, log in to the desktop or open your keyring's app, and run the same command again",
			"è bloccato: sbloccalo, accedendo alla sessione grafica del computer o aprendo l'app del portachiavi, e riesegui lo stesso comando",
		},
		"cmd.setup.whyNoSessionBus": {
			"there is no D-Bus session here: DBUS_SESSION_BUS_ADDRESS is not set",
			"qui non c'è una sessione D-Bus: DBUS_SESSION_BUS_ADDRESS non è impostata",
		},
	})
}
