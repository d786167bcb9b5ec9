package localnet

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// logTailLines is how many log lines an error or exit report quotes.
const logTailLines = 20

// logTailBytes bounds how much of a log file logTail reads.
const logTailBytes = 64 << 10

// process is one run of a node's `xiang node` child.
type process struct {
	cmd  *exec.Cmd
	done chan struct{} // closed once the process has exited and been reaped
	err  error         // exit status; set before done is closed

	// ready is set once the node served JSON-RPC: an exit after that is
	// reported through Options.OnExit, one before it by whoever waits.
	ready atomic.Bool
	// deliberate is set before the Network signals the process itself, so
	// that its exit is not reported as unexpected.
	deliberate atomic.Bool
}

// spawnLocked starts node i's process with its output appended to its log
// file, records it and watches for its exit. n.mu must be held.
func (n *Network) spawnLocked(i int) (*process, error) {
	nd := n.node(i, 0)
	logFile, err := os.OpenFile(nd.Log, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("localnet: %s: opening log: %w", nd.Name, err)
	}
	var args []string
	if n.opts.Verbosity != "" {
		args = append(args, "--verbosity", n.opts.Verbosity)
	}
	args = append(args, "node", "--config", nd.Config)
	cmd := exec.Command(n.opts.Binary, args...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = childAttr()
	fmt.Fprintf(logFile, "==== localnet %s: %s %s\n", time.Now().Format(time.RFC3339), n.opts.Binary, strings.Join(args, " "))

	p := &process{cmd: cmd, done: make(chan struct{})}
	started := make(chan error, 1)
	go func() {
		// The child is started and reaped on one locked OS thread, kept
		// alive while it runs: on Linux the child's parent-death signal
		// fires when the thread that started it exits (see childAttr).
		runtime.LockOSThread()
		if err := cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		waitErr := cmd.Wait()
		n.exited(i, p, waitErr)
		// Returning while locked ends the thread, now that no child of
		// it is left.
	}()
	err = <-started
	logFile.Close() // the child holds its own descriptor
	if err != nil {
		return nil, fmt.Errorf("localnet: starting %s: %w", nd.Name, err)
	}
	n.procs[i] = p
	return p, nil
}

// exited records that node i's process p has exited with waitErr and
// reports an unexpected exit.
func (n *Network) exited(i int, p *process, waitErr error) {
	p.err = waitErr
	n.mu.Lock()
	if n.procs[i] == p {
		n.procs[i] = nil
	}
	nd := n.node(i, 0)
	n.mu.Unlock()
	close(p.done)
	if p.ready.Load() && !p.deliberate.Load() && n.opts.OnExit != nil {
		go n.opts.OnExit(nd, exitError(waitErr))
	}
}

// exitError describes how a process ended; a clean exit is still an error
// for a node nobody asked to stop.
func exitError(waitErr error) error {
	if waitErr == nil {
		return fmt.Errorf("exited with status 0")
	}
	return waitErr
}

// stopProcess sends SIGTERM to p and waits for it to exit, killing it after
// timeout (then it returns ErrStopTimeout).
func stopProcess(p *process, timeout time.Duration) error {
	p.deliberate.Store(true)
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil && !errors.Is(err, os.ErrProcessDone) {
		p.cmd.Process.Kill()
		<-p.done
		return fmt.Errorf("sending SIGTERM: %w", err)
	}
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case <-p.done:
		return nil
	case <-timer.C:
	}
	p.cmd.Process.Kill()
	<-p.done
	return fmt.Errorf("%w after %v", ErrStopTimeout, timeout)
}

// logTail returns the last lines of a log file, for error reports.
func logTail(path string, lines int) string {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Sprintf("(log unreadable: %v)", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fmt.Sprintf("(log unreadable: %v)", err)
	}
	offset := max(0, info.Size()-logTailBytes)
	buf := make([]byte, info.Size()-offset)
	if _, err := f.ReadAt(buf, offset); err != nil {
		return fmt.Sprintf("(log unreadable: %v)", err)
	}
	all := bytes.Split(bytes.TrimRight(buf, "\n"), []byte("\n"))
	return string(bytes.Join(all[max(0, len(all)-lines):], []byte("\n")))
}
