package i18n

// Texts of what the system says when a file, a folder or the network
// fails, worded for a person: explain.Reason picks one, and keeps what it
// cannot word behind "technical details:".
func init() {
	register(entries{
		"reason.diskFull":   {"the disk is full", "il disco è pieno"},
		"reason.readOnly":   {"the disk or folder is read-only", "il disco o la cartella sono in sola lettura"},
		"reason.linkLoop":   {"symbolic links point at each other in a loop", "dei collegamenti simbolici puntano l'uno all'altro in un cerchio"},
		"reason.notDir":     {"part of the path is a file, not a folder", "una parte del percorso è un file, non una cartella"},
		"reason.isDir":      {"it is a folder, not a file", "è una cartella, non un file"},
		"reason.permission": {"you do not have permission", "non hai i permessi necessari"},
		"reason.notExist":   {"it does not exist", "non esiste"},
		"reason.exists":     {"it already exists", "esiste già"},
		"reason.timeout":    {"no answer in time", "nessuna risposta in tempo"},
		"reason.canceled":   {"stopped", "interrotto"},
		"reason.refused":    {"the connection was refused", "la connessione è stata rifiutata"},
		"reason.reset":      {"the connection was cut", "la connessione si è interrotta"},
		"reason.dns":        {"the server's name could not be looked up (DNS): check the internet connection", "non è stato possibile trovare il nome del server (DNS): controlla la connessione a internet"},
		"reason.technical":  {"technical details: %s", "dettagli tecnici: %s"},
	})
}
