//go:build windows

package safefile

import "golang.org/x/sys/windows"

// RestrictToOwner gives path an access list of its own with one entry: the
// person, full control. It is protected, so nothing the folder passes down
// (Users, Everyone, a backup tool's group) is added to it: the file is
// private by construction, not by where it happens to be. A folder's entry
// is inherited by what is created in it. SYSTEM and Administrators are not
// named: they can take any file anyway, and storage.checkPrivate trusts them.
func RestrictToOwner(path string, folder bool) error {
	user, err := windows.GetCurrentProcessToken().GetTokenUser()
	if err != nil {
		return err
	}
	inherit := uint32(windows.NO_INHERITANCE)
	if folder {
		inherit = windows.SUB_CONTAINERS_AND_OBJECTS_INHERIT
	}
	acl, err := windows.ACLFromEntries([]windows.EXPLICIT_ACCESS{{
		AccessPermissions: windows.GENERIC_ALL,
		AccessMode:        windows.SET_ACCESS,
		Inheritance:       inherit,
		Trustee: windows.TRUSTEE{
			TrusteeForm:  windows.TRUSTEE_IS_SID,
			TrusteeType:  windows.TRUSTEE_IS_USER,
			TrusteeValue: windows.TrusteeValueFromSID(user.User.Sid),
		},
	}}, nil)
	if err != nil {
		return err
	}
	return windows.SetNamedSecurityInfo(path, windows.SE_FILE_OBJECT,
		windows.DACL_SECURITY_INFORMATION|windows.PROTECTED_DACL_SECURITY_INFORMATION, nil, nil, acl, nil)
}
