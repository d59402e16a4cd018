package mailer

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

// Limits on a reply, so a broken or hostile server cannot make the client
// buffer without end. Gmail's longest replies are a few lines of under 100
// bytes; RFC 5321 caps a reply line at 512.
const (
	maxReplyLine  = 2048
	maxReplyLines = 64
)

// reply is one SMTP reply, possibly multi-line (RFC 5321 section 4.2.1).
type reply struct {
	Code     int
	Enhanced string   // RFC 3463 status code such as "5.7.8", "" if none
	Lines    []string // each line's text after the code, enhanced code and separator
}

// Text is the reply's lines joined by spaces, whitespace runs collapsed.
// Gmail ends a line with "go to" and starts the next with "  https://";
// joined, they read as one sentence.
func (r reply) Text() string {
	return strings.Join(strings.Fields(strings.Join(r.Lines, " ")), " ")
}

// errProtocol is a reply that is not SMTP. The offending text is left out
// of errors (it could be anything); the debug transcript shows it.
var errProtocol = errors.New("mailer: malformed reply from server")

// errTooMuch marks a reply past the limits: KindOversized, as on IMAP.
var errTooMuch = errors.New("more than a mail server would send")

// readReply reads one reply. Lines end in LF, CRLF accepted; every line
// must carry the same three-digit code, followed by "-" on all lines but
// the last and " " or nothing on the last. The enhanced code is taken from
// the last line (RFC 3463 requires it on each line; Gmail repeats it) when
// its class matches the reply code's first digit.
func readReply(r *bufio.Reader) (reply, error) {
	var rep reply
	for n := 0; ; n++ {
		if n == maxReplyLines {
			return rep, fmt.Errorf("%w: %w: more than %d lines", errProtocol, errTooMuch, maxReplyLines)
		}
		line, err := readLine(r)
		if err != nil {
			return rep, err
		}
		if len(line) < 3 || !isDigits(line[:3]) || line[0] < '1' || line[0] > '5' {
			return rep, errProtocol
		}
		code := int(line[0]-'0')*100 + int(line[1]-'0')*10 + int(line[2]-'0')
		if n > 0 && code != rep.Code {
			return rep, fmt.Errorf("%w: code %d inside a %d reply", errProtocol, code, rep.Code)
		}
		rep.Code = code
		last := true
		text := ""
		if len(line) > 3 {
			switch line[3] {
			case '-':
				last = false
			case ' ':
			default:
				return rep, errProtocol
			}
			text = line[4:]
		}
		enh, rest := splitEnhanced(text, line[0])
		rep.Lines = append(rep.Lines, rest)
		if last {
			rep.Enhanced = enh
			return rep, nil
		}
	}
}

// readLine reads a line without its LF or CRLF, at most maxReplyLine bytes.
func readLine(r *bufio.Reader) (string, error) {
	var b []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(b)+len(chunk) > maxReplyLine+2 {
			return "", fmt.Errorf("%w: %w: line longer than %d bytes", errProtocol, errTooMuch, maxReplyLine)
		}
		b = append(b, chunk...)
		switch {
		case err == nil:
			b = b[:len(b)-1]
			if len(b) > 0 && b[len(b)-1] == '\r' {
				b = b[:len(b)-1]
			}
			return string(b), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		}
		return "", err
	}
}

// splitEnhanced takes an RFC 3463 code ("class.subject.detail", class
// matching the reply's first digit) off the front of text.
func splitEnhanced(text string, class byte) (enh, rest string) {
	code, after, _ := strings.Cut(text, " ")
	parts := strings.Split(code, ".")
	if len(parts) != 3 || len(parts[0]) != 1 || parts[0][0] != class || (class != '2' && class != '4' && class != '5') {
		return "", text
	}
	for _, p := range parts[1:] {
		if len(p) == 0 || len(p) > 3 || !isDigits(p) {
			return "", text
		}
	}
	return code, after
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}
