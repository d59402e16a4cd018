//go:build !windows && !darwin

package i18n

// osLanguages is empty on Linux and the BSDs: the environment is where
// their desktops put the language, and Detect has read it already.
func osLanguages() []string { return nil }
