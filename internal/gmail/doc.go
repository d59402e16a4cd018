// Package gmail holds Gmail's rules: what an address and an app password
// look like, and which domains Google hosts. It is pure logic, shared by
// the interactive wizard and the non-interactive commands, so it imports
// neither Bubble Tea nor anything that does I/O.
package gmail
