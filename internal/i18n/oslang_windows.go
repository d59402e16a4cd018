//go:build windows

package i18n

import "golang.org/x/sys/windows"

// osLanguages is the user's preferred UI languages, most preferred first
// ("it-IT", "en-US"), as Windows' Settings → Language orders them.
func osLanguages() []string {
	langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err != nil {
		return nil
	}
	return langs
}
