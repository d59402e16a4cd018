//go:build !unix

package known

const nonBlock = 0
