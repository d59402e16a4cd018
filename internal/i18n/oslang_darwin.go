//go:build darwin

package i18n

import (
	"context"
	"os/exec"
	"time"
)

// defaultsTimeout bounds each question to defaults(1): the language is
// asked before anything is shown, and a stuck preferences daemon must not
// hold the program up. Without an answer the language is English.
const defaultsTimeout = 2 * time.Second

// osLanguages is the Mac's preferred languages (System Settings → General →
// Language & Region), most preferred first, then its region's locale.
// It asks /usr/bin/defaults rather than CoreFoundation, which would need
// cgo.
func osLanguages() []string {
	langs := parseAppleLanguages(readDefault("AppleLanguages"))
	if loc := readDefault("AppleLocale"); loc != "" {
		langs = append(langs, loc)
	}
	return langs
}

// readDefault is `defaults read -g key`, "" on any failure.
func readDefault(key string) string {
	ctx, cancel := context.WithTimeout(context.Background(), defaultsTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, "/usr/bin/defaults", "read", "-g", key).Output()
	if err != nil {
		return ""
	}
	return string(out)
}
