package guide

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gmailsetup/internal/i18n"
	"gmailsetup/internal/oauth"
	"gmailsetup/internal/storage"
	"gmailsetup/mailer"
)

// Google is Google's OAuth service as the guide uses it: a sign-in, and
// fresh access tokens for a saved one.
type Google interface {
	Start(ctx context.Context, c oauth.Client, opts oauth.SignInOptions) (*oauth.Session, error)
	Refresh(ctx context.Context, c oauth.Client, refresh oauth.Secret) (oauth.Token, error)
}

// Consenter is a Google that can press "Allow" for the person: the demo's
// (fakegoogle.Approve), for a demo run with no browser.
type Consenter interface {
	Approve(ctx context.Context, authURL string) error
}

// GoogleService is package oauth's Service as a Google.
type GoogleService struct{ oauth.Service }

// Start is oauth.Start with the service.
func (g GoogleService) Start(ctx context.Context, c oauth.Client, opts oauth.SignInOptions) (*oauth.Session, error) {
	return oauth.Start(ctx, g.Service, c, opts)
}

// OAuthStore is the part of the store that keeps a Google sign-in.
// *storage.Store has it; a Store without it cannot save one.
type OAuthStore interface {
	SaveOAuth(acct storage.Account, sec storage.OAuthSecrets, allowFile bool) (storage.Where, error)
	ReplaceOAuth(acct storage.Account, sec storage.OAuthSecrets, allowFile bool) (storage.Where, error)
	OAuthSecrets(email string) (storage.Account, storage.OAuthSecrets, error)
}

var _ OAuthStore = (*storage.Store)(nil)

// errNoOAuthStore is a store that cannot keep a Google sign-in.
var errNoOAuthStore = errors.New("this store cannot save a Google sign-in")

func (t Tasks) google() Google {
	if t.Deps.Google == nil {
		return GoogleService{}
	}
	return t.Deps.Google
}

// CanConsent reports whether the guide's Google can press "Allow" by
// itself (the demo's).
func (t Tasks) CanConsent() bool {
	_, ok := t.google().(Consenter)
	return ok
}

// Consent presses "Allow" on authURL, on the demo's Google.
func (t Tasks) Consent(ctx context.Context, authURL string) error {
	c, ok := t.google().(Consenter)
	if !ok {
		return errors.New("this Google cannot consent by itself")
	}
	return c.Approve(ctx, authURL)
}

// DownloadsDir is where the client's JSON is looked for.
func (t Tasks) DownloadsDir() string {
	if t.Deps.Downloads != "" {
		return t.Deps.Downloads
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, "Downloads")
}

// FoundClient is the newest client file in Downloads, if there is one.
type FoundClient struct {
	Path     string
	Modified time.Time
}

// FindClient looks for the newest client_secret_*.json in Downloads.
func (t Tasks) FindClient() (FoundClient, bool) {
	dir := t.DownloadsDir()
	if dir == "" {
		return FoundClient{}, false
	}
	path, err := oauth.FindNewest(dir)
	if err != nil {
		return FoundClient{}, false
	}
	var mod time.Time
	if info, err := os.Lstat(path); err == nil {
		mod = info.ModTime()
	}
	return FoundClient{Path: path, Modified: mod}, true
}

// ReadClient reads a client file at a found or typed path; a typed "~/"
// is the home folder, and quotes a file manager adds are dropped.
func (t Tasks) ReadClient(path string) (oauth.Client, error) {
	return oauth.ReadClientFile(ExpandPath(path))
}

// FileName is how a found client file is named in a menu: its name only
// (the folder is said above it), shortened in the middle if need be, since
// Google's names hold the whole client ID.
func FileName(path string) string {
	r := []rune(Clip(filepath.Base(path), 200))
	if len(r) <= 44 {
		return string(r)
	}
	return string(r[:24]) + "…" + string(r[len(r)-19:])
}

// ExpandPath is a typed path as the system means it: spaces and quotes
// around it dropped, "~/" the home folder.
func ExpandPath(p string) string {
	p = strings.Trim(strings.TrimSpace(p), `"'`)
	if p == "~" || strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			p = filepath.Join(home, strings.TrimPrefix(p[1:], "/"))
		}
	}
	return p
}

// SignIn starts a sign-in for email with client: the browser opens on
// Google's page through Open (so within its time limit), and the page
// after it speaks cat's language. The session must be waited for or
// closed.
func (t Tasks) SignIn(ctx context.Context, email string, client oauth.Client, cat i18n.Catalog) (*oauth.Session, error) {
	opts := oauth.SignInOptions{Address: email, Catalog: cat, Timeout: t.Timeouts.orDefault().SignIn}
	if t.Deps.Opener != nil {
		opts.Opener = oauth.OpenerFunc(t.Open)
	}
	return t.google().Start(ctx, client, opts)
}

// SavedClient is the Desktop client of a saved Google sign-in, for signing
// in again.
func (t Tasks) SavedClient(email string) (oauth.Client, error) {
	store, ok := t.Deps.Store.(OAuthStore)
	if !ok {
		return oauth.Client{}, errNoOAuthStore
	}
	acct, sec, err := store.OAuthSecrets(email)
	if err != nil {
		return oauth.Client{}, err
	}
	return oauth.Client{ID: acct.ClientID, Secret: oauth.NewSecret(sec.ClientSecret)}, nil
}

// MailAccount is the mailer's account for the answers: the app password,
// or for a Google sign-in a token hook that gives the access token of the
// sign-in while it lasts, then refreshes it.
func (t Tasks) MailAccount(a *Answers) mailer.Account {
	if !a.OAuth() {
		return mailer.Account{Email: a.Email(), Password: a.Password()}
	}
	return mailer.Account{Email: a.Email(), Token: t.grantToken(a.Client(), a.Grant())}
}

func (t Tasks) grantToken(c oauth.Client, g oauth.Grant) mailer.TokenFunc {
	google, now := t.google(), t.Deps.Now
	return func(ctx context.Context) (string, error) {
		if !g.Access.Empty() && now().Add(time.Minute).Before(g.Expiry) {
			return g.Access.Reveal(), nil
		}
		tok, err := google.Refresh(ctx, c, g.Refresh)
		if err != nil {
			return "", err
		}
		return tok.Access.Reveal(), nil
	}
}

// TestSendAs sends msg as acct (MailAccount of the answers).
func (t Tasks) TestSendAs(ctx context.Context, acct mailer.Account, msg mailer.Message, progress func(mailer.Phase)) (mailer.Result, error) {
	if t.Deps.Sender == nil {
		return mailer.Result{}, errNoSender
	}
	return t.Deps.Sender.Send(ctx, acct, msg, progress)
}

// Refresher turns a Google sign-in's refresh token into an access token.
type Refresher interface {
	Refresh(ctx context.Context, c oauth.Client, refresh oauth.Secret) (oauth.Token, error)
}

// SavedMailAccount reads a saved account back as a program would: its app
// password, or its Google sign-in (refreshed by g while the mailer
// connects). The wizard's check and the commands read it the same way.
func SavedMailAccount(store Store, acct storage.Account, g Refresher) (mailer.Account, error) {
	if !acct.IsOAuth() {
		secret, err := store.Secret(acct.Email)
		if err != nil {
			return mailer.Account{}, err
		}
		return mailer.Account{Email: acct.Email, Password: secret}, nil
	}
	oauthStore, ok := store.(OAuthStore)
	if !ok {
		return mailer.Account{}, errNoOAuthStore
	}
	saved, sec, err := oauthStore.OAuthSecrets(acct.Email)
	if err != nil {
		return mailer.Account{}, err
	}
	c := oauth.Client{ID: saved.ClientID, Secret: oauth.NewSecret(sec.ClientSecret)}
	return mailer.Account{Email: acct.Email, Token: TokenHook(g, c, oauth.NewSecret(sec.RefreshToken))}, nil
}

// TokenHook is the mailer's Token for a Google sign-in: each call
// refreshes the access token, while the mailer is still connecting.
func TokenHook(g Refresher, c oauth.Client, refresh oauth.Secret) mailer.TokenFunc {
	return func(ctx context.Context) (string, error) {
		tok, err := g.Refresh(ctx, c, refresh)
		if err != nil {
			return "", err
		}
		return tok.Access.Reveal(), nil
	}
}

// savedMailAccount is SavedMailAccount with the guide's store and Google.
func (t Tasks) savedMailAccount(acct storage.Account) (mailer.Account, error) {
	return SavedMailAccount(t.Deps.Store, acct, t.google())
}

// saveOAuth is Save for a Google sign-in.
func (t Tasks) saveOAuth(a Answers, allowFile bool) (storage.Where, error) {
	store, ok := t.Deps.Store.(OAuthStore)
	if !ok {
		return storage.Where{}, errNoOAuthStore
	}
	save := store.SaveOAuth
	if a.ReplaceBroken() {
		save = store.ReplaceOAuth
	}
	now := t.Deps.Now()
	acct := SavedAccount(&a, "", now)
	acct.AppPasswordLabel, acct.AppPasswordCreated = "", time.Time{}
	acct.Auth, acct.ClientID, acct.SignedIn, acct.AppPublished = storage.AuthOAuth, a.Client().ID, now, a.Published()
	g := a.Grant()
	return save(acct, storage.OAuthSecrets{RefreshToken: g.Refresh.Reveal(), ClientSecret: a.Client().Secret.Reveal()}, allowFile)
}

// GoogleProblem explains a refusal from Google or a bad client, file or
// pasted address (an *oauth.Error), in plain words with its fix; ok is
// false for any other error.
func GoogleProblem(err error) (what, todo Message, ok bool) {
	var oe *oauth.Error
	if !errors.As(err, &oe) {
		return Message{}, Message{}, false
	}
	args := make([]any, len(oe.Args))
	for i, a := range oe.Args {
		if s, isStr := a.(string); isStr {
			a = Clip(s, 64)
		}
		args[i] = a
	}
	return Msg(oe.What, args...), Msg(oe.Todo), true
}

// Cancelled reports whether err is a sign-in the person stopped.
func Cancelled(err error) bool {
	var oe *oauth.Error
	return errors.As(err, &oe) && oe.Code == oauth.CodeCancelled
}

// ClientWay is one way of giving the client to the guide.
type ClientWay int

// The ways, in menu order (the found file first when there is one).
const (
	ClientFound  ClientWay = iota // the newest client_secret_*.json in Downloads
	ClientTyped                   // a path typed
	ClientPasted                  // the client ID and secret, pasted
)

// ClientWays are the choices of the client step.
func ClientWays(found bool) []ClientWay {
	if found {
		return []ClientWay{ClientFound, ClientTyped, ClientPasted}
	}
	return []ClientWay{ClientTyped, ClientPasted}
}

// Key is the catalog key of a way; the found one names the file and its
// date (arguments %s %s).
func (w ClientWay) Key() i18n.Key {
	return [...]i18n.Key{"oauthui.client.optFound", "oauthui.client.optPath", "oauthui.client.optPaste"}[w]
}

// Option is how way w is offered. The found file is named by name (each
// face shows its path its own way) with the time it was saved, written as
// the person's language writes dates.
func (w ClientWay) Option(name string, found FoundClient) Message {
	if w == ClientFound {
		return Msg(w.Key(), name, DateTime(found.Modified))
	}
	return Msg(w.Key())
}

// PublishChoice is an answer to "did you publish the app?".
type PublishChoice struct {
	Key       i18n.Key
	Published bool // no 7-day end: In production, or Internal
}

// PublishMenu asks whether the app is published: a Workspace address may
// have made it Internal, which has no 7-day end either.
func PublishMenu(kind AccountKind) []PublishChoice {
	m := []PublishChoice{{"oauthui.console.optPublished", true}}
	if kind != KindPersonal {
		m = append(m, PublishChoice{"oauthui.console.optInternal", true})
	}
	return append(m, PublishChoice{"oauthui.console.optTesting", false})
}

// The sign-in's menus.
var (
	// SignInFailedMenu follows a refused, stopped or timed-out sign-in.
	SignInFailedMenu = []Option{
		{Key: "oauthui.signin.optAgain", Stay: true},
		{Key: "oauthui.signin.optClient", Act: OtherClient},
		{Key: "oauthui.signin.optQuit", Act: Quit},
	}
	// OAuthTestFailedMenu follows a failed test mail with a Google sign-in.
	OAuthTestFailedMenu = []Option{
		{Key: "oauthui.test.optSignIn", Act: SignInAgain},
		{Key: "test.choice.retry", Stay: true},
		{Key: "test.choice.quit", Act: Quit},
	}
	// useOAuthOption is offered after Gmail refused an app password of a
	// Workspace address, whose admin may have turned them off.
	useOAuthOption = Option{Key: "oauthui.useOAuth", Act: UseOAuth}
)

// TestFailedMenuFor is the menu after a failed test mail: the Google
// sign-in's own, or the app password's, with "use Google sign-in
// instead" when Gmail refused the app password (534, 535) of a Workspace
// address.
func TestFailedMenuFor(a *Answers, err error) []Option {
	if a.OAuth() {
		return OAuthTestFailedMenu
	}
	base := TestFailedOptions(err) // without "save untested" after a definite no
	k := mailer.KindOf(err)
	if a.Kind() != KindWorkspace || (k != mailer.KindBadCredentials && k != mailer.KindNeedAppPassword) {
		return base
	}
	n := len(base)
	out := append([]Option{}, base[:n-1]...)
	return append(append(out, useOAuthOption), base[n-1])
}

// ConsoleNotes are what the person should know before signing in: the
// "unverified app" screen is expected, and a Testing app ends after 7
// days. appName is the app's name they gave.
func ConsoleNotes(appName string) []Message {
	return []Message{Msg("oauth.console.unverified", appName), Msg("oauth.console.testing7days")}
}

// ConsentKey asks whether the secret may go in the file, naming it: the
// app password, or the Google sign-in. base is NoKeyring's key.
func ConsentKey(a *Answers, base i18n.Key) i18n.Key {
	if !a.OAuth() {
		return base
	}
	return "oauthui." + base
}

// SecretWhere says where the secret went: the keyring or the file.
func SecretWhere(a *Answers, keyring bool) i18n.Key {
	key := i18n.Key("save.secretFile")
	if keyring {
		key = "save.secretKeyring"
	}
	if a.OAuth() {
		return "oauthui." + key
	}
	return key
}

// PhaseKey names a phase of the test mail: signing in is with the app
// password, or with Google's access token.
func PhaseKey(a *Answers, p mailer.Phase) i18n.Key {
	if p == mailer.PhaseSigningIn && a.OAuth() {
		return "oauthcmd.phase.signingIn"
	}
	return Phase(p)
}

// EndNote is what the end says about a Google sign-in: for an app still in
// Testing, the day it stops working and how to avoid it; zero otherwise.
func EndNote(a *Answers, now time.Time) Message {
	if !a.OAuth() || a.Published() {
		return Message{}
	}
	return Msg("oauthui.save.testingEnd", now.Add(storage.TestingLifetime).Local().Format("2006-01-02"), a.Email())
}

// VerifyFailedMenuFor is VerifyFailedMenu, whose "paste again" is "sign in
// with Google again" for a Google sign-in (Next leads it there).
func VerifyFailedMenuFor(a *Answers) []Option {
	if !a.OAuth() {
		return VerifyFailedMenu
	}
	out := append([]Option(nil), VerifyFailedMenu...)
	for i, o := range out {
		if o.Act == PasteAgain {
			out[i].Key = "oauthui.save.choice.signIn"
		}
	}
	return out
}
