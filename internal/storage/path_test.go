package storage

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestConfigDirPerSystem(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	for _, c := range []struct {
		name, goos string
		getenv     func(string) string
		want       string // "" means an error
	}{
		{"Windows: the roaming AppData", "windows", env("AppData", `C:\Users\ada\AppData\Roaming`, "HOME", "/ignored", "XDG_CONFIG_HOME", "/ignored"), `C:\Users\ada\AppData\Roaming`},
		{"Windows without AppData", "windows", env("HOME", "/home/ada"), ""},
		{"macOS: Application Support", "darwin", env("HOME", "/Users/ada"), "/Users/ada/Library/Application Support"},
		{"macOS ignores XDG_CONFIG_HOME", "darwin", env("HOME", "/Users/ada", "XDG_CONFIG_HOME", "/Users/ada/.config"), "/Users/ada/Library/Application Support"},
		{"macOS without HOME", "darwin", env(), ""},
		{"Linux: ~/.config", "linux", env("HOME", "/home/ada"), "/home/ada/.config"},
		{"Linux: XDG_CONFIG_HOME wins", "linux", env("HOME", "/home/ada", "XDG_CONFIG_HOME", "/srv/conf"), "/srv/conf"},
		{"Linux: a relative XDG_CONFIG_HOME is refused", "linux", env("HOME", "/home/ada", "XDG_CONFIG_HOME", "conf"), ""},
		{"FreeBSD as Linux", "freebsd", env("HOME", "/home/ada"), "/home/ada/.config"},
		{"Linux with nothing", "linux", env(), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := configDir(c.goos, c.getenv)
			if c.want == "" {
				if err == nil {
					t.Errorf("configDir = %q, want an error", got)
				}
				return
			}
			if err != nil || got != c.want {
				t.Errorf("configDir = %q, %v; want %q", got, err, c.want)
			}
			p, err := defaultPath(c.goos, c.getenv)
			if want := filepath.Join(c.want, "gmailsetup", "config.toml"); err != nil || (filepath.IsAbs(want) && p != want) {
				t.Errorf("defaultPath = %q, %v; want %q", p, err, want)
			}
		})
	}
}

// TestConfigDirMatchesGo keeps configDir the same as os.UserConfigDir on the
// system the test runs on, with its real environment and with a few
// variations of it.
func TestConfigDirMatchesGo(t *testing.T) {
	for _, set := range [][2]string{{}, {"XDG_CONFIG_HOME", "/tmp/xdg"}, {"XDG_CONFIG_HOME", "relative"}, {"HOME", ""}, {"AppData", ""}} {
		if set[0] != "" {
			t.Setenv(set[0], set[1])
		}
		want, wantErr := os.UserConfigDir()
		got, err := configDir(runtime.GOOS, os.Getenv)
		if got != want || (err == nil) != (wantErr == nil) {
			t.Errorf("with %s=%q: configDir = %q, %v; os.UserConfigDir = %q, %v", set[0], set[1], got, err, want, wantErr)
		}
	}
}

func TestDefaultPathOverride(t *testing.T) {
	getenv := func(k string) string {
		if k == EnvConfig {
			return "rel/config.toml"
		}
		return ""
	}
	p, err := defaultPath("linux", getenv)
	wd, _ := os.Getwd()
	if err != nil || p != filepath.Join(wd, "rel", "config.toml") {
		t.Errorf("defaultPath = %q, %v; want it absolute under %s", p, err, wd)
	}
	// No folder anywhere: a located error, not a path in the current folder.
	_, err = defaultPath("linux", func(string) string { return "" })
	var fe *FileError
	if !errors.As(err, &fe) || fe.Op != OpLocate {
		t.Errorf("defaultPath with no HOME = %v, want a FileError OpLocate", err)
	}
}
