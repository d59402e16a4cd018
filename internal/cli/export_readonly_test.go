package cli

import (
	"os"
	"path/filepath"
	"testing"

	"gmailsetup/internal/i18n"
)

// A ~/.msmtprc its owner made read-only (chmod 400) says "leave me
// alone": export --write respects it, names the file and the fix, and
// writes nothing, not even a backup (issue 18, item 7).
func TestExportWriteRespectsReadOnlyFile(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.EN, i18n.IT} {
		h, home := exportHarness(t)
		h.env.Cat = i18n.New(lang)
		rc := filepath.Join(home, ".msmtprc")
		old := "defaults\ntls on\n"
		os.WriteFile(rc, []byte(old), 0o400)
		os.Chmod(rc, 0o400)
		h.expect(h.run(NewExportCmd(h.env), "msmtp", "--write"), ExitBroken)
		want := map[i18n.Lang]string{i18n.EN: "read-only", i18n.IT: "sola lettura"}[lang]
		contains(t, "stderr", h.err.String(), rc, want, "chmod u+w "+rc)
		if string(fileBytes(t, rc)) != old {
			t.Error("the read-only file was rewritten")
		}
		if fi, err := os.Stat(rc); err != nil || fi.Mode().Perm() != 0o400 {
			t.Errorf("mode changed: %v %v", fi.Mode(), err)
		}
		if names := dirEntries(t, home); len(names) != 2 { // .msmtprc and bin
			t.Errorf("left in the home folder: %v", names)
		}
	}
}

// dirEntries lists a folder's names.
func dirEntries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// The refusals of a write are told in the person's language, with the fix:
// a setup folder anyone may write in, a save past the size limit.
func TestWriteRefusalsExplained(t *testing.T) {
	h, _ := exportHarness(t)
	shared := filepath.Join(t.TempDir(), "shared")
	os.Mkdir(shared, 0o777)
	os.Chmod(shared, 0o777)
	h.path = filepath.Join(shared, "config.toml")
	h.env.Cat = i18n.New(i18n.IT)
	h.expect(h.runSetup(testSecret+"\n"), ExitBroken)
	contains(t, "stderr", h.err.String(), shared, "permessi 777", "chmod 700 '"+shared+"'")
	if n := len(h.fake.Messages()); n != 0 {
		t.Errorf("%d test mails sent before the refusal", n)
	}
}
