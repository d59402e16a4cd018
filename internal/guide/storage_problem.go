package guide

import (
	"errors"
	"fmt"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/safetext"
	"gmailsetup/internal/storage"
)

// Storage is the catalog key and arguments that explain a failure to read
// or write the saved setup, with the exact fix where there is one. ok is
// false for a failure with no text of its own; callers then show the
// error's details. The arguments are safe to print: paths (from --config,
// a link) go through safetext, and no value of the file is among them.
func Storage(err error) (key i18n.Key, args []any, ok bool) {
	key, args, ok = storageKey(err)
	for i, a := range args {
		if s, isStr := a.(string); isStr {
			args[i] = safetext.Clean(s)
		}
	}
	return key, args, ok
}

func storageKey(err error) (key i18n.Key, args []any, ok bool) {
	var (
		unsafe *storage.UnsafeError
		syntax *storage.SyntaxError
		config *storage.ConfigError
		link   *storage.LinkError
		owner  *storage.OwnerError
		large  *storage.TooLargeError
		loose  *storage.LooseFolderError
		file   *storage.FileError
	)
	switch {
	case err == nil:
		return "", nil, false
	case errors.As(err, &unsafe):
		if unsafe.WrongOwner() {
			return "store.unsafeOwner", []any{unsafe.Path}, true
		}
		return "store.unsafeMode", []any{unsafe.Path, unsafe.Fix}, true
	case errors.As(err, &syntax):
		return "store.syntax", []any{syntax.Path, syntax.Line}, true
	case errors.As(err, &config):
		where := config.Path
		if config.Line > 0 {
			where = fmt.Sprintf("%s:%d", config.Path, config.Line)
		}
		return ConfigProblem(config.Problem, "store.config."), []any{where}, true
	case errors.As(err, &owner):
		return Owner(owner)
	case errors.As(err, &loose):
		return "write.looseFolder", []any{loose.Path, fmt.Sprintf("%o", loose.Mode), storage.ShellQuote(loose.Path)}, true
	case errors.As(err, &large):
		return "write.tooLarge", []any{large.Path, large.Limit / 1024}, true
	case errors.As(err, &link):
		return "store.link", []any{link.Path, link.Target}, true
	case errors.Is(err, storage.ErrKeyringLocked):
		return "keyring.locked", nil, true
	case errors.Is(err, storage.ErrNoSessionBus):
		return "keyring.noSessionBus", nil, true
	case errors.Is(err, storage.ErrKeyringTimeout):
		return "store.keyringTimeout", nil, true
	case errors.Is(err, storage.ErrSecretMissing):
		return "store.secretMissing", nil, true
	case errors.Is(err, storage.ErrBusy):
		return "store.busy", nil, true
	case errors.Is(err, storage.ErrNotRegular) && errors.As(err, &file):
		return "store.notRegular", []any{file.Path}, true
	case errors.As(err, &file) && file.Op == storage.OpWrite:
		return "store.write", []any{file.Path, file.Folder()}, true
	case errors.As(err, &file) && file.Op == storage.OpMkdir:
		return "store.mkdir", []any{file.Folder(), storage.CommandQuote(file.Folder())}, true
	}
	return "", nil, false
}

// problemNames are the key suffixes of the problems an account can have.
var problemNames = map[storage.Problem]string{
	storage.ProblemNoEmail:        "noEmail",
	storage.ProblemBadText:        "badText",
	storage.ProblemDuplicateEmail: "duplicate",
	storage.ProblemBadSecretStore: "secretStore",
	storage.ProblemNoPassword:     "noPassword",
	storage.ProblemTooLarge:       "tooLarge",
	storage.ProblemBadAddress:     "badAddress",
	storage.ProblemBadPort:        "badPort",
	storage.ProblemBadPassword:    "badPassword",
	storage.ProblemBadHost:        "badHost",
}

// ConfigProblem is the catalog key prefix+name of problem p ("other" for
// one without a text of its own).
func ConfigProblem(p storage.Problem, prefix string) i18n.Key {
	name, ok := problemNames[p]
	if !ok {
		name = "other"
	}
	return i18n.Key(prefix + name)
}

// syntaxNames are the key suffixes of the kinds of syntax error.
var syntaxNames = map[storage.SyntaxKind]string{
	storage.SyntaxNotClosed: "notClosed",
	storage.SyntaxBadValue:  "badValue",
	storage.SyntaxWrongType: "wrongType",
	storage.SyntaxDuplicate: "duplicate",
	storage.SyntaxEscape:    "escape",
	storage.SyntaxDate:      "date",
	storage.SyntaxRange:     "range",
	storage.SyntaxBadText:   "badText",
	storage.SyntaxBadKey:    "badKey",
	storage.SyntaxKeyCase:   "keyCase",
}

// SyntaxKind is the catalog key that says what is wrong on a line that is
// not valid TOML.
func SyntaxKind(k storage.SyntaxKind) i18n.Key {
	name, ok := syntaxNames[k]
	if !ok {
		name = "other"
	}
	return i18n.Key("cmd.syntax." + name)
}
