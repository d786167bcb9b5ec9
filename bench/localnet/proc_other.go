//go:build !linux

package localnet

import "syscall"

// childAttr returns nil: only Linux has a parent-death signal, and the
// process-group field is not portable. Ctrl-C on a terminal then reaches the
// nodes directly as well, which shut down on it.
func childAttr() *syscall.SysProcAttr {
	return nil
}
