//go:build linux || darwin || freebsd || netbsd || openbsd

package localnet

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// lockDir takes an exclusive lock for the network directory dir, so that
// two launchers never run (or reset) one network at once. The lock file sits
// beside dir (.<name>.lock), as a reset replaces dir itself. The returned
// function releases it.
func lockDir(dir string) (func(), error) {
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("localnet: creating %s: %w", parent, err)
	}
	path := filepath.Join(parent, "."+filepath.Base(dir)+".lock")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("localnet: opening lock file: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, fmt.Errorf("%w: %s (lock %s: %v)", ErrLocked, dir, path, err)
	}
	return func() { f.Close() }, nil // closing the file releases the lock
}
