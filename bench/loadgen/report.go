package loadgen

import (
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"text/tabwriter"
	"time"
)

// progressBarWidth is the number of cells of the progress bar.
const progressBarWidth = 30

// Percentile returns the p-quantile (0 < p ≤ 1) of sorted by the
// nearest-rank method; zero for no samples.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p * float64(len(sorted))))
	rank = min(max(rank, 1), len(sorted))
	return sorted[rank-1]
}

// TerminalProgress returns os.Stderr when it is a terminal, for
// Config.Progress, and nil otherwise (a log file gets no progress bar).
func TerminalProgress() io.Writer {
	fi, err := os.Stderr.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return os.Stderr
}

// progress is one state of a run, drawn as a progress line.
type progress struct {
	elapsed, total           time.Duration
	sent, included, rejected int
}

// String draws the progress bar and counters.
func (p progress) String() string {
	frac := 0.0
	if p.total > 0 {
		frac = min(float64(p.elapsed)/float64(p.total), 1)
	}
	filled := int(frac * progressBarWidth)
	rate := 0.0
	if s := p.elapsed.Seconds(); s > 0 {
		rate = float64(p.included) / s
	}
	return fmt.Sprintf("[%s%s] %3.0f%% %5.1fs  sent %d  included %d (%.0f tx/s)  rejected %d",
		strings.Repeat("#", filled), strings.Repeat(".", progressBarWidth-filled), frac*100,
		p.elapsed.Seconds(), p.sent, p.included, rate, p.rejected)
}

// WriteTable writes results as an aligned text table, one row per result
// under its label.
func WriteTable(w io.Writer, labels []string, results []*Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "run\tsent\tincluded\tlost\trejected\tblocks\tsent tx/s\tincluded tx/s\tp50\tp99\tmax\tsend call p50\tp99\t")
	for i, r := range results {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%.0f\t%.0f\t%s\t%s\t%s\t%s\t%s\t\n", labels[i], r.Sent, r.Included,
			r.Lost, r.Rejected, r.Blocks, r.SendRate, r.Throughput, ms(r.P50), ms(r.P99), ms(r.Max), ms(r.SendP50), ms(r.SendP99))
	}
	return tw.Flush()
}

// ms formats d in milliseconds, to a tenth.
func ms(d time.Duration) string {
	return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
}
