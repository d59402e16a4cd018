package i18n

// Texts of the command-line frame that cobra would otherwise print in
// English: the usage headings, its help and completion commands, the -h and
// -v flags, the value placeholders and the parse errors.
func init() {
	register(entries{
		"cli.usage":       {"Usage:", "Utilizzo:"},
		"cli.examples":    {"Examples:", "Esempi:"},
		"cli.commands":    {"Available Commands:", "Comandi disponibili:"},
		"cli.flags":       {"Flags:", "Opzioni:"},
		"cli.globalFlags": {"Global Flags:", "Opzioni globali:"},
		"cli.flagsWord":   {"[flags]", "[opzioni]"},
		"cli.commandWord": {"[command]", "[comando]"},
		"cli.moreHelp": {
			`Use "%s [command] --help" for more information about a command.`,
			`Usa "%s [comando] --help" per saperne di più su un comando.`,
		},
		"cli.default":      {"(default %s)", "(predefinito: %s)"},
		"cli.flag.help":    {"show this help", "mostra questo aiuto"},
		"cli.flag.version": {"show the version and the build it comes from", "mostra la versione e la build da cui proviene"},

		// Placeholders in usage lines and flag lists.
		"cli.ph.ADDRESS":  {"ADDRESS", "INDIRIZZO"},
		"cli.ph.FILE":     {"FILE", "FILE"},
		"cli.ph.PATH":     {"PATH", "PERCORSO"},
		"cli.ph.NAME":     {"NAME", "NOME"},
		"cli.ph.VALUE":    {"VALUE", "VALORE"},
		"cli.ph.NUMBER":   {"NUMBER", "NUMERO"},
		"cli.ph.DURATION": {"DURATION", "DURATA"},
		"cli.ph.LANG":     {"LANG", "LINGUA"},
		"cli.ph.TEXT":     {"TEXT", "TESTO"},
		"cli.ph.PORT":     {"PORT", "PORTA"},

		// cobra's own commands.
		"cli.help.use":   {"help [command]", "help [comando]"},
		"cli.help.short": {"Help about any command", "Mostra l'aiuto di un comando"},
		"cli.help.long": {
			"Help shows what any command does and which flags it takes.\nType %s help followed by the command, for example: %[1]s help send",
			"Mostra cosa fa un comando e quali opzioni accetta.\nScrivi %s help seguito dal comando, ad esempio: %[1]s help send",
		},
		"cli.completion.short": {"Write the shell completion script for bash, zsh, fish or PowerShell", "Scrive lo script di completamento per bash, zsh, fish o PowerShell"},
		"cli.completion.long": {
			"Write the script that lets your shell complete %s's commands and flags when you press Tab.\nSee each shell's help for how to load it.",
			"Scrive lo script che permette alla shell (il programma in cui scrivi i comandi) di completare i comandi e le opzioni di %s quando premi Tab.\nL'aiuto di ogni shell spiega come caricarlo.",
		},
		"cli.completion.shell.short": {"Write the completion script for %s", "Scrive lo script di completamento per %s"},
		"cli.completion.noDesc":      {"leave out the commands' descriptions", "omette le descrizioni dei comandi"},
		"cli.completion.bash.long": {
			"Write the completion script for bash. It needs the bash-completion package, which your system's package manager installs.\n\nTo load it in this session:\n\n  source <(%[1]s completion bash)\n\nTo load it in every new session, run once:\n\n  Linux:  %[1]s completion bash > /etc/bash_completion.d/%[1]s\n  macOS:  %[1]s completion bash \\\n            > \"$(brew --prefix)/etc/bash_completion.d/%[1]s\"\n\nThen open a new shell.",
			"Scrive lo script di completamento per bash. Serve il pacchetto bash-completion, che si installa con il gestore dei pacchetti del sistema.\n\nPer caricarlo in questa sessione:\n\n  source <(%[1]s completion bash)\n\nPer caricarlo in ogni nuova sessione, esegui una volta:\n\n  Linux:  %[1]s completion bash > /etc/bash_completion.d/%[1]s\n  macOS:  %[1]s completion bash \\\n            > \"$(brew --prefix)/etc/bash_completion.d/%[1]s\"\n\nPoi apri un nuovo terminale.",
		},
		"cli.completion.zsh.long": {
			"Write the completion script for zsh. If completion is not enabled in your zsh yet, run once:\n\n  echo \"autoload -U compinit; compinit\" >> ~/.zshrc\n\nTo load it in this session:\n\n  source <(%[1]s completion zsh)\n\nTo load it in every new session, run once:\n\n  Linux:  %[1]s completion zsh > \"${fpath[1]}/_%[1]s\"\n  macOS:  %[1]s completion zsh \\\n            > \"$(brew --prefix)/share/zsh/site-functions/_%[1]s\"\n\nThen open a new shell.",
			"Scrive lo script di completamento per zsh. Se in zsh il completamento non è ancora attivo, esegui una volta:\n\n  echo \"autoload -U compinit; compinit\" >> ~/.zshrc\n\nPer caricarlo in questa sessione:\n\n  source <(%[1]s completion zsh)\n\nPer caricarlo in ogni nuova sessione, esegui una volta:\n\n  Linux:  %[1]s completion zsh > \"${fpath[1]}/_%[1]s\"\n  macOS:  %[1]s completion zsh \\\n            > \"$(brew --prefix)/share/zsh/site-functions/_%[1]s\"\n\nPoi apri un nuovo terminale.",
		},
		"cli.completion.fish.long": {
			"Write the completion script for fish.\n\nTo load it in this session:\n\n  %[1]s completion fish | source\n\nTo load it in every new session, run once:\n\n  %[1]s completion fish > ~/.config/fish/completions/%[1]s.fish\n\nThen open a new shell.",
			"Scrive lo script di completamento per fish.\n\nPer caricarlo in questa sessione:\n\n  %[1]s completion fish | source\n\nPer caricarlo in ogni nuova sessione, esegui una volta:\n\n  %[1]s completion fish > ~/.config/fish/completions/%[1]s.fish\n\nPoi apri un nuovo terminale.",
		},
		"cli.completion.powershell.long": {
			"Write the completion script for PowerShell.\n\nTo load it in this session:\n\n  %[1]s completion powershell | Out-String | Invoke-Expression\n\nTo load it in every new session, add that line to your PowerShell profile ($PROFILE).",
			"Scrive lo script di completamento per PowerShell.\n\nPer caricarlo in questa sessione:\n\n  %[1]s completion powershell | Out-String | Invoke-Expression\n\nPer caricarlo in ogni nuova sessione, aggiungi quella riga al tuo profilo di PowerShell ($PROFILE).",
		},

		// A stray argument, without the argument itself.
		"cli.err.noArgs": {"%s takes no arguments; see %s --help", "%s non accetta argomenti; vedi %s --help"},
	})
}
