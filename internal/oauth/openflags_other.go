//go:build !unix

package oauth

const openFlags = 0
