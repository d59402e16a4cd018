package guide

import (
	"path/filepath"
	"runtime"
	"strings"
)

// ShowPath is how both faces show a path: one in the home folder as ~/…,
// the way Unix people read their own files; elsewhere, and always on
// Windows, whole (C:\Users\…), since neither Explorer nor cmd knows ~\.
func ShowPath(home, p string) string { return showPath(runtime.GOOS, home, p) }

func showPath(goos, home, p string) string {
	if goos == "windows" || home == "" {
		return p
	}
	if strings.HasPrefix(p, home+string(filepath.Separator)) {
		return "~" + p[len(home):]
	}
	return p
}
