package i18n

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDump(t *testing.T) {
	keys := strings.Fields(os.Getenv("DUMP_KEYS"))
	for _, k := range keys {
		for key, v := range catalog {
			if string(key) == k || (strings.HasSuffix(k, "*") && strings.HasPrefix(string(key), strings.TrimSuffix(k, "*"))) {
				fmt.Printf("%s\n  EN: %q\n  IT: %q\n", key, v.en, v.it)
			}
		}
	}
}
