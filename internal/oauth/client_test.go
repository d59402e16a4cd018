package oauth

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const (
	goodID     = "123456789012-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com"
	goodSecret = "GOCSPX-AbCdEfGhIjKlMnOpQrStUvWx"
)

// desktopJSON is the shape Google's console downloads for a Desktop client.
const desktopJSON = `{"installed":{"client_id":"` + goodID + `","project_id":"mail-for-invoices","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs","client_secret":"` + goodSecret + `","redirect_uris":["http://localhost"]}}`

func TestParseDesktopClient(t *testing.T) {
	c, err := ParseClientJSON([]byte("\xef\xbb\xbf" + desktopJSON + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.ID != goodID || c.Secret.Reveal() != goodSecret || c.Project != "mail-for-invoices" {
		t.Fatalf("got %+v", c)
	}
}

func TestParseClientRefusals(t *testing.T) {
	for name, tc := range map[string]struct{ json, code string }{
		"web client":           {`{"web":{"client_id":"` + goodID + `","client_secret":"` + goodSecret + `","redirect_uris":["https://example.com/cb"]}}`, ClientWeb},
		"service account":      {`{"type":"service_account","project_id":"p","private_key":"-----BEGIN PRIVATE KEY-----"}`, ClientServiceAccount},
		"other JSON":           {`{"hello":"world"}`, ClientUnknown},
		"array":                {`[1,2]`, ClientNotJSON},
		"not JSON":             {`client_id=abc`, ClientNotJSON},
		"empty":                {``, ClientNotJSON},
		"no secret":            {`{"installed":{"client_id":"` + goodID + `"}}`, ClientIncomplete},
		"bad id":               {`{"installed":{"client_id":"abc.apps.googleusercontent.com","client_secret":"` + goodSecret + `"}}`, ClientBadID},
		"id not google":        {`{"installed":{"client_id":"123-abc.apps.evil.com","client_secret":"` + goodSecret + `"}}`, ClientBadID},
		"tampered token_uri":   {`{"installed":{"client_id":"` + goodID + `","client_secret":"` + goodSecret + `","token_uri":"https://evil.example/token"}}`, ClientNotGoogle},
		"http token_uri":       {`{"installed":{"client_id":"` + goodID + `","client_secret":"` + goodSecret + `","token_uri":"http://oauth2.googleapis.com/token"}}`, ClientNotGoogle},
		"no loopback":          {`{"installed":{"client_id":"` + goodID + `","client_secret":"` + goodSecret + `","redirect_uris":["urn:ietf:wg:oauth:2.0:oob:auto","https://x.example"]}}`, ClientNotDesktop},
		"installed not object": {`{"installed":"yes"}`, ClientNotJSON},
		"too big":              {`{"installed":{"client_id":"` + goodID + `","x":"` + strings.Repeat("a", MaxClientFile) + `"}}`, ClientTooBig},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ParseClientJSON([]byte(tc.json))
			if e := asError(t, err); e.Code != tc.code {
				t.Fatalf("got %s, want %s", e.Code, tc.code)
			}
		})
	}
}

func TestPastedClient(t *testing.T) {
	c, err := NewClient("  "+goodID+"\n", ` "`+goodSecret+`" `)
	if err != nil || c.ID != goodID || c.Secret.Reveal() != goodSecret {
		t.Fatalf("%+v %v", c, err)
	}
	for name, tc := range map[string]struct{ id, secret, code string }{
		"id as secret":  {goodID, goodID, ClientBadSecret},
		"secret as id":  {goodSecret, goodID, ClientBadID},
		"space inside":  {goodID, "GOCSPX-abc def ghi", ClientBadSecret},
		"control char":  {goodID, "GOCSPX-abc\x1b[2Jdefghi", ClientBadSecret},
		"short":         {goodID, "abc", ClientBadSecret},
		"paragraph":     {goodID, strings.Repeat("x", 300), ClientBadSecret},
		"upper-case id": {strings.ToUpper(goodID), goodSecret, ClientBadID},
		"empty":         {"", "", ClientBadID},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := NewClient(tc.id, tc.secret)
			if e := asError(t, err); e.Code != tc.code {
				t.Fatalf("got %s, want %s", e.Code, tc.code)
			}
		})
	}
}

func write(t *testing.T, path, body string, mtime time.Time) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, mtime, mtime); err != nil {
		t.Fatal(err)
	}
}

func TestFindNewestSkipsWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	write(t, filepath.Join(dir, "client_secret_old.apps.googleusercontent.com.json"), desktopJSON, now.Add(-2*time.Hour))
	write(t, filepath.Join(dir, "client_secret_new.apps.googleusercontent.com (1).json"), desktopJSON, now.Add(-time.Hour))
	write(t, filepath.Join(dir, "invoice.pdf"), "x", now)
	write(t, filepath.Join(dir, "client_secret.txt"), "x", now)
	// Newer, but not regular files: never opened nor followed.
	outside := filepath.Join(t.TempDir(), "secret-elsewhere.json")
	write(t, outside, desktopJSON, now)
	if err := os.Symlink(outside, filepath.Join(dir, "client_secret_link.json")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "client_secret_dir.json"), 0o700); err != nil {
		t.Fatal(err)
	}
	mkfifo(t, filepath.Join(dir, "client_secret_fifo.json"))
	write(t, filepath.Join(dir, "client_secret_huge.json"), strings.Repeat(" ", MaxClientFile+1), now)

	got, err := FindNewest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(got) != "client_secret_new.apps.googleusercontent.com (1).json" {
		t.Fatalf("picked %s", got)
	}
	if _, err := ReadClientFile(got); err != nil {
		t.Fatal(err)
	}

	if _, err := FindNewest(t.TempDir()); asError(t, err).Code != FileNone {
		t.Fatalf("empty folder: %v", err)
	}
	if _, err := FindNewest(filepath.Join(dir, "no-such-folder")); asError(t, err).Code != FileNone {
		t.Fatalf("missing folder: %v", err)
	}
}

func TestReadClientFileRefusals(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "client_secret_real.json")
	write(t, real, desktopJSON, time.Now())
	link := filepath.Join(dir, "client_secret_link.json")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "client_secret_fifo.json")
	mkfifo(t, fifo)
	huge := filepath.Join(dir, "client_secret_huge.json")
	write(t, huge, strings.Repeat(" ", MaxClientFile+1), time.Now())
	for path, code := range map[string]string{
		link:                       FileSymlink,
		fifo:                       FileNotRegular, // and it must not block
		dir:                        FileNotRegular,
		"/dev/zero":                FileNotRegular,
		huge:                       ClientTooBig,
		filepath.Join(dir, "nope"): FileMissing,
	} {
		_, err := ReadClientFile(path)
		if e := asError(t, err); e.Code != code {
			t.Errorf("%s: got %s, want %s", path, e.Code, code)
		}
	}
}
