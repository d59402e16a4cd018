package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"slices"
	"testing"
	"time"
)

var (
	commitTime = time.Date(2026, 11, 27, 14, 53, 43, 0, time.UTC)
	sample     = []entry{
		{name: "gmailsetup", mode: 0o755, data: []byte("\x7fELF binary")},
		{name: "man/man1/gmailsetup.1", mode: 0o644, data: []byte(".TH GMAILSETUP 1\n")},
		{name: "README.md", mode: 0o644, data: []byte("# gmailsetup\n")},
		{name: "completions/_gmailsetup", mode: 0o644, data: []byte("#compdef gmailsetup\n")},
		{name: "man/it/man1/gmailsetup.1", mode: 0o644, data: []byte(".TH GMAILSETUP 1\n")},
	}
	wantOrder = []string{
		"g_1/", "g_1/README.md", "g_1/gmailsetup",
		"g_1/completions/", "g_1/completions/_gmailsetup",
		"g_1/man/", "g_1/man/it/", "g_1/man/it/man1/", "g_1/man/it/man1/gmailsetup.1",
		"g_1/man/man1/", "g_1/man/man1/gmailsetup.1",
	}
)

// TestPackIsReproducible: the same files give the same bytes, whatever
// order they come in and whatever the clock says.
func TestPackIsReproducible(t *testing.T) {
	for _, asZip := range []bool{false, true} {
		_, a, err := pack("g_1", asZip, sample, commitTime)
		if err != nil {
			t.Fatal(err)
		}
		reversed := slices.Clone(sample)
		slices.Reverse(reversed)
		_, b, err := pack("g_1", asZip, reversed, commitTime.In(time.FixedZone("CET", 3600)).Add(300*time.Millisecond))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("zip=%v: two packs of the same files differ", asZip)
		}
		_, c, _ := pack("g_1", asZip, sample, commitTime.Add(time.Second))
		if bytes.Equal(a, c) {
			t.Errorf("zip=%v: the time is not in the archive at all", asZip)
		}
	}
}

func TestTarGzHeaders(t *testing.T) {
	name, data, err := pack("g_1", false, sample, commitTime)
	if err != nil || name != "g_1.tar.gz" {
		t.Fatalf("pack = %q, %v", name, err)
	}
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if gz.Name != "" || !gz.ModTime.IsZero() || gz.OS != 255 {
		t.Errorf("gzip header carries name %q, time %v, OS %d", gz.Name, gz.ModTime, gz.OS)
	}
	tr := tar.NewReader(gz)
	var names []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
		if h.Uid != 0 || h.Gid != 0 || h.Uname != "" || h.Gname != "" || !h.ModTime.Equal(commitTime) {
			t.Errorf("%s: owner %d:%d %q:%q, time %v", h.Name, h.Uid, h.Gid, h.Uname, h.Gname, h.ModTime)
		}
		want := int64(0o644)
		switch {
		case h.Typeflag == tar.TypeDir:
			want = 0o755
		case h.Name == "g_1/gmailsetup":
			want = 0o755
		}
		if h.Mode != want {
			t.Errorf("%s: mode %o, want %o", h.Name, h.Mode, want)
		}
		if h.Name == "g_1/README.md" {
			if b, _ := io.ReadAll(tr); string(b) != "# gmailsetup\n" {
				t.Errorf("README.md holds %q", b)
			}
		}
	}
	if !slices.Equal(names, wantOrder) {
		t.Errorf("entries\n %q\nwant\n %q", names, wantOrder)
	}
}

func TestZipHeaders(t *testing.T) {
	name, data, err := pack("g_1", true, sample, commitTime)
	if err != nil || name != "g_1.zip" {
		t.Fatalf("pack = %q, %v", name, err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if !f.Modified.Equal(commitTime) {
			t.Errorf("%s: time %v", f.Name, f.Modified)
		}
		want := fs.FileMode(0o644)
		switch {
		case f.Mode().IsDir():
			want = 0o755 | fs.ModeDir
		case f.Name == "g_1/gmailsetup":
			want = 0o755
		}
		if f.Mode() != want {
			t.Errorf("%s: mode %v, want %v", f.Name, f.Mode(), want)
		}
	}
	if !slices.Equal(names, wantOrder) {
		t.Errorf("entries\n %q\nwant\n %q", names, wantOrder)
	}
}
