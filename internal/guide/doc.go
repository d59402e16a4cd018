// Package guide is the Italian help guide as data and functions, with no
// user interface: the steps, the answers, the order of the steps with every
// jump between them, what each step asks and how an answer is checked, and
// the work behind the steps (the MX look-up, opening a page, the test mail,
// saving, verifying, reading the saved setup back) over injected
// dependencies. The Bubble Tea wizard (steps/, wizard/) and the plain-prompt
// mode (accessible/) are two faces of it: neither restates the order, a
// check or a text. It never imports Bubble Tea (architecture_test.go).
package guide
