package fakegmail

import (
	"crypto/tls"
	"slices"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

func dialIMAP(t *testing.T, s *Server) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialTLS(s.Endpoints().IMAPAddr, &imapclient.Options{
		TLSConfig: &tls.Config{ServerName: IMAPHost, RootCAs: s.Endpoints().RootCAs},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func search(t *testing.T, c *imapclient.Client, mailbox, messageID string) int {
	t.Helper()
	if _, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatalf("select %s: %v", mailbox, err)
	}
	data, err := c.Search(&imap.SearchCriteria{
		Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: messageID}},
	}, nil).Wait()
	if err != nil {
		t.Fatalf("search %s: %v", mailbox, err)
	}
	return len(data.AllSeqNums())
}

func TestIMAPReceivesWhatSMTPAccepted(t *testing.T) {
	s := start(t, Options{IMAP: true})
	if s.Endpoints().IMAPAddr == "" {
		t.Fatal("no IMAP address")
	}
	c := dialIMAP(t, s)
	if err := c.Login(testAddr, testPass).Wait(); err != nil {
		t.Fatal(err)
	}
	boxes, err := c.List("", "*", &imap.ListOptions{ReturnSpecialUse: true}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	var all string
	for _, b := range boxes {
		if slices.Contains(b.Attrs, imap.MailboxAttrAll) {
			all = b.Mailbox
		}
	}
	if all != AllMail {
		t.Errorf("mailbox with \\All: %q, want %q (list %+v)", all, AllMail, boxes)
	}

	if err := send(t, s, false, testPass); err != nil { // Message-ID-less
		t.Fatal(err)
	}
	const id = "<abc@gmailsetup.local>"
	if err := sendRaw(t, s, "Message-ID: "+id+"\r\nSubject: x\r\n\r\nhi\r\n"); err != nil {
		t.Fatal(err)
	}
	for _, box := range []string{Inbox, AllMail} {
		if n := search(t, c, box, id); n != 1 {
			t.Errorf("%s: %d matches, want 1", box, n)
		}
		if n := search(t, c, box, "<other@x>"); n != 0 {
			t.Errorf("%s: %d matches for another id", box, n)
		}
	}
}

func TestIMAPRefusesSpacedPassword(t *testing.T) {
	s := start(t, Options{IMAP: true})
	if err := dialIMAP(t, s).Login(testAddr, "abcd efgh ijkl mnop").Wait(); err == nil {
		t.Error("spaced app password accepted over IMAP")
	}
	if err := dialIMAP(t, s).Login(testAddr, testPass).Wait(); err != nil {
		t.Error(err)
	}
	if st := s.Stats(); st.IMAPLogins != 1 || st.IMAPLoginFailures != 1 {
		t.Errorf("stats %+v", st)
	}
}

func TestIMAPDeliveryOptions(t *testing.T) {
	const id = "<d@gmailsetup.local>"
	msg := "Message-ID: " + id + "\r\n\r\nhi\r\n"

	s := start(t, Options{IMAP: true, SkipInbox: true})
	sendRaw(t, s, msg)
	c := dialIMAP(t, s)
	c.Login(testAddr, testPass).Wait()
	if search(t, c, Inbox, id) != 0 || search(t, c, AllMail, id) != 1 {
		t.Error("SkipInbox: want the message in All Mail only")
	}

	s = start(t, Options{IMAP: true, LoseMail: true})
	sendRaw(t, s, msg)
	c = dialIMAP(t, s)
	c.Login(testAddr, testPass).Wait()
	if search(t, c, AllMail, id) != 0 {
		t.Error("LoseMail: the message arrived")
	}

	s = start(t, Options{IMAP: true, DeliveryDelay: time.Hour})
	sendRaw(t, s, msg)
	c = dialIMAP(t, s)
	c.Login(testAddr, testPass).Wait()
	if search(t, c, AllMail, id) != 0 {
		t.Error("DeliveryDelay: the message arrived at once")
	}
	s.Close() // must cancel the pending delivery and return

	s = start(t, Options{IMAP: true, IMAPDisabled: true})
	if err := dialIMAP(t, s).Login(testAddr, testPass).Wait(); err == nil {
		t.Error("IMAPDisabled: sign-in accepted")
	}
}
