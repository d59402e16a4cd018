package fakegmail

import (
	"errors"
	"io"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Message is a mail the fake accepted, as it came over the wire.
type Message struct {
	From string
	To   []string
	Data []byte // the message with CRLF line endings, dots unstuffed
}

// session is one go-smtp session: a connection after EHLO.
type session struct {
	srv    *Server
	conn   *gmailConn
	authed bool
	from   string
	to     []string
}

func (s *Server) newSession(c *smtp.Conn) (smtp.Session, error) {
	gc, _ := c.Conn().(*gmailConn)
	return &session{srv: s, conn: gc}, nil
}

// fault reports whether a Reset or Temporary failure is scripted at stage,
// cutting the connection for Reset. It returns the reply to send, if any.
func (s *session) fault(stage Stage) error {
	o := &s.srv.opts
	if o.Reset == stage && s.conn != nil {
		s.conn.reset()
		return errors.New("connection reset")
	}
	if o.Temporary == stage {
		return o.temporary()
	}
	return nil
}

// AuthMechanisms is what go-smtp would advertise; the EHLO reply is
// rewritten to Gmail's list anyway, but AUTH dispatch goes through here.
func (s *session) AuthMechanisms() []string {
	return []string{sasl.Login, sasl.Plain, mechXOAUTH2, mechOAUTHBEARER}
}

func (s *session) Auth(mech string) (sasl.Server, error) {
	if err := s.fault(StageAuth); err != nil {
		return nil, err
	}
	attempt := func() {
		s.srv.count(func(st *Stats) {
			st.AuthAttempts++
			st.AuthMechanisms = append(st.AuthMechanisms, mech)
		})
		time.Sleep(s.srv.opts.AuthDelay)
	}
	check := func(user, pass string) error {
		attempt()
		if err := s.srv.checkLogin(user, pass, true); err != nil {
			return err
		}
		s.authed = true
		s.srv.count(func(st *Stats) { st.AuthOK++ })
		return nil
	}
	switch mech {
	case sasl.Plain:
		if s.srv.opts.LoginOnly {
			return nil, smtp.ErrAuthUnknownMechanism
		}
		return sasl.NewPlainServer(func(identity, user, pass string) error {
			if identity != "" && identity != user {
				return s.srv.opts.badCredentials()
			}
			return check(user, pass)
		}), nil
	case sasl.Login:
		return &loginServer{check: check}, nil
	case mechXOAUTH2, mechOAUTHBEARER:
		o := &s.srv.opts
		return &tokenServer{mech: mech, refusal: o.badCredentials(), try: attempt, check: func(user, token string) (bool, error) {
			if o.TooManyAttempts {
				return false, o.tooManyAttempts()
			}
			if !s.srv.tokenOK(user, token) {
				return false, nil
			}
			s.authed = true
			s.srv.count(func(st *Stats) { st.AuthOK++ })
			return true, nil
		}}, nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

// checkLogin applies the scripted answers to a sign-in. spaced says whether
// the spaced form of the app password is accepted (SMTP) or not (IMAP).
func (s *Server) checkLogin(user, pass string, spaced bool) *smtp.SMTPError {
	o := &s.opts
	switch {
	case o.TooManyAttempts:
		return o.tooManyAttempts()
	case o.GooglePassword != "" && pass == o.GooglePassword:
		return o.needAppPassword()
	case o.Address != "" && !strings.EqualFold(user, o.Address):
		return o.badCredentials()
	case pass == s.password():
		return nil
	case spaced && strings.ReplaceAll(pass, " ", "") == s.password():
		return nil
	}
	return o.badCredentials()
}

func (s *Server) password() string {
	if s.opts.Password != "" {
		return strings.ReplaceAll(s.opts.Password, " ", "")
	}
	return DemoPassword
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if err := s.fault(StageMail); err != nil {
		return err
	}
	if !s.authed {
		return s.srv.opts.wantAuth()
	}
	if s.srv.opts.DailyLimit == StageMail {
		return s.srv.opts.dailyLimit()
	}
	s.from = from
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if err := s.fault(StageRcpt); err != nil {
		return err
	}
	switch {
	case s.srv.opts.DailyLimit == StageRcpt:
		return s.srv.opts.dailyLimit()
	case s.srv.opts.RefuseRcpt:
		return s.srv.opts.noSuchUser()
	}
	s.to = append(s.to, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if err := s.fault(StageData); err != nil {
		return err
	}
	if s.srv.opts.DailyLimit == StageData {
		return s.srv.opts.dailyLimit()
	}
	s.srv.deliver(Message{From: s.from, To: append([]string(nil), s.to...), Data: data})
	return s.loseReply()
}

// loseReply plays Options.AfterData once a message has been taken: the
// client has sent all of it and gets no answer.
func (s *session) loseReply() error {
	if s.conn == nil {
		return nil
	}
	switch s.srv.opts.AfterData {
	case ReplyHangUp:
		s.conn.Close()
		return errors.New("hung up after the message")
	case ReplySilent:
		// Read (and drop) whatever comes until the client gives up and
		// closes, or Close cuts the connection.
		io.Copy(io.Discard, s.conn.Conn)
		s.conn.Close()
		return errors.New("silent after the message")
	}
	return nil
}

func (s *session) Reset() { s.from, s.to = "", nil }

func (s *session) Logout() error { return nil }
