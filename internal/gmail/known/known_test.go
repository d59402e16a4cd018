package known

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// gitIn runs the real git against a global config file in a temp HOME.
func gitIn(t *testing.T, home string) Git {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skipf("git is not installed (apt-get install git); CI installs it: %v", err)
	}
	return func(ctx context.Context, args ...string) (string, error) {
		cmd := exec.CommandContext(ctx, "git", args...)
		cmd.Dir = home
		cmd.Env = []string{"HOME=" + home, "GIT_CONFIG_GLOBAL=" + filepath.Join(home, ".gitconfig"), "GIT_CONFIG_NOSYSTEM=1", "PATH=" + os.Getenv("PATH")}
		out, err := cmd.Output()
		return string(out), err
	}
}

func setGit(t *testing.T, home string, kv ...string) {
	t.Helper()
	for i := 0; i < len(kv); i += 2 {
		cmd := exec.Command("git", "config", "--global", kv[i], kv[i+1])
		cmd.Env = []string{"HOME=" + home, "GIT_CONFIG_GLOBAL=" + filepath.Join(home, ".gitconfig"), "PATH=" + os.Getenv("PATH")}
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git config: %v\n%s", err, out)
		}
	}
}

func addresses(fs []Found) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Address+" "+string(f.Source))
	}
	return out
}

func TestLookupOrderAndSources(t *testing.T) {
	home := t.TempDir()
	setGit(t, home, "user.email", "mario.rossi@gmail.com", "sendemail.from", "Mario Rossi <fatture@rossi-srl.it>")
	msmtprc := "defaults\nauth on\n\naccount other\nhost mail.example.com\nfrom nobody@example.com\n\naccount gmail\nhost smtp.gmail.com\nfrom ufficio@gmail.com\nuser ufficio@gmail.com\n"
	if err := os.WriteFile(filepath.Join(home, ".msmtprc"), []byte(msmtprc), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"EMAIL": "Mario <MARIO.ROSSI@GMAIL.COM>"}
	got := Lookup(context.Background(), Config{Getenv: func(k string) string { return env[k] }, Home: home, Git: gitIn(t, home)})
	want := []string{"fatture@rossi-srl.it git sendemail", "ufficio@gmail.com msmtp", "mario.rossi@gmail.com git user.email"}
	if !slices.Equal(addresses(got), want) {
		t.Fatalf("Lookup = %q, want %q", addresses(got), want)
	}
	if got[0].Personal || !got[1].Personal {
		t.Errorf("Personal flags wrong: %+v", got)
	}
}

func TestLookupSkipsWhatIsNotAnAddress(t *testing.T) {
	home := t.TempDir()
	setGit(t, home, "user.email", "mario\x1b]0;pwned\x07@gmail.com")
	env := map[string]string{"EMAIL": "not an address"}
	got := Lookup(context.Background(), Config{Getenv: func(k string) string { return env[k] }, Home: home, Git: gitIn(t, home)})
	if len(got) != 0 {
		t.Fatalf("Lookup = %q, want nothing", addresses(got))
	}
}

func TestMsmtpDefaultsHost(t *testing.T) {
	home := t.TempDir()
	dir := filepath.Join(home, ".config", "msmtp")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	conf := "defaults\nhost smtp.gmail.com\nport 465\n\naccount a\nfrom anna@gmail.com\n"
	if err := os.WriteFile(filepath.Join(dir, "config"), []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	got := Lookup(context.Background(), Config{Home: home, Getenv: func(string) string { return "" }})
	if want := []string{"anna@gmail.com msmtp"}; !slices.Equal(addresses(got), want) {
		t.Fatalf("Lookup = %q, want %q", addresses(got), want)
	}
}
