package safefile

import (
	"errors"
	"fmt"
)

// ErrNotRegular is a target that is a folder, a FIFO, a device: not a file
// to replace.
var ErrNotRegular = errors.New("not a regular file")

// OwnerError is a write refused because the file, or a folder it would be
// written in, belongs to another user: Owner, while we run as UID. Home is
// true when Path is $HOME itself (sudo without -H). OwnerName and UserName
// are the login names when the system knows them, else the numbers.
type OwnerError struct {
	Path      string
	Folder    bool // Path is a folder (the file would be created in it)
	Home      bool
	Owner     int
	UID       int
	OwnerName string
	UserName  string
}

func (e *OwnerError) Error() string {
	what := "the file"
	if e.Home {
		what = "the home folder"
	} else if e.Folder {
		what = "the folder"
	}
	return fmt.Sprintf("%s %s belongs to %s, but gmailsetup runs as %s: it writes nothing there; run it as %s (with sudo, use sudo -H)", what, e.Path, e.OwnerName, e.UserName, e.OwnerName)
}

// LinkError is a symlink gmailsetup does not follow to write: the link is
// not ours, or it points to something that is not a regular file of ours.
type LinkError struct {
	Path   string
	Target string
}

func (e *LinkError) Error() string {
	return fmt.Sprintf("%s is a link to %s, which is not a file of yours, so gmailsetup does not write into it; remove the link, or choose another file", e.Path, e.Target)
}

// ReadOnlyError is a file its owner made read-only (no write bit for the
// owner, chmod 400): a write respects that and is refused.
type ReadOnlyError struct {
	Path string
}

func (e *ReadOnlyError) Error() string {
	return fmt.Sprintf("%s is read-only (chmod u-w): gmailsetup leaves it as it is; make it writable with chmod u+w, or add the lines yourself", e.Path)
}
