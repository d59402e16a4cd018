// Package safefile is the one way gmailsetup replaces a file: the setup
// file, its backups and the files export --write adds to (~/.msmtprc,
// ~/.gitconfig, ~/.netrc). It follows a link only when the link is ours,
// writes only in folders that are ours, replaces only files that are ours,
// and replaces them atomically (a temp file beside the target, flushed,
// renamed over it), so a crash leaves the old file or the new one, whole.
//
// "Ours" is the effective user's. Root is the case it exists for: `sudo
// gmailsetup …` without -H keeps the person's HOME, and a file root writes
// there becomes one the person cannot change; a link the person planted
// there would make root replace a file anywhere. Such a write is refused
// before anything is written, with an *OwnerError or a *LinkError that
// names the file or folder, its owner and who we run as.
package safefile
