package loadgen

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults of Config.
const (
	DefaultWorkers      = 16
	DefaultMaxPending   = 4096
	DefaultDrain        = 15 * time.Second
	DefaultPollInterval = 50 * time.Millisecond
	// DefaultSendTimeout bounds one eth_sendRawTransaction call.
	DefaultSendTimeout = 10 * time.Second
)

// progressInterval is how often the progress line is redrawn.
const progressInterval = 500 * time.Millisecond

// Errors of a run's configuration.
var (
	ErrNoEndpoints = errors.New("loadgen: no endpoints to send to")
	ErrNoTxs       = errors.New("loadgen: no transactions to send")
	ErrNoDuration  = errors.New("loadgen: duration must be positive")
	ErrBadWarmup   = errors.New("loadgen: warm-up must be shorter than the duration")
)

// Config describes one run of a transfer workload.
type Config struct {
	// Endpoints are the HTTP JSON-RPC URLs transactions are sent to: every
	// transaction of sender s goes to Endpoints[s % len(Endpoints)], so one
	// sender's nonces reach one node in order.
	Endpoints []string
	// Watch is the endpoint polled for new blocks; Endpoints[0] when empty.
	Watch string
	// Txs is the workload, sent in order.
	Txs []Tx
	// Rate is the target send rate in transactions per second (open loop:
	// transaction i is due at start + i/Rate whatever the chain does). Zero
	// means closed loop: send as fast as the chain includes, keeping at most
	// MaxPending transactions sent but not yet included.
	Rate float64
	// MaxPending bounds the transactions in flight in closed loop;
	// DefaultMaxPending when 0.
	MaxPending int
	// Workers is the number of concurrent senders; DefaultWorkers when 0.
	Workers int
	// Duration is how long to send. The run stops sending earlier if the
	// workload runs out.
	Duration time.Duration
	// Warmup is the start of the sending period left out of the throughput
	// window (the pool and the block producer filling up).
	Warmup time.Duration
	// Drain is how long to wait, after sending stops, for the last
	// transactions to be included; DefaultDrain when 0.
	Drain time.Duration
	// PollInterval is how often Watch is asked for its head;
	// DefaultPollInterval when 0. It bounds the error of every inclusion
	// time.
	PollInterval time.Duration
	// Progress, if set, receives a progress line redrawn in place (see
	// TerminalProgress).
	Progress io.Writer
}

// Result is what a run measured.
type Result struct {
	Sent           int    // accepted by eth_sendRawTransaction
	Rejected       int    // refused by eth_sendRawTransaction (or the call failed)
	FirstRejection string // the first refusal's error, for the report
	Included       int    // seen in a block by the end of the drain
	Lost           int    // accepted but not seen in a block by the end of the drain
	Blocks         int    // blocks seen from the start of the run to the end of the drain
	Exhausted      bool   // the workload ran out before Duration

	Elapsed  time.Duration // the sending period
	SendRate float64       // accepted transactions per second over the sending period
	Window   time.Duration // the throughput window: the sending period after the warm-up

	// Throughput is the rate at which the run's transactions were included
	// during the window: the transactions of the blocks seen in the window,
	// after the first, over the time from the first to the last (so the
	// window's edges do not cut a block period in two).
	Throughput float64

	// SendP50 and SendP99 are the durations of the eth_sendRawTransaction
	// calls: how fast the endpoints take transactions in.
	SendP50, SendP99 time.Duration

	// Commit latency of the included transactions: from the start of the
	// eth_sendRawTransaction call to the first poll that saw a block
	// including it.
	P50, P99, Max time.Duration
}

// txState is what a run knows of one transaction.
type txState struct {
	sentAt     time.Time // zero until a worker sends it
	sendTook   time.Duration
	includedAt time.Time // zero until a block including it is seen
	rejected   bool
}

// run is one Run in progress.
type run struct {
	cfg     Config
	senders []*rpc.Client
	watch   *rpc.Client
	index   map[common.Hash]int
	slots   chan struct{} // closed loop: one token per transaction in flight

	mu         sync.Mutex
	states     []txState
	dispatched int
	sent       int
	rejected   int
	included   int
	blocks     []blockSeen
	firstErr   string
}

// blockSeen is a block as the run saw it.
type blockSeen struct {
	at   time.Time // when the poll that read it returned
	ours int       // the run's transactions it included
}

// Run sends cfg.Txs as cfg describes, tracks each one until a block that
// includes it is seen on cfg.Watch, and returns what it measured. A refused
// transaction is counted, not fatal; an error means the run could not be
// made (bad configuration, an endpoint that cannot be dialled, a watch
// endpoint that stops answering).
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if err := cfg.fillDefaults(); err != nil {
		return nil, err
	}
	r := &run{cfg: cfg, states: make([]txState, len(cfg.Txs)), index: make(map[common.Hash]int, len(cfg.Txs))}
	for i, tx := range cfg.Txs {
		r.index[tx.Hash] = i
	}
	for _, url := range cfg.Endpoints {
		c, err := rpc.DialContext(ctx, url)
		if err != nil {
			r.close()
			return nil, fmt.Errorf("loadgen: dialling %s: %w", url, err)
		}
		r.senders = append(r.senders, c)
	}
	defer r.close()
	var err error
	if r.watch, err = rpc.DialContext(ctx, cfg.Watch); err != nil {
		return nil, fmt.Errorf("loadgen: dialling %s: %w", cfg.Watch, err)
	}
	var head hexutil.Uint64
	if err := r.watch.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
		return nil, fmt.Errorf("loadgen: head of %s: %w", cfg.Watch, err)
	}
	if cfg.Rate == 0 {
		r.slots = make(chan struct{}, cfg.MaxPending)
	}

	trackCtx, stopTracking := context.WithCancel(ctx)
	trackErr := make(chan error, 1)
	go func() { trackErr <- r.track(trackCtx, uint64(head)) }()
	stopProgress := r.showProgress()

	start := time.Now()
	exhausted := r.send(ctx, start)
	sendEnd := time.Now()
	r.drain(ctx, sendEnd.Add(cfg.Drain))
	stopTracking()
	terr := <-trackErr
	stopProgress(sendEnd.Sub(start))
	if ctx.Err() != nil {
		return nil, fmt.Errorf("loadgen: run interrupted: %w", ctx.Err())
	}
	if terr != nil {
		return nil, terr
	}
	return r.result(start, sendEnd, exhausted), nil
}

// fillDefaults checks cfg and fills in its defaults.
func (cfg *Config) fillDefaults() error {
	switch {
	case len(cfg.Endpoints) == 0:
		return ErrNoEndpoints
	case len(cfg.Txs) == 0:
		return ErrNoTxs
	case cfg.Duration <= 0:
		return ErrNoDuration
	case cfg.Warmup < 0 || cfg.Warmup >= cfg.Duration:
		return fmt.Errorf("%w: warm-up %v, duration %v", ErrBadWarmup, cfg.Warmup, cfg.Duration)
	}
	if cfg.Watch == "" {
		cfg.Watch = cfg.Endpoints[0]
	}
	if cfg.MaxPending <= 0 {
		cfg.MaxPending = DefaultMaxPending
	}
	if cfg.Workers <= 0 {
		cfg.Workers = DefaultWorkers
	}
	if cfg.Drain <= 0 {
		cfg.Drain = DefaultDrain
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	return nil
}

// close closes every client of the run.
func (r *run) close() {
	for _, c := range r.senders {
		c.Close()
	}
	if r.watch != nil {
		r.watch.Close()
	}
}

// send dispatches the workload to the workers until it runs out (then it
// reports true), the duration ends or ctx is done, and waits for the workers
// to finish their calls.
func (r *run) send(ctx context.Context, start time.Time) (exhausted bool) {
	jobs := make(chan int, r.cfg.Workers)
	var wg sync.WaitGroup
	for range r.cfg.Workers {
		wg.Go(func() {
			for i := range jobs {
				r.sendOne(ctx, i)
			}
		})
	}
	defer func() {
		close(jobs)
		wg.Wait()
	}()
	deadline := time.NewTimer(r.cfg.Duration)
	defer deadline.Stop()
	end := start.Add(r.cfg.Duration)
	for i := range r.cfg.Txs {
		if r.cfg.Rate > 0 {
			due := start.Add(time.Duration(float64(i) / r.cfg.Rate * float64(time.Second)))
			if !due.Before(end) {
				return false
			}
			if wait := time.Until(due); wait > 0 {
				select {
				case <-time.After(wait):
				case <-deadline.C:
					return false
				case <-ctx.Done():
					return false
				}
			}
		} else {
			select {
			case r.slots <- struct{}{}:
			case <-deadline.C:
				return false
			case <-ctx.Done():
				return false
			}
		}
		select {
		case jobs <- i:
			r.mu.Lock()
			r.dispatched++
			r.mu.Unlock()
		case <-deadline.C:
			return false
		case <-ctx.Done():
			return false
		}
	}
	return true
}

// sendOne sends transaction i to its sender's endpoint.
func (r *run) sendOne(ctx context.Context, i int) {
	tx := r.cfg.Txs[i]
	c := r.senders[tx.Sender%len(r.senders)]
	r.mu.Lock()
	r.states[i].sentAt = time.Now()
	r.mu.Unlock()
	callCtx, cancel := context.WithTimeout(ctx, DefaultSendTimeout)
	t0 := time.Now()
	err := c.CallContext(callCtx, nil, "eth_sendRawTransaction", hexutil.Bytes(tx.Raw))
	took := time.Since(t0)
	cancel()
	r.mu.Lock()
	defer r.mu.Unlock()
	r.states[i].sendTook = took
	if err == nil {
		r.sent++
		return
	}
	st := &r.states[i]
	if !st.includedAt.IsZero() { // the call failed late, but the transaction made it
		r.sent++
		return
	}
	st.rejected = true
	r.rejected++
	if r.firstErr == "" {
		r.firstErr = err.Error()
	}
	r.release()
}

// release frees a closed-loop slot. r.mu must be held (it orders releases
// with the state change that caused them).
func (r *run) release() {
	if r.slots != nil {
		<-r.slots
	}
}

// track polls the watch endpoint for blocks after head until ctx is done,
// marking the run's transactions each includes. A final poll after ctx ends
// picks up blocks the last interval missed.
func (r *run) track(ctx context.Context, head uint64) error {
	ticker := time.NewTicker(r.cfg.PollInterval)
	defer ticker.Stop()
	for {
		var err error
		select {
		case <-ctx.Done():
			final, cancel := context.WithTimeout(context.Background(), DefaultSendTimeout)
			_, err = r.poll(final, head)
			cancel()
			return err
		case <-ticker.C:
			if head, err = r.poll(ctx, head); err != nil && ctx.Err() == nil {
				return err
			}
		}
	}
}

// poll reads every block after head up to the watch endpoint's current head
// and returns the new head.
func (r *run) poll(ctx context.Context, head uint64) (uint64, error) {
	var now hexutil.Uint64
	if err := r.watch.CallContext(ctx, &now, "eth_blockNumber"); err != nil {
		return head, fmt.Errorf("loadgen: head of %s: %w", r.cfg.Watch, err)
	}
	for n := head + 1; n <= uint64(now); n++ {
		var block struct {
			Transactions []common.Hash `json:"transactions"`
		}
		if err := r.watch.CallContext(ctx, &block, "eth_getBlockByNumber", hexutil.Uint64(n), false); err != nil {
			return head, fmt.Errorf("loadgen: block %d of %s: %w", n, r.cfg.Watch, err)
		}
		r.markIncluded(block.Transactions, time.Now())
		head = n
	}
	return head, nil
}

// markIncluded records that a block including hashes was seen at seen.
func (r *run) markIncluded(hashes []common.Hash, seen time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	ours := 0
	defer func() { r.blocks = append(r.blocks, blockSeen{at: seen, ours: ours}) }()
	for _, h := range hashes {
		i, ok := r.index[h]
		if !ok {
			continue
		}
		st := &r.states[i]
		if !st.includedAt.IsZero() {
			continue
		}
		st.includedAt = seen
		r.included++
		ours++
		if !st.rejected {
			r.release()
		}
	}
}

// drain waits until every dispatched transaction is included or refused,
// or until the deadline.
func (r *run) drain(ctx context.Context, deadline time.Time) {
	ticker := time.NewTicker(r.cfg.PollInterval)
	defer ticker.Stop()
	for time.Now().Before(deadline) {
		r.mu.Lock()
		done := r.included+r.rejected >= r.dispatched
		r.mu.Unlock()
		if done {
			return
		}
		select {
		case <-ticker.C:
		case <-ctx.Done():
			return
		}
	}
}

// result computes the figures of a finished run.
func (r *run) result(start, sendEnd time.Time, exhausted bool) *Result {
	r.mu.Lock()
	defer r.mu.Unlock()
	res := &Result{
		Sent:           r.sent,
		Rejected:       r.rejected,
		FirstRejection: r.firstErr,
		Included:       r.included,
		Blocks:         len(r.blocks),
		Exhausted:      exhausted,
		Elapsed:        sendEnd.Sub(start),
	}
	winStart := start.Add(r.cfg.Warmup)
	res.Window = sendEnd.Sub(winStart)
	var latencies, sends []time.Duration
	for _, st := range r.states {
		if st.sentAt.IsZero() {
			continue
		}
		if st.sendTook > 0 {
			sends = append(sends, st.sendTook)
		}
		if st.includedAt.IsZero() {
			if !st.rejected {
				res.Lost++
			}
			continue
		}
		latencies = append(latencies, st.includedAt.Sub(st.sentAt))
	}
	if res.Elapsed > 0 {
		res.SendRate = float64(res.Sent) / res.Elapsed.Seconds()
	}
	res.Throughput = throughput(r.blocks, winStart, sendEnd)
	sort.Slice(sends, func(i, j int) bool { return sends[i] < sends[j] })
	res.SendP50, res.SendP99 = Percentile(sends, 0.50), Percentile(sends, 0.99)
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	res.P50 = Percentile(latencies, 0.50)
	res.P99 = Percentile(latencies, 0.99)
	res.Max = Percentile(latencies, 1)
	return res
}

// throughput returns the inclusion rate over the blocks seen from from to
// to: the run's transactions in every block after the first, over the time
// between the first and the last. With fewer than two blocks it falls back
// to all their transactions over the whole window.
func throughput(blocks []blockSeen, from, to time.Time) float64 {
	var in []blockSeen
	for _, b := range blocks {
		if !b.at.Before(from) && !b.at.After(to) {
			in = append(in, b)
		}
	}
	if len(in) >= 2 {
		span := in[len(in)-1].at.Sub(in[0].at)
		if span > 0 {
			n := 0
			for _, b := range in[1:] {
				n += b.ours
			}
			return float64(n) / span.Seconds()
		}
	}
	window := to.Sub(from)
	if window <= 0 {
		return 0
	}
	n := 0
	for _, b := range in {
		n += b.ours
	}
	return float64(n) / window.Seconds()
}

// showProgress starts redrawing the progress line, if the run has a
// Progress writer, and returns the function that stops it (given the
// length of the sending period, for the final line).
func (r *run) showProgress() (stop func(time.Duration)) {
	if r.cfg.Progress == nil {
		return func(time.Duration) {}
	}
	start := time.Now()
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		ticker := time.NewTicker(progressInterval)
		defer ticker.Stop()
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
				r.mu.Lock()
				p := progress{elapsed: time.Since(start), total: r.cfg.Duration, sent: r.sent, included: r.included, rejected: r.rejected}
				r.mu.Unlock()
				fmt.Fprintf(r.cfg.Progress, "\r%s", p)
			}
		}
	})
	return func(sending time.Duration) {
		close(done)
		wg.Wait()
		r.mu.Lock()
		p := progress{elapsed: sending, total: r.cfg.Duration, sent: r.sent, included: r.included, rejected: r.rejected}
		r.mu.Unlock()
		fmt.Fprintf(r.cfg.Progress, "\r%s\n", p)
	}
}
