package fakegmail

// imapSide is the fake imap.gmail.com.
type imapSide struct{}

func (s *Server) startIMAP() error { return nil }

func (i *imapSide) deliver(data []byte) {}

func (i *imapSide) close() {}
