package steps

// Linker is a step that shows a link to open. The wizard, not each step,
// offers to copy it (y) and to draw it as a QR code (r), for a person whose
// browser is on another computer or on their phone (SSH, a server console).
type Linker interface {
	// CurrentURL is the link the step shows now; "" when it shows none.
	CurrentURL() string
}
