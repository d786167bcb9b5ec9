package node

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/pprof"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/metrics"
	"github.com/ethereum/go-ethereum/metrics/prometheus"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// onlineWindow is how recently a validator must have sent a consensus
// message (or sealed a committed block) to count as online.
const onlineWindow = time.Minute

// consensusStats is what qbft_status and the metrics report. The driver and
// the network update it from their goroutines.
type consensusStats struct {
	height, round atomic.Uint64 // what the state machine is deciding
	roundChanges  atomic.Uint64 // times the round rose at a height
	msgsIn        atomic.Uint64 // consensus messages received (new ones)
	msgsOut       atomic.Uint64 // consensus messages sent
	lastCommit    atomic.Int64  // unix nanoseconds of the last commit here

	mu   sync.Mutex
	seen map[common.Address]time.Time // validator → last message or seal
}

func newConsensusStats() *consensusStats {
	return &consensusStats{seen: make(map[common.Address]time.Time)}
}

// setRound records the state machine's position, counting round changes.
func (s *consensusStats) setRound(height, round uint64) {
	if s.height.Load() == height && round > s.round.Load() {
		s.roundChanges.Add(1)
	}
	s.height.Store(height)
	s.round.Store(round)
}

// sawValidator records a sign of life from a validator.
func (s *consensusStats) sawValidator(addr common.Address, at time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if at.After(s.seen[addr]) {
		s.seen[addr] = at
	}
	if len(s.seen) > maxSeenValidators {
		// Anyone can sign a message: forget those not heard from lately.
		for a, t := range s.seen {
			if at.Sub(t) > onlineWindow {
				delete(s.seen, a)
			}
		}
	}
}

// maxSeenValidators bounds the liveness table before it is pruned.
const maxSeenValidators = 256

// online returns which of validators were seen since cutoff; self (this
// node's own address, or zero) always counts.
func (s *consensusStats) online(validators []common.Address, self common.Address, cutoff time.Time) []common.Address {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []common.Address{}
	for _, v := range validators {
		if v == self || s.seen[v].After(cutoff) {
			out = append(out, v)
		}
	}
	return out
}

// noteCommit records a commit: its time, and the validators whose seals
// (and proposal) made it.
func (n *Node) noteCommit(block *types.Block, cert *qbft.CommitCertificate) {
	now := n.cfg.Now()
	n.stats.lastCommit.Store(now.UnixNano())
	n.stats.sawValidator(block.Coinbase(), now)
	if cert == nil {
		return
	}
	digest := qbft.CommitSealHash(n.chainConfig.ChainID, block.Hash(), cert.Round)
	for _, seal := range cert.Seals {
		if addr, err := qbft.RecoverSigner(digest, seal); err == nil {
			n.stats.sawValidator(addr, now)
		}
	}
}

// Status is the answer of qbft_status: where consensus is and how healthy.
type Status struct {
	// Height and Round are what the node is deciding (head + 1 on a
	// non-validator, round 0).
	Height hexutil.Uint64 `json:"height"`
	Round  hexutil.Uint64 `json:"round"`
	// Head is the current head; Finalized the highest certified block.
	Head      hexutil.Uint64 `json:"head"`
	HeadHash  common.Hash    `json:"headHash"`
	Finalized hexutil.Uint64 `json:"finalized"`
	// LastCommitAgeSeconds is the time since this node last committed a
	// block (since the head's timestamp if it has not since starting).
	LastCommitAgeSeconds float64 `json:"lastCommitAgeSeconds"`
	// Validator is this node's validator address, or null.
	Validator *common.Address `json:"validator"`
	// Validators is V(head+1); ValidatorsOnline those that sent a consensus
	// message or a seal within the last minute (this node included).
	Validators       []common.Address `json:"validators"`
	ValidatorsOnline []common.Address `json:"validatorsOnline"`
	Quorum           int              `json:"quorum"`
	Peers            int              `json:"peers"`
	// RoundChanges, MessagesIn and MessagesOut count since start-up.
	RoundChanges uint64 `json:"roundChanges"`
	MessagesIn   uint64 `json:"messagesIn"`
	MessagesOut  uint64 `json:"messagesOut"`
}

// Status reports the node's consensus health (qbft_status, metrics).
func (n *Node) Status() (*Status, error) {
	if n.engine == nil {
		return nil, errors.New("no QBFT consensus on a test chain")
	}
	head := n.chain.CurrentBlock()
	vals, err := qbft.ValidatorsOf(head)
	if err != nil {
		return nil, fmt.Errorf("validators after head %d: %w", head.Number, err)
	}
	now := n.cfg.Now()
	st := n.stats
	s := &Status{
		Height:       hexutil.Uint64(head.Number.Uint64() + 1),
		Head:         hexutil.Uint64(head.Number.Uint64()),
		HeadHash:     head.Hash(),
		Validators:   vals,
		Quorum:       qbft.Quorum(len(vals)),
		Peers:        rpcBackend{n}.PeerCount(),
		RoundChanges: st.roundChanges.Load(),
		MessagesIn:   st.msgsIn.Load(),
		MessagesOut:  st.msgsOut.Load(),
	}
	if h := st.height.Load(); h == uint64(s.Height) {
		s.Round = hexutil.Uint64(st.round.Load())
	}
	if f := n.finalHeader(); f != nil {
		s.Finalized = hexutil.Uint64(f.Number.Uint64())
	}
	last := time.Unix(int64(head.Time), 0)
	if ns := st.lastCommit.Load(); ns != 0 {
		last = time.Unix(0, ns)
	}
	s.LastCommitAgeSeconds = max(0, now.Sub(last).Seconds())
	if n.cfg.Key != nil {
		addr := n.cfg.Key.Address()
		s.Validator = &addr
	}
	var self common.Address
	if n.cfg.Key != nil {
		self = n.cfg.Key.Address() // running, so online
	}
	s.ValidatorsOnline = st.online(vals, self, now.Add(-onlineWindow))
	return s, nil
}

// metricGauges are the Prometheus series the metrics endpoint serves.
type metricGauges struct {
	reg                                                 metrics.Registry
	height, round, head, finalized, peers, vals, online *metrics.Gauge
	roundChanges, msgsIn, msgsOut                       *metrics.Gauge
	lastCommitAge                                       *metrics.GaugeFloat64
}

func newMetricGauges() *metricGauges {
	reg := metrics.NewRegistry()
	g := func(name string) *metrics.Gauge { return metrics.NewRegisteredGauge(name, reg) }
	return &metricGauges{
		reg:           reg,
		height:        g("xiang/qbft/height"),
		round:         g("xiang/qbft/round"),
		head:          g("xiang/chain/head"),
		finalized:     g("xiang/chain/finalized"),
		peers:         g("xiang/p2p/peers"),
		vals:          g("xiang/qbft/validators"),
		online:        g("xiang/qbft/validators_online"),
		roundChanges:  g("xiang/qbft/round_changes_total"),
		msgsIn:        g("xiang/qbft/messages_in_total"),
		msgsOut:       g("xiang/qbft/messages_out_total"),
		lastCommitAge: metrics.NewRegisteredGaugeFloat64("xiang/qbft/last_commit_age_seconds", reg),
	}
}

func (m *metricGauges) update(s *Status) {
	m.height.Update(int64(s.Height))
	m.round.Update(int64(s.Round))
	m.head.Update(int64(s.Head))
	m.finalized.Update(int64(s.Finalized))
	m.peers.Update(int64(s.Peers))
	m.vals.Update(int64(len(s.Validators)))
	m.online.Update(int64(len(s.ValidatorsOnline)))
	m.roundChanges.Update(int64(s.RoundChanges))
	m.msgsIn.Update(int64(s.MessagesIn))
	m.msgsOut.Update(int64(s.MessagesOut))
	m.lastCommitAge.Update(s.LastCommitAgeSeconds)
}

// metricsServer serves Prometheus metrics on Config.MetricsAddr.
type metricsServer struct {
	srv *http.Server
	ln  net.Listener
}

func (n *Node) startMetrics() error {
	if n.cfg.MetricsAddr == "" || n.engine == nil {
		return nil
	}
	ln, err := net.Listen("tcp", n.cfg.MetricsAddr)
	if err != nil {
		return fmt.Errorf("metrics listener: %w", err)
	}
	gauges := newMetricGauges()
	prom := prometheus.Handler(gauges.reg)
	mux := http.NewServeMux()
	mux.HandleFunc("/metrics", func(w http.ResponseWriter, r *http.Request) {
		s, err := n.Status()
		if err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		gauges.update(s)
		prom.ServeHTTP(w, r)
	})
	if n.cfg.Pprof {
		mux.HandleFunc("/debug/pprof/", pprof.Index)
		mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
		mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
		mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
		mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	}
	n.metrics = &metricsServer{srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}, ln: ln}
	go n.metrics.srv.Serve(ln)
	log.Info("Metrics served", "url", "http://"+ln.Addr().String()+"/metrics")
	return nil
}

func (n *Node) stopMetrics() {
	if n.metrics != nil {
		n.metrics.srv.Close()
		n.metrics = nil
	}
}

// MetricsEndpoint returns the metrics URL ("" when disabled).
func (n *Node) MetricsEndpoint() string {
	if n.metrics == nil {
		return ""
	}
	return "http://" + n.metrics.ln.Addr().String() + "/metrics"
}
