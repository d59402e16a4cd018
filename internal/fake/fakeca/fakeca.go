// Package fakeca makes the throwaway certificate authority of a fake
// server on loopback (fakegmail, fakegoogle): a CA and one leaf it signed,
// kept only in memory, so nothing is written to disk and nothing outlives
// the process. Clients trust the fake through Pool or CAPEM alone, never
// by switching verification off.
package fakeca

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"time"
)

// Authority is a CA and the leaf it signed.
type Authority struct {
	Pool  *x509.CertPool  // the CA alone, for clients' RootCAs
	Leaf  tls.Certificate // the leaf and the CA, for the server
	CAPEM []byte          // the CA, PEM-encoded, for programs run as children
}

// New makes a CA named after owner (the fake, which also prefixes errors)
// and a leaf for hosts: host names go into the leaf's DNS names, IP
// addresses into its IP addresses, and the first host is its common name.
// Both keys are ECDSA P-256; both certificates are valid from an hour
// before now (clock skew) for a day.
func New(now time.Time, owner string, hosts ...string) (*Authority, error) {
	if len(hosts) == 0 {
		return nil, fmt.Errorf("%s: a certificate needs at least one host", owner)
	}
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("%s: CA key: %w", owner, err)
	}
	caTmpl := &x509.Certificate{
		SerialNumber:          serial(),
		Subject:               pkix.Name{CommonName: owner + " throwaway CA"},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
		MaxPathLenZero:        true,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return nil, fmt.Errorf("%s: CA certificate: %w", owner, err)
	}
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		return nil, fmt.Errorf("%s: CA certificate: %w", owner, err)
	}

	leafKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("%s: leaf key: %w", owner, err)
	}
	leafTmpl := &x509.Certificate{
		SerialNumber: serial(),
		Subject:      pkix.Name{CommonName: hosts[0]},
		NotBefore:    now.Add(-time.Hour),
		NotAfter:     now.Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	for _, h := range hosts {
		if ip := net.ParseIP(h); ip != nil {
			leafTmpl.IPAddresses = append(leafTmpl.IPAddresses, ip)
		} else {
			leafTmpl.DNSNames = append(leafTmpl.DNSNames, h)
		}
	}
	leafDER, err := x509.CreateCertificate(rand.Reader, leafTmpl, ca, &leafKey.PublicKey, caKey)
	if err != nil {
		return nil, fmt.Errorf("%s: leaf certificate: %w", owner, err)
	}

	pool := x509.NewCertPool()
	pool.AddCert(ca)
	return &Authority{
		Pool:  pool,
		Leaf:  tls.Certificate{Certificate: [][]byte{leafDER, caDER}, PrivateKey: leafKey},
		CAPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}),
	}, nil
}

// ServerConfig is the TLS configuration of a listener serving the leaf.
// TLS 1.2 is the floor, as for Google's real services.
func (a *Authority) ServerConfig() *tls.Config {
	return &tls.Config{
		Certificates: []tls.Certificate{a.Leaf},
		MinVersion:   tls.VersionTLS12,
	}
}

func serial() *big.Int {
	n, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return n
}
