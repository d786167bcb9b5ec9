package loadgen

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// ErrNoPeakRSS is returned when a process status has no VmHWM line.
var ErrNoPeakRSS = errors.New("loadgen: no VmHWM in process status")

// PeakRSS returns the peak resident set size of process pid in bytes, from
// the VmHWM line of /proc/<pid>/status (Linux only). The process must still
// be running.
func PeakRSS(pid int) (uint64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, fmt.Errorf("loadgen: peak RSS of %d: %w", pid, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:")
		if !ok {
			continue
		}
		kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		if err != nil {
			return 0, fmt.Errorf("loadgen: peak RSS of %d: %w", pid, err)
		}
		return kb << 10, nil
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("loadgen: peak RSS of %d: %w", pid, err)
	}
	return 0, fmt.Errorf("%w: %d", ErrNoPeakRSS, pid)
}
