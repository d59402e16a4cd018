package storage

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// EnvConfig names the environment variable that overrides the file's path.
const EnvConfig = "GMAILSETUP_CONFIG"

// DefaultPath is where the setup lives: $GMAILSETUP_CONFIG when set, else
// gmailsetup/config.toml in the user's configuration folder:
//
//	Windows  %AppData%\gmailsetup\config.toml
//	macOS    ~/Library/Application Support/gmailsetup/config.toml
//	others   $XDG_CONFIG_HOME/gmailsetup/config.toml, else ~/.config/…
//
// The result is absolute, so the chmod fix we print works from any folder.
func DefaultPath() (string, error) {
	return defaultPath(runtime.GOOS, os.Getenv)
}

// defaultPath is DefaultPath for the system goos with the environment
// getenv, so tests can play Windows and macOS anywhere.
func defaultPath(goos string, getenv func(string) string) (string, error) {
	p := getenv(EnvConfig)
	if p == "" {
		dir, err := configDir(goos, getenv)
		if err != nil {
			return "", &FileError{Op: OpLocate, Err: err}
		}
		p = filepath.Join(dir, "gmailsetup", "config.toml")
	}
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	return p, nil
}

// configDir is os.UserConfigDir for any goos (a test holds the two equal on
// the system it runs on). macOS ignores XDG_CONFIG_HOME, as Go and Apple's
// own tools do; a developer who wants the file elsewhere sets
// GMAILSETUP_CONFIG.
func configDir(goos string, getenv func(string) string) (string, error) {
	switch goos {
	case "windows":
		// Roaming: in a domain it may follow the person to other PCs, which
		// is one more reason the secret stays in Credential Manager.
		if dir := getenv("AppData"); dir != "" {
			return dir, nil
		}
		return "", errors.New("%AppData% is not defined")
	case "darwin", "ios":
		if home := getenv("HOME"); home != "" {
			return home + "/Library/Application Support", nil
		}
		return "", errors.New("$HOME is not defined")
	case "plan9":
		if home := getenv("home"); home != "" {
			return home + "/lib", nil
		}
		return "", errors.New("$home is not defined")
	}
	if dir := getenv("XDG_CONFIG_HOME"); dir != "" {
		if !strings.HasPrefix(dir, "/") {
			return "", errors.New("path in $XDG_CONFIG_HOME is relative")
		}
		return dir, nil
	}
	if home := getenv("HOME"); home != "" {
		return home + "/.config", nil
	}
	return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
}
