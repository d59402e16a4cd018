package storage

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"gmailsetup/internal/safefile"
)

// ourFolder is the name of the folder DefaultPath puts the setup in.
const ourFolder = "gmailsetup"

// checkFolderMode keeps the promise of a 0700 folder (README) for the
// folder dir the setup file is written in, when it exists. Our own
// gmailsetup folder, when it is ours and others may look in or write, is
// tightened to 0700. Any folder others may write in, without the sticky
// bit that keeps them from replacing our file (/tmp has it), is refused
// with a *LooseFolderError: a folder chosen with --config may be shared
// and is not ours to change. A group-writable folder of another name is
// left alone: with a group per user (Debian's default), that group is the
// person. Windows has no modes to look at.
func checkFolderMode(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() || runtime.GOOS == "windows" {
		return nil
	}
	perm := fi.Mode().Perm()
	if perm&0o077 == 0 {
		return nil
	}
	if filepath.Base(dir) == ourFolder && safefile.OwnedByUs(fi) && os.Chmod(dir, 0o700) == nil {
		return nil
	}
	othersWrite := perm&0o002 != 0 && fi.Mode()&fs.ModeSticky == 0
	if othersWrite || (filepath.Base(dir) == ourFolder && perm&0o022 != 0) {
		return &LooseFolderError{Path: dir, Mode: perm, Fix: "chmod 700 " + ShellQuote(dir)}
	}
	return nil
}
