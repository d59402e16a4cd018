package storage

import (
	"slices"
	"testing"
)

// The ACL rule is plain logic, so it is tested on every system; Windows
// only supplies the entries (private_windows.go).
func TestACLExposure(t *testing.T) {
	const (
		me       = "S-1-5-21-1004336348-1177238915-682003330-1001"
		bob      = "S-1-5-21-1004336348-1177238915-682003330-1002"
		everyone = "S-1-1-0"
		users    = "S-1-5-32-545"
		authd    = "S-1-5-11"
		full     = 0x001f01ff // FILE_ALL_ACCESS
		read     = 0x00120089 // FILE_GENERIC_READ
		exec     = 0x001200a0 // FILE_GENERIC_EXECUTE: no data
		readACL  = 0x00020000 // READ_CONTROL only
		writeDAC = 0x00040000
	)
	allow := func(sid string, mask uint32) aclEntry { return aclEntry{kind: aceAllow, sid: sid, mask: mask} }
	// What a file in %AppData% inherits from the profile folder.
	profile := []aclEntry{allow(sidSystem, full), allow(sidAdministrators, full), allow(me, full)}
	for _, c := range []struct {
		name     string
		owner    string
		dacl     []aclEntry
		nullDACL bool
		want     []string
	}{
		{"the profile's inherited list", me, profile, false, nil},
		{"owned by Administrators (an elevated save)", sidAdministrators, profile, false, nil},
		{"only me, protected", me, []aclEntry{allow(me, full)}, false, nil},
		{"the SID's case does not matter", me, []aclEntry{allow("s-1-5-21-1004336348-1177238915-682003330-1001", full)}, false, nil},
		{"Everyone may read", me, append(slices.Clone(profile), allow(everyone, read)), false, []string{everyone}},
		{"Users may read (C:\\Users\\Public, a USB stick)", me, append(slices.Clone(profile), allow(users, read), allow(authd, 0x001301bf)), false, []string{users, authd}},
		{"GENERIC_READ counts", me, append(slices.Clone(profile), allow(bob, 0x80000000)), false, []string{bob}},
		{"WRITE_DAC lets one grant oneself read", me, append(slices.Clone(profile), allow(bob, writeDAC)), false, []string{bob}},
		{"execute or reading the ACL reveals nothing", me, append(slices.Clone(profile), allow(users, exec), allow(everyone, readACL)), false, nil},
		{"inherit-only entries are for new files, not this one", me,
			append(slices.Clone(profile), aclEntry{kind: aceAllow, sid: users, mask: full, inheritOnly: true}), false, nil},
		{"deny entries take nothing from the reckoning", me, append(slices.Clone(profile), aclEntry{kind: 1, sid: everyone, mask: full}), false, nil},
		{"a callback allow counts as an allow", me, append(slices.Clone(profile), aclEntry{kind: aceAllowCallback, sid: bob, mask: read}), false, []string{bob}},
		{"an object entry we cannot read is someone", me, append(slices.Clone(profile), aclEntry{kind: aceAllowObject, mask: read}), false, []string{"?"}},
		{"no access list at all", me, nil, true, []string{everyone}},
		{"an empty list lets nobody in", me, []aclEntry{}, false, nil},
		{"owned by someone else", bob, profile, false, []string{bob}},
		{"OWNER RIGHTS for someone else's file", bob, []aclEntry{allow(sidOwnerRights, full), allow(me, full)}, false, []string{bob}},
		{"OWNER RIGHTS for my file", me, []aclEntry{allow(sidOwnerRights, full)}, false, nil},
		{"one account listed once", me, append(slices.Clone(profile), allow(users, read), allow(users, full)), false, []string{users}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := aclExposure(c.owner, me, c.dacl, c.nullDACL)
			if !slices.Equal(got, c.want) {
				t.Errorf("aclExposure = %q, want %q", got, c.want)
			}
		})
	}
}

func TestICACLSFix(t *testing.T) {
	const me, bob = "S-1-5-21-1-2-3-1001", "S-1-5-21-1-2-3-1002"
	path := `C:\Users\Ada Lovelace\AppData\Roaming\gmailsetup\config.toml`
	got := icaclsFix(path, me, me, []string{"S-1-1-0", "?", "S-1-5-32-545"})
	want := `icacls "` + path + `" /inheritance:r /grant:r *` + me + `:F /remove:g *S-1-1-0 /remove:g *S-1-5-32-545`
	if got != want {
		t.Errorf("icaclsFix =\n %s\nwant\n %s", got, want)
	}
	got = icaclsFix(path, bob, me, []string{bob})
	want = `takeown /f "` + path + "\"\n  " + `icacls "` + path + `" /inheritance:r /grant:r *` + me + `:F /remove:g *` + bob
	if got != want {
		t.Errorf("icaclsFix for another's file =\n %s\nwant\n %s", got, want)
	}
}

func TestUnsafeErrorNamesWhoOnWindows(t *testing.T) {
	e := &UnsafeError{Path: `C:\x\config.toml`, Others: []string{`BUILTIN\Users`, "Everyone"}, Fix: "icacls …"}
	if got, want := e.Error(), `C:\x\config.toml holds an app password but BUILTIN\Users, Everyone may read or change it, so it is not used; fix with: icacls …`; got != want {
		t.Errorf("Error() = %q\nwant      %q", got, want)
	}
	if e.WrongOwner() {
		t.Error("WrongOwner on a Windows finding: the UI would print uids")
	}
}
