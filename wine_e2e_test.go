//go:build wine_e2e && linux

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
)

// TestWindowsBinaryUnderWine runs the Windows build, in plain mode, under
// wine (.ci/run's wine block: go test -tags wine_e2e -run Wine .) against
// the loopback Gmail. Wine starts in Italian (LANG=it_IT.UTF-8, a
// generated locale) and LANG is cleared in the Windows environment, so
// Italian can only come from the system's preferred languages. The first
// setup is started through a parent named explorer.exe, as a double-click
// is; the app password goes to wine's Credential Manager; then status,
// test, password --force and forget --yes; then a setup from a file saved
// by Notepad (a byte order mark, CRLF), piped with cmd's type.
func TestWindowsBinaryUnderWine(t *testing.T) {
	wine := os.Getenv("GMAILSETUP_WINE")
	if wine == "" || os.Getenv("WINEPREFIX") == "" {
		t.Fatal("set GMAILSETUP_WINE (the wine64 program) and WINEPREFIX; .ci/run does")
	}
	// Wine derives a file's access list from its Unix mode: files made by
	// the wineserver under umask 077 are private, as Windows makes them.
	syscall.Umask(0o077)
	const email, password = "mario.rossi@gmail.com", "abcdefghijklmnop"
	fake, err := fakegmail.Start(fakegmail.Options{Address: email, Password: password, IMAP: true})
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Close()

	dir := t.TempDir()
	exe, explorer := filepath.Join(dir, "gmailsetup.exe"), filepath.Join(dir, "explorer.exe")
	for _, b := range [][]string{
		{"-tags", "gmailsetup_testserver", "-o", exe, "."},
		{"-o", explorer, "./testdata/explorer"},
	} {
		cmd := exec.Command("go", append([]string{"build"}, b...)...)
		cmd.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %v: %v\n%s", b, err, out)
		}
	}
	ca := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(ca, fake.CAPEM(), 0o600); err != nil {
		t.Fatal(err)
	}
	win := func(p string) string { return "Z:" + strings.ReplaceAll(p, "/", `\`) }
	config := filepath.Join(dir, "gmailsetup", "config.toml")
	e := fake.Endpoints()
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "LANG=") && !strings.HasPrefix(kv, "LC_") && !strings.HasPrefix(kv, "LANGUAGE=") {
			env = append(env, kv)
		}
	}
	env = append(env, "LANG=it_IT.UTF-8", "WINEDEBUG=-all",
		"GMAILSETUP_TEST_SERVER="+e.ImplicitAddr+","+e.StartTLSAddr+","+e.IMAPAddr,
		"SSL_CERT_FILE="+win(ca), "GMAILSETUP_CONFIG="+win(config),
		// No browser: wine would hand the page to the host's.
		"SSH_CONNECTION=127.0.0.1 1 127.0.0.1 22")

	// run is `cmd /c "set LANG=&& line"`: the program sees no LANG.
	run := func(stdin, line string) (string, int) {
		t.Helper()
		cmd := exec.Command(wine, "cmd", "/c", "set LANG=&& "+line)
		cmd.Env, cmd.Stdin, cmd.Dir = env, strings.NewReader(stdin), dir
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		start := time.Now()
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		s := out.String()
		t.Logf("%s (exit %d, %s):\n%s", line, code, time.Since(start).Round(time.Millisecond), s)
		for _, w := range []string{" < ", "chmod", `~\`, "mode 0", "permessi 0"} {
			if strings.Contains(s, w) {
				t.Errorf("%s printed the Unix words %q:\n%s", line, w, s)
			}
		}
		if strings.Contains(s, password) && !strings.Contains(line, "password --force") {
			t.Errorf("%s printed the app password", line)
		}
		return s, code
	}
	must := func(out string, code, wantCode int, line string, want ...string) {
		t.Helper()
		if code != wantCode {
			t.Fatalf("%s: exit %d, want %d:\n%s", line, code, wantCode, out)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Fatalf("%s: no %q in:\n%s", line, w, out)
			}
		}
	}

	// The first step's heading in Italian: the language came from wine's
	// locale, not from LANG.
	first := guide.Account.Counter().Text(i18n.New(i18n.IT))

	// The demo, in plain mode, ends ready, in Italian.
	out, code := run("\n1\n1\n1\ndemo apps pass word\n\n\n1\n\n", win(exe)+" --demo --accessible")
	must(out, code, 0, "--demo --accessible", first, "Tutto pronto")

	// A double-click: the parent is explorer.exe. The wizard runs (no
	// "open cmd.exe"), in Italian, and ends ready.
	line := win(explorer) + " " + win(exe) + " --accessible"
	out, code = run(email+"\n1\n1\n1\nabcd efgh ijkl mnop\n\n\n\n\n", line)
	must(out, code, 0, line, first, "È arrivata in Posta in arrivo", "Tutto pronto")
	if strings.Contains(out, "cmd.exe") {
		t.Fatalf("cobra's refusal was shown:\n%s", out)
	}
	data, err := os.ReadFile(config)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), email) || strings.Contains(string(data), password) {
		t.Fatalf("the setup file should name the account and keep the password in Credential Manager:\n%s", data)
	}

	// status loads the file, and so checks its access list: no one but
	// the person, SYSTEM and Administrators.
	out, code = run("", win(exe)+" status")
	must(out, code, 0, "status", email)
	out, code = run("", win(exe)+" test")
	must(out, code, 0, "test")
	out, code = run("", win(exe)+" password --force")
	must(out, code, 0, "password --force", password)
	out, code = run("", win(exe)+" forget --yes")
	must(out, code, 0, "forget --yes")
	out, code = run("", win(exe)+" password --force")
	if code == 0 || strings.Contains(out, password) {
		t.Fatalf("password --force after forget: exit %d:\n%s", code, out)
	}

	// A file Notepad saved (BOM, CRLF), piped the way cmd pipes it.
	pw := filepath.Join(dir, "password-app.txt")
	if err := os.WriteFile(pw, []byte("\ufeffabcd efgh ijkl mnop\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	line = "type " + win(pw) + " | " + win(exe) + " setup --email " + email + " --password-stdin --no-send"
	out, code = run("", line)
	must(out, code, 0, "type … | setup")
	out, code = run("", win(exe)+" forget --yes")
	must(out, code, 0, "forget --yes")
}
