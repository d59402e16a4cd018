package i18n

// DetectSystem picks the language as Detect does, but when the first of
// LC_ALL, LC_MESSAGES and LANG that is set is "C" or "POSIX", or none is
// set, it asks the system: Windows sets none of them, and a Mac's Terminal may
// leave LANG out or at "C". The system's answer is its preferred UI
// languages in order (osLanguages); the first one the catalog speaks wins,
// so "de-DE, it-IT" gives Italian. Nothing known gives English.
func DetectSystem(getenv func(string) string) Lang {
	if lang, ok := fromEnv(getenv); ok {
		return lang
	}
	return fromList(osLanguages())
}

// fromEnv is the language of the first of LC_ALL, LC_MESSAGES and LANG
// that is set, as gettext reads them; ok is false when none is set or that
// one is the portable locale, which names no language.
func fromEnv(getenv func(string) string) (lang Lang, ok bool) {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		if isCLocale(v) {
			return EN, false
		}
		lang, _ = Parse(v)
		return lang, true
	}
	return EN, false
}

// isCLocale reports whether v is the portable locale, which names no
// language: "C", "POSIX", "C.UTF-8".
func isCLocale(v string) bool {
	switch v {
	case "C", "POSIX", "C.UTF-8", "C.utf8":
		return true
	}
	return false
}

// fromList is the first language of names the catalog speaks, English when
// none.
func fromList(names []string) Lang {
	for _, n := range names {
		if lang, ok := Parse(n); ok {
			return lang
		}
	}
	return EN
}
