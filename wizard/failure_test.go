package wizard

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"

	"gmailsetup/internal/fake/fakegmail"
	"gmailsetup/internal/guide"
	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
)

// toPaste walks a new setup up to the paste step.
func toPaste(t *testing.T, d *driver) {
	t.Helper()
	walkTo(t, d, guide.Paste)
}

func noSetupFile(t *testing.T, r *rig) {
	t.Helper()
	if _, err := os.Stat(r.store.Path()); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a setup file was written: %v", err)
	}
}

// A revoked or mistyped app password gets Gmail's real 535 reply; the
// person reads what it means and what to try, and nothing is saved.
func TestWrongAppPasswordIsExplainedAndNotSaved(t *testing.T) {
	for _, c := range []struct {
		lang i18n.Lang
		want string
	}{
		{i18n.EN, "it is wrong, or it was revoked"},
		{i18n.IT, "è sbagliata, oppure è stata revocata"},
	} {
		t.Run(string(c.lang), func(t *testing.T) {
			r := newRig(t, fakegmail.Options{})
			d := newDriver(t, r.wizard(c.lang, ModeAuto), 80, 24)
			toPaste(t, d)
			d.paste("aaaa bbbb cccc dddd")
			d.key("enter")
			d.expect(c.want, "5.7.8")
			// Quit from the failure menu (4: Gmail said no, so saving
			// untested is not offered): nothing may be on disk.
			d.key("4")
			if !d.m.quitting {
				t.Fatalf("quit was not taken:\n%s", d.screen())
			}
			noSetupFile(t, r)
			if n := len(r.fake.Messages()); n != 0 {
				t.Fatalf("the server accepted %d mails with a wrong password", n)
			}
		})
	}
}

// The normal Google password (534 5.7.9) is told apart from a wrong app
// password, and "paste again" goes back to the paste step.
func TestGooglePasswordIsToldApart(t *testing.T) {
	r := newRig(t, fakegmail.Options{GooglePassword: "mariorossigoogle"})
	d := newDriver(t, r.wizard(i18n.EN, ModeAuto), 80, 24)
	toPaste(t, d)
	d.paste("mariorossigoogle")
	d.key("enter")
	d.expect("normal Google password")
	d.key("1") // paste again
	if d.m.Current() != guide.Paste {
		t.Fatalf("paste again went to step %d", d.m.Current())
	}
	d.paste(walkPasted)
	d.key("enter")
	d.expect("465")
	if d.m.Current() != guide.TestSend || len(r.fake.Messages()) != 1 {
		t.Fatalf("the second paste did not send: step %d, %d mails", d.m.Current(), len(r.fake.Messages()))
	}
}

// ctrl+c stops at once on every step, writes nothing and reports the
// interruption so main exits 130.
func TestCtrlCOnEveryStepWritesNothing(t *testing.T) {
	for id := guide.Account; id <= guide.Last; id++ {
		if !id.Numbered() {
			continue
		}
		r := newRig(t, fakegmail.Options{})
		m := r.wizard(i18n.EN, ModeAuto)
		d := newDriver(t, m, 80, 24)
		walkTo(t, d, id, script{guide.TwoSVStatus: {pick(2)}}) // 2SV off: the enable checklist too
		d.key("ctrl+c")
		if !m.Interrupted() {
			t.Fatalf("%v: ctrl+c did not interrupt", id)
		}
		noSetupFile(t, r)
	}
}

// esc goes back one step and keeps what was typed.
func TestEscKeepsWhatWasTyped(t *testing.T) {
	r := newRig(t, fakegmail.Options{})
	d := newDriver(t, r.wizard(i18n.EN, ModeAuto), 80, 24)
	d.typeText(walkAddress)
	d.key("enter")
	d.key("esc")
	if d.m.Current() != guide.Account {
		t.Fatalf("esc went to step %d", d.m.Current())
	}
	d.key("enter")
	if d.m.Current() != guide.SignIn || d.m.Answers().Email() != walkAddress {
		t.Fatalf("after esc and enter: step %d, address %q", d.m.Current(), d.m.Answers().Email())
	}
}

// saveSetup stores a working setup as an earlier run would have.
func saveSetup(t *testing.T, r *rig, password string) []byte {
	t.Helper()
	acct := storage.Account{Email: walkAddress, Name: "Mario Rossi", Host: "smtp.gmail.com", Port: 465,
		AppPasswordLabel: "fatture", AppPasswordCreated: fixedNow().AddDate(0, -3, 0)}
	if _, err := r.store.Save(acct, password, true); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(r.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// A rotation that fails, or is abandoned, leaves the saved setup as it was:
// byte for byte, still signing in.
func TestFailedRotationKeepsTheOldSetup(t *testing.T) {
	r := newRig(t, fakegmail.Options{})
	before := saveSetup(t, r, walkPassword)

	d := newDriver(t, r.wizard(i18n.IT, ModeRotate), 80, 24)
	if d.m.Current() != guide.AppPassword {
		t.Fatalf("rotate opened on step %d:\n%s", d.m.Current(), d.screen())
	}
	d.key("enter")
	d.paste("zzzz zzzz zzzz zzzz")
	d.key("enter")
	d.expect("5.7.8")
	d.key("ctrl+c")

	after, err := os.ReadFile(r.store.Path())
	if err != nil || string(after) != string(before) {
		t.Fatalf("the setup file changed after a failed rotation (err %v)", err)
	}
	if secret, err := r.store.Secret(walkAddress); err != nil || secret != walkPassword {
		t.Fatalf("the old app password is gone: %v", err)
	}
}

// A rotation that passes saves the new password, keeps the sender's name,
// and, before the invoicing software has the new one (step 9), says it
// still holds the old one, which is revoked only after: both named.
func TestRotationSavesTheNewPasswordAndNamesTheOldOne(t *testing.T) {
	r := newRig(t, fakegmail.Options{})
	saveSetup(t, r, "oldoldoldoldoldo")

	d := newDriver(t, r.wizard(i18n.EN, ModeAuto), 80, 24)
	d.expect("fatture", "Replace the app password")
	d.key("1") // rotate
	walkTo(t, d, guide.TestSend)
	d.expect("465")
	walkTo(t, d, guide.Save)
	d.key("enter") // save: into the file again, without asking twice
	d.expect("Ready", "still has the old app password", "“fatture”", "the new one, “gmailsetup 2026-11”", "only then revoke")
	if !strings.Contains(d.raw(), "apppasswords?authuser=mario.rossi%40gmail.com") {
		t.Fatalf("no link to revoke the old password:\n%s", d.screen())
	}
	cfg, err := r.store.Load()
	if err != nil {
		t.Fatal(err)
	}
	acct, _ := cfg.Account(walkAddress)
	if secret, _ := r.store.Secret(walkAddress); secret != walkPassword || acct.Name != "Mario Rossi" || acct.AppPasswordLabel != "gmailsetup 2026-11" {
		t.Fatalf("after rotation: name %q label %q, new secret saved: %v", acct.Name, acct.AppPasswordLabel, secret == walkPassword)
	}
}

// "Check that it still works" signs in with the saved setup and records it.
func TestCheckSignsInWithTheSavedSetup(t *testing.T) {
	r := newRig(t, fakegmail.Options{})
	saveSetup(t, r, walkPassword)
	d := newDriver(t, r.wizard(i18n.IT, ModeAuto), 80, 24)
	d.key("2")
	d.expect("Funziona")
	cfg, _ := r.store.Load()
	if acct, _ := cfg.Account(walkAddress); !acct.LastVerified.Equal(fixedNow()) {
		t.Fatalf("last verified = %v", acct.LastVerified)
	}
	if st := r.fake.Stats(); st.AuthOK != 1 || len(r.fake.Messages()) != 0 {
		t.Fatalf("check: %d sign-ins, %d mails; want 1 and 0", st.AuthOK, len(r.fake.Messages()))
	}
}

// A setup file with a syntax error is explained with file:line, and
// nothing overwrites it unless the person chooses to start again.
func TestBrokenSetupFileIsExplainedNotOverwritten(t *testing.T) {
	r := newRig(t, fakegmail.Options{})
	if err := os.MkdirAll(r.dir+"/gmailsetup", 0o700); err != nil {
		t.Fatal(err)
	}
	broken := "[[account]]\nemail = \"mario.rossi@gmail.com\"\nport = = 465\n"
	if err := os.WriteFile(r.store.Path(), []byte(broken), 0o600); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, r.wizard(i18n.EN, ModeAuto), 80, 24)
	d.expect("line 3", "Nothing will be overwritten")
	d.key("q")
	if data, _ := os.ReadFile(r.store.Path()); string(data) != broken {
		t.Fatal("the broken file was changed")
	}
}
