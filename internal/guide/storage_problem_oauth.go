package guide

import "gmailsetup/internal/storage"

// The problems of a saved Google sign-in (storage/oauth.go), in a file of
// their own so the two lists grow without touching each other.
func init() {
	for p, name := range map[storage.Problem]string{
		storage.ProblemBadAuth:        "badAuth",
		storage.ProblemNoClientID:     "noClientID",
		storage.ProblemBadClientID:    "badClientID",
		storage.ProblemNoRefreshToken: "noRefreshToken",
		storage.ProblemNoClientSecret: "noClientSecret",
		storage.ProblemBadOAuthSecret: "badOAuthSecret",
		storage.ProblemStraySecret:    "straySecret",
	} {
		problemNames[p] = name
	}
}
