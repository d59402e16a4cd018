//go:build pins

// Temporary while the packages that use them are being written in
// parallel: keeps these modules in go.mod through go mod tidy.
package main

import (
	_ "github.com/BurntSushi/toml"
	_ "github.com/charmbracelet/x/exp/golden"
	_ "github.com/charmbracelet/x/exp/teatest/v2"
	_ "github.com/creack/pty"
	_ "github.com/emersion/go-imap/v2"
	_ "github.com/emersion/go-imap/v2/imapclient"
	_ "github.com/emersion/go-imap/v2/imapserver"
	_ "github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	_ "github.com/emersion/go-message"
	_ "github.com/emersion/go-sasl"
	_ "github.com/emersion/go-smtp"
	_ "github.com/pkg/browser"
	_ "github.com/spf13/cobra"
	_ "github.com/zalando/go-keyring"
)
