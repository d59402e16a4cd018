// Package oauth signs a person in to Google with their own Desktop OAuth
// client, for Gmail's SMTP and IMAP with XOAUTH2 or OAUTHBEARER: it reads
// the client Google gave them, runs the installed-app flow (loopback
// redirect on 127.0.0.1, PKCE S256, a checked state), refreshes and revokes
// tokens, and explains Google's refusals as catalog keys.
//
// It draws nothing: the wizard, the plain mode and the commands show what it
// returns. Secrets travel as Secret, which never prints itself.
package oauth
