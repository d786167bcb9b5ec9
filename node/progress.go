package node

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progressRedraw is how often a progress bar is redrawn at most.
const progressRedraw = 200 * time.Millisecond

// progressWidth is the number of cells in the bar.
const progressWidth = 30

// progress draws a one-line progress bar for long work (import, export) on
// a terminal. On anything else it stays silent: the log says what happened.
type progress struct {
	w     io.Writer // nil: draw nothing
	label string
	unit  string
	total int64 // 0: unknown, show a count only
	done  int64
	start time.Time
	drawn time.Time
}

func newProgress(w io.Writer, label, unit string, total int64) *progress {
	return &progress{w: w, label: label, unit: unit, total: total, start: time.Now()}
}

// Set records how much is done and redraws if it is time to.
func (p *progress) Set(done int64) {
	p.done = done
	if p.w == nil || time.Since(p.drawn) < progressRedraw {
		return
	}
	p.drawn = time.Now()
	fmt.Fprint(p.w, "\r"+p.line())
}

// Finish draws the final state and ends the line.
func (p *progress) Finish() {
	if p.w == nil {
		return
	}
	fmt.Fprint(p.w, "\r"+p.line()+"\n")
}

// line renders the bar, e.g. "import [=========>    ] 68%  1.2 GiB of 1.8 GiB  40 MiB/s".
func (p *progress) line() string {
	elapsed := time.Since(p.start).Seconds()
	rate := ""
	if elapsed > 0 {
		rate = p.format(int64(float64(p.done)/elapsed)) + "/s"
	}
	if p.total <= 0 {
		return fmt.Sprintf("%s  %s  %s", p.label, p.format(p.done), rate)
	}
	frac := min(float64(p.done)/float64(p.total), 1)
	full := int(frac * progressWidth)
	bar := strings.Repeat("=", full)
	if full < progressWidth {
		bar += ">" + strings.Repeat(" ", progressWidth-full-1)
	}
	return fmt.Sprintf("%s [%s] %3.0f%%  %s of %s  %s", p.label, bar, frac*100, p.format(p.done), p.format(p.total), rate)
}

func (p *progress) format(n int64) string {
	if p.unit != "B" {
		return fmt.Sprintf("%d %s", n, p.unit)
	}
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n += int64(n)
	return n, err
}
