package localnet

import "syscall"

// childAttr puts a node in its own process group, so that a Ctrl-C on the
// terminal reaches only the launcher (which then stops the nodes in order),
// and has the kernel kill it if the launcher dies without stopping it.
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
