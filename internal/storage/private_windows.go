//go:build windows

package storage

import (
	"io/fs"
	"unsafe"

	"golang.org/x/sys/windows"
)

// checkPrivate refuses a file whose access list lets anyone but the person,
// SYSTEM and Administrators read or change it, or that someone else owns:
// mode bits mean nothing on Windows, the ACL is what protects the secret.
// A file in %AppData% inherits a private list (the person, SYSTEM,
// Administrators) and passes.
func checkPrivate(path string, _ fs.FileInfo) error {
	sd, err := windows.GetNamedSecurityInfo(path, windows.SE_FILE_OBJECT,
		windows.OWNER_SECURITY_INFORMATION|windows.DACL_SECURITY_INFORMATION)
	if err != nil {
		return &FileError{Op: OpRead, Path: path, Err: err}
	}
	owner, _, err := sd.Owner()
	if err != nil {
		return &FileError{Op: OpRead, Path: path, Err: err}
	}
	user, err := windows.GetCurrentProcessToken().GetTokenUser()
	if err != nil {
		return &FileError{Op: OpRead, Path: path, Err: err}
	}
	// A NULL DACL, or none at all, protects nothing: everyone has access.
	dacl, _, err := sd.DACL()
	nullDACL := err != nil || dacl == nil
	var entries []aclEntry
	if dacl != nil {
		for i := range uint32(dacl.AceCount) {
			var ace *windows.ACCESS_ALLOWED_ACE
			if err := windows.GetAce(dacl, i, &ace); err != nil {
				return &FileError{Op: OpRead, Path: path, Err: err}
			}
			e := aclEntry{
				kind:        ace.Header.AceType,
				inheritOnly: ace.Header.AceFlags&windows.INHERIT_ONLY_ACE != 0,
				mask:        uint32(ace.Mask),
			}
			if e.kind == aceAllow || e.kind == aceAllowCallback {
				e.sid = (*windows.SID)(unsafe.Pointer(&ace.SidStart)).String()
			}
			entries = append(entries, e)
		}
	}
	me := user.User.Sid.String()
	others := aclExposure(owner.String(), me, entries, nullDACL)
	if len(others) == 0 {
		return nil
	}
	names := make([]string, len(others))
	for i, o := range others {
		names[i] = accountName(o)
	}
	return &UnsafeError{Path: path, Others: names, Fix: icaclsFix(path, owner.String(), me, others)}
}

// accountName is DOMAIN\name for a SID, or the SID when it names no account.
func accountName(s string) string {
	sid, err := windows.StringToSid(s)
	if err != nil {
		return s
	}
	account, domain, _, err := sid.LookupAccount("")
	if err != nil {
		return s
	}
	if domain != "" {
		return domain + `\` + account
	}
	return account
}
