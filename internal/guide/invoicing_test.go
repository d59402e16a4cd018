package guide

import (
	"testing"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// Step 9 is offered from Ready only, leads nowhere but the end, and a
// Google sign-in there can switch to an app password, which the graph
// leads to the app password step.
func TestInvoicingInTheGraph(t *testing.T) {
	a := Answers{email: "mario.rossi@gmail.com", kind: KindPersonal}
	if InvoicingOffered(&a) {
		t.Fatal("step 9 offered before the setup was saved and verified")
	}
	a.SetReady()
	if m, ok := Next(Save, UseInInvoicing, &a); !ok || m.To != Invoicing {
		t.Fatalf("Ready's f leads to %v (%v), want Invoicing", m.To, ok)
	}
	if m, _ := Next(Invoicing, Done, &a); !m.End {
		t.Fatalf("step 9 done leads to %v, want the end", m.To)
	}
	if m, _ := Next(Save, Done, &a); !m.End {
		t.Fatal("finishing on Ready no longer ends the run in one key")
	}
}

// A Google sign-in cannot be pasted: one sentence, and an app password is
// offered only where the account can have one (a personal account).
func TestInvoicingOAuth(t *testing.T) {
	cat := i18n.New(i18n.EN)
	a := Answers{email: "mario.rossi@gmail.com", kind: KindPersonal, google: googleAnswers{on: true, signedIn: true}, ready: true}
	msg, offer := OAuthNoPaste(&a)
	if !offer || msg.Key != "invoicing.oauth.personal" {
		t.Fatalf("personal account: %v offered %v", msg.Key, offer)
	}
	if txt := msg.Text(cat); len(txt) == 0 || txt[len(txt)-1] != '.' || countSentences(txt) != 1 {
		t.Fatalf("not one sentence: %q", txt)
	}
	a.AppPasswordInstead()
	if a.OAuth() || a.Tested() || a.Password() != "" {
		t.Fatal("switching to an app password kept the sign-in")
	}
	if m, ok := Next(Invoicing, NewAppPassword, &a); !ok || m.To != AppPassword {
		t.Fatalf("the offer leads to %v, want AppPassword", m.To)
	}
	w := Answers{email: "a@firm.example", kind: KindWorkspace, google: googleAnswers{on: true}}
	if _, offer := OAuthNoPaste(&w); offer {
		t.Fatal("a Workspace account is offered an app password its admin may forbid")
	}
}

func countSentences(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && (i == len(s)-1 || s[i+1] == ' ') {
			n++
		}
	}
	return n
}

// The rotation's order: before step 9 confirms, the old password is said
// to be still in the invoicing software; after, it is named to revoke.
func TestRevokeOldOrder(t *testing.T) {
	prev := storage.Account{Email: "mario.rossi@gmail.com", AppPasswordLabel: "fatture"}
	a := Rotating(prev)
	a.label, a.labelFor = "gmailsetup 2026-12", a.email
	if m := RevokeOld(&a); m.Key != "invoicing.rotate.stillOld" {
		t.Fatalf("before step 9: %v", m.Key)
	}
	a.SetInvoicingConfirmed()
	if m := RevokeOld(&a); m.Key != "invoicing.rotate.revoke" {
		t.Fatalf("after step 9: %v", m.Key)
	}
	if m := RevokeOld(&Answers{email: "x@gmail.com"}); !m.IsZero() {
		t.Fatal("a new setup has no old password to revoke")
	}
}

// The wizard's own test mail is left aside by its Message-ID and code.
func TestOwnMail(t *testing.T) {
	var a Answers
	a.Passed(mailer.Result{MessageID: "abc@gmailsetup.local", Code: "QWERTY"})
	if got := OwnMail(&a); len(got) != 2 || got[0] != "abc@gmailsetup.local" || got[1] != "QWERTY" {
		t.Fatalf("own mail %q", got)
	}
}
