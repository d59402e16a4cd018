package storage

import (
	"strings"
)

// aclEntry is one entry of a file's Windows access list (DACL), reduced to
// what decides whether someone else can get at the secret. It is plain data
// so the decision is tested on every system; private_windows.go reads it
// from the file.
type aclEntry struct {
	// kind is the entry's ACE type: aceAllow, aceAllowCallback or
	// another; deny entries only take rights away.
	kind        uint8
	inheritOnly bool   // applies to files created later in a folder, not this one
	mask        uint32 // the rights granted
	sid         string // who, as S-1-…; "" when the entry's layout hides it
}

// ACE types that grant rights (winnt.h). Object and compound entries carry
// their SID at another offset; they are never set on a file by Windows
// itself, so one is taken to grant everything to someone unknown.
const (
	aceAllow               = 0
	aceAllowCompound       = 4
	aceAllowObject         = 5
	aceAllowCallback       = 9
	aceAllowCallbackObject = 11
)

// exposingRights are the rights that let their holder read the file, change
// it, or give itself either: the Windows reading of the Unix rule that
// group and others have no read or write bit.
const exposingRights = 0x0001 | // FILE_READ_DATA
	0x0002 | // FILE_WRITE_DATA
	0x0004 | // FILE_APPEND_DATA
	0x00040000 | // WRITE_DAC
	0x00080000 | // WRITE_OWNER
	0x02000000 | // MAXIMUM_ALLOWED
	0x10000000 | // GENERIC_ALL
	0x40000000 | // GENERIC_WRITE
	0x80000000 // GENERIC_READ

// Well-known SIDs trusted as root is on Unix: the machine itself and its
// administrators can read every file anyway.
const (
	sidSystem         = "S-1-5-18"
	sidAdministrators = "S-1-5-32-544"
	sidOwnerRights    = "S-1-3-4" // stands for whoever owns the file
)

// aclExposure lists who besides user (a SID), SYSTEM and Administrators may
// read or change a file with this owner and access list. A nil dacl with
// nullDACL set is a file without an access list: everyone may do anything.
// Deny entries are not weighed against allows, so a file whose access is
// only taken back by a deny entry is still reported: a false alarm with a
// fix beats a secret left readable.
func aclExposure(owner, user string, dacl []aclEntry, nullDACL bool) []string {
	trusted := func(sid string) bool {
		return strings.EqualFold(sid, user) || sid == sidSystem || sid == sidAdministrators
	}
	var others []string
	add := func(sid string) {
		for _, o := range others {
			if o == sid {
				return
			}
		}
		others = append(others, sid)
	}
	// The owner may always rewrite the access list, so an untrusted owner
	// is exposure by itself.
	if !trusted(owner) {
		add(owner)
	}
	if nullDACL {
		add("S-1-1-0") // Everyone
		return others
	}
	for _, e := range dacl {
		if e.inheritOnly || e.mask&exposingRights == 0 {
			continue
		}
		switch e.kind {
		case aceAllow, aceAllowCallback:
			if e.sid == sidOwnerRights {
				if !trusted(owner) {
					add(owner)
				}
				continue
			}
			if !trusted(e.sid) {
				add(e.sid)
			}
		case aceAllowCompound, aceAllowObject, aceAllowCallbackObject:
			add("?") // an entry we cannot read grants rights to someone
		}
	}
	return others
}

// icaclsFix is the command that makes the file private on Windows: no
// inherited entries, full control for the person, and every other account
// named in the access list removed; first takeown when someone else owns
// it. SIDs (*S-1-…) rather than names, so no account name needs quoting; it
// works the same in cmd and PowerShell. A Windows path cannot hold a '"'.
func icaclsFix(path, owner, user string, others []string) string {
	var b strings.Builder
	if !strings.EqualFold(owner, user) && owner != sidSystem && owner != sidAdministrators {
		b.WriteString(`takeown /f "` + path + `"` + "\n  ")
	}
	b.WriteString(`icacls "` + path + `" /inheritance:r /grant:r *` + user + ":F")
	for _, o := range others {
		if strings.HasPrefix(o, "S-") {
			b.WriteString(" /remove:g *" + o)
		}
	}
	return b.String()
}
