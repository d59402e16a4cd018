package demo

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// folderPrefix names the demo's temporary folders; pidFile, inside one,
// holds the process id of the demo that made it.
const (
	folderPrefix = "gmailsetup-demo-"
	pidFile      = "demo.pid"
)

// markFolder writes the demo's process id into dir, so that a later demo
// can tell the folder of a demo that died (SIGKILL, a power cut) from the
// folder of one that is running.
func markFolder(dir string) error {
	return os.WriteFile(filepath.Join(dir, pidFile), []byte(strconv.Itoa(os.Getpid())), 0o600)
}

// sweep removes, from tmp, the folders that dead demos left behind, with
// the client-secret file in them. Only what is surely one is removed: a
// real folder (not a link) named as the demo names them, owned by this
// user, whose marker is a regular file naming a process that is gone. A
// running demo's folder, a folder without a marker and anything of
// someone else's stay. Errors are ignored: the sweep is a courtesy.
func sweep(tmp string) {
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), folderPrefix) {
			continue
		}
		dir := filepath.Join(tmp, e.Name())
		st, err := os.Lstat(dir)
		if err != nil || !st.IsDir() || !ownedByMe(st) {
			continue
		}
		marker := filepath.Join(dir, pidFile)
		mst, err := os.Lstat(marker)
		if err != nil || !mst.Mode().IsRegular() || !ownedByMe(mst) || mst.Size() > 32 {
			continue
		}
		data, err := os.ReadFile(marker)
		if err != nil {
			continue
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
		if err != nil || pid <= 0 || pid == os.Getpid() || processAlive(pid) {
			continue
		}
		os.RemoveAll(dir) // removes links inside, never what they point to
	}
}
