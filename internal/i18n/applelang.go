package i18n

import "strings"

// parseAppleLanguages reads what `defaults read -g AppleLanguages` prints,
// an old-style property list array:
//
//	(
//	    "it-IT",
//	    "en-US"
//	)
//
// into its items in order. It is plain text handling, so it is tested on
// every system; anything that is not such a list gives nothing.
func parseAppleLanguages(out string) []string {
	out = strings.TrimSpace(out)
	inner, ok := strings.CutPrefix(out, "(")
	if !ok {
		return nil
	}
	inner, ok = strings.CutSuffix(inner, ")")
	if !ok {
		return nil
	}
	var langs []string
	for item := range strings.SplitSeq(inner, ",") {
		item = strings.Trim(strings.TrimSpace(item), `"`)
		if item != "" {
			langs = append(langs, item)
		}
	}
	return langs
}
