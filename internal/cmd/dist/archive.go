package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"
)

// entry is one file of an archive. name is slash-separated, relative to the
// archive's top folder.
type entry struct {
	name string
	mode int64 // 0o755 or 0o644
	data []byte
}

// pack writes files into one archive under the folder base: a .zip when
// asZip, else a .tar.gz. Everything the formats would take from the machine
// is fixed instead: the order (by name, folders first where they appear),
// the times (mtime), the owner (0:0, no names), the modes, and gzip's header
// (no name, no time). It returns the file name and the bytes.
func pack(base string, asZip bool, files []entry, mtime time.Time) (string, []byte, error) {
	mtime = mtime.UTC().Truncate(time.Second)
	files = slices.Clone(files)
	slices.SortFunc(files, func(a, b entry) int { return strings.Compare(a.name, b.name) })
	var buf bytes.Buffer
	if asZip {
		err := writeZip(&buf, base, files, mtime)
		return base + ".zip", buf.Bytes(), err
	}
	err := writeTarGz(&buf, base, files, mtime)
	return base + ".tar.gz", buf.Bytes(), err
}

// folders lists every folder the files need, each before its contents,
// starting with base itself.
func folders(base string, files []entry) []string {
	seen := map[string]bool{}
	var dirs []string
	var add func(string)
	add = func(d string) {
		if d == "." || seen[d] {
			return
		}
		add(path.Dir(d))
		seen[d] = true
		dirs = append(dirs, d)
	}
	add(base)
	for _, f := range files {
		add(path.Join(base, path.Dir(f.name)))
	}
	return dirs
}

// item is one entry of the archive: a folder or a file, by its full name.
type item struct {
	name string
	dir  bool
	file entry
}

// ordered is the archive's sequence: each folder, then the files directly in
// it, so an extractor never meets a file before its folder.
func ordered(base string, files []entry) []item {
	var seq []item
	for _, d := range folders(base, files) {
		seq = append(seq, item{name: d, dir: true})
		for _, f := range files {
			if full := path.Join(base, f.name); path.Dir(full) == d {
				seq = append(seq, item{name: full, file: f})
			}
		}
	}
	return seq
}

func writeTarGz(w io.Writer, base string, files []entry, mtime time.Time) error {
	gz, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	// gzip.Header's zero value: no name, MTIME 0, OS "unknown".
	tw := tar.NewWriter(gz)
	for _, e := range ordered(base, files) {
		h := &tar.Header{Name: e.name, ModTime: mtime, Format: tar.FormatPAX}
		if e.dir {
			h.Typeflag, h.Name, h.Mode = tar.TypeDir, e.name+"/", 0o755
		} else {
			h.Typeflag, h.Mode, h.Size = tar.TypeReg, e.file.mode, int64(len(e.file.data))
		}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if !e.dir {
			if _, err := tw.Write(e.file.data); err != nil {
				return err
			}
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

func writeZip(w io.Writer, base string, files []entry, mtime time.Time) error {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestCompression)
	})
	for _, e := range ordered(base, files) {
		h := &zip.FileHeader{Name: e.name, Modified: mtime, Method: zip.Deflate}
		if e.dir {
			h.Name, h.Method = e.name+"/", zip.Store
			h.SetMode(0o755 | fs.ModeDir)
		} else {
			h.SetMode(fs.FileMode(e.file.mode))
		}
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if !e.dir {
			if _, err := fw.Write(e.file.data); err != nil {
				return err
			}
		}
	}
	return zw.Close()
}
