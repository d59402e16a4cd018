//go:build unix

package safefile

import (
	"io/fs"
	"os"
	"os/user"
	"strconv"
	"syscall"
)

// ownedByUs reports whether fi belongs to the effective user.
func ownedByUs(fi fs.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return !ok || int(st.Uid) == os.Geteuid()
}

// folderOK reports whether we may write in the folder fi: ours, or root's
// (/tmp, a system folder): files there belong to whoever makes them and
// nobody's home is at stake.
func folderOK(fi fs.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return !ok || int(st.Uid) == os.Geteuid() || st.Uid == 0
}

func ownerError(path string, fi fs.FileInfo, folder, home bool) error {
	owner := -1
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		owner = int(st.Uid)
	}
	uid := os.Geteuid()
	return &OwnerError{Path: path, Folder: folder, Home: home, Owner: owner, UID: uid,
		OwnerName: userName(owner), UserName: userName(uid)}
}

// userName is the login name of uid, or the number when it has none.
func userName(uid int) string {
	id := strconv.Itoa(uid)
	if u, err := user.LookupId(id); err == nil && u.Username != "" {
		return u.Username
	}
	return id
}
