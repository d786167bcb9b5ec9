package qbft_test

import (
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
)

// numberBlindReader returns headers by hash whatever number is asked for, to
// reach the engine's own number check.
type numberBlindReader struct{ *testChain }

func (r numberBlindReader) GetHeader(hash common.Hash, number uint64) *types.Header {
	return r.byHash[hash]
}

// configReader overrides the chain config.
type configReader struct {
	*testChain
	config *params.ChainConfig
}

func (r configReader) Config() *params.ChainConfig { return r.config }

func mustRLP(t *testing.T, v any) []byte {
	t.Helper()
	b, err := rlp.EncodeToBytes(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestVerifyHeaderTampered builds a real chain (4 validators, epoch 4,
// blocks 1–4 committed, block 5 proposed) and checks that every kind of
// tampering is rejected with its own named error, while the honest header
// and a few honest variants pass.
func TestVerifyHeaderTampered(t *testing.T) {
	c := newTestChain(t, chainOptions{config: qbft.Config{EpochLength: 4}})
	c.extend(4)
	cand := c.propose(c.nextProposer())

	parent := c.canon[4]
	ph := parent.Hash()
	v := c.validatorsFor(cand)    // V(5)
	vp := c.validatorsFor(parent) // V(4): signers of the parent's certificate
	outsider := c.outsider(v)
	s := func(i int) []byte { return c.seal(vp[i], ph, 0) }

	edit := func(f func(h *types.Header)) func() *types.Header {
		return func() *types.Header {
			h := types.CopyHeader(cand)
			f(h)
			return h
		}
	}
	extra := func(f func(e *qbft.Extra)) func() *types.Header {
		return func() *types.Header { return c.withExtra(cand, f) }
	}
	withCert := func(round uint64, seals ...[]byte) func() *types.Header {
		return extra(func(e *qbft.Extra) { e.ParentCommit = &qbft.CommitCertificate{Round: round, Seals: seals} })
	}
	highS := func(sig []byte) []byte {
		out := slices.Clone(sig)
		sv := new(big.Int).SetBytes(sig[32:64])
		new(big.Int).Sub(crypto.S256().Params().N, sv).FillBytes(out[32:64])
		out[64] ^= 1
		return out
	}
	chainID := big.NewInt(genesis.DevChainID)
	nonce := types.EncodeNonce(1)
	one := uint64(1)
	otherHash := common.Hash{0x01}

	tests := []struct {
		name   string
		header func() *types.Header
		chain  func() consensus.ChainHeaderReader
		want   error
	}{
		// Honest headers.
		{name: "honest", header: func() *types.Header { return cand }},
		{name: "honest vote to add", header: extra(func(e *qbft.Extra) { e.Vote = &qbft.Vote{Address: outsider, Add: true} })},
		{name: "honest vote to drop", header: extra(func(e *qbft.Extra) { e.Vote = &qbft.Vote{Address: v[3]} })},
		{name: "certificate with all seals", header: withCert(0, s(0), s(1), s(2), s(3))},
		{name: "certificate of a later round", header: withCert(7, c.seal(vp[0], ph, 7), c.seal(vp[2], ph, 7), c.seal(vp[3], ph, 7))},
		{name: "timestamp at the skew limit", header: edit(func(h *types.Header) { h.Time = uint64(testNow().Unix()) + qbft.MaxClockSkewSeconds })},

		// Fields that need no chain.
		{name: "difficulty 1", header: edit(func(h *types.Header) { h.Difficulty = big.NewInt(1) }), want: qbft.ErrInvalidDifficulty},
		{name: "difficulty nil", header: edit(func(h *types.Header) { h.Difficulty = nil }), want: qbft.ErrInvalidDifficulty},
		{name: "nonce", header: edit(func(h *types.Header) { h.Nonce = nonce }), want: qbft.ErrInvalidNonce},
		{name: "uncle hash", header: edit(func(h *types.Header) { h.UncleHash = otherHash }), want: qbft.ErrInvalidUncleHash},
		{name: "extra not RLP", header: edit(func(h *types.Header) { h.Extra = []byte{0x01, 0x02} }), want: qbft.ErrInvalidExtra},
		{name: "extra trailing bytes", header: edit(func(h *types.Header) { h.Extra = append(slices.Clone(h.Extra), 0x80) }), want: qbft.ErrInvalidExtra},
		{name: "extra short seal", header: withCert(0, s(0), s(1), s(2)[:64]), want: qbft.ErrInvalidExtra},
		{name: "no validators", header: extra(func(e *qbft.Extra) { e.Validators = nil }), want: qbft.ErrEmptyValidators},
		{name: "unsorted validators", header: extra(func(e *qbft.Extra) { slices.Reverse(e.Validators) }), want: qbft.ErrUnsortedValidators},
		{name: "duplicate validator", header: extra(func(e *qbft.Extra) { e.Validators = append([]common.Address{v[0]}, v...) }), want: qbft.ErrDuplicateValidator},
		{name: "withdrawals hash nil", header: edit(func(h *types.Header) { h.WithdrawalsHash = nil }), want: qbft.ErrInvalidWithdrawalsHash},
		{name: "withdrawals hash wrong", header: edit(func(h *types.Header) { h.WithdrawalsHash = &otherHash }), want: qbft.ErrInvalidWithdrawalsHash},
		{name: "parent beacon root nil", header: edit(func(h *types.Header) { h.ParentBeaconRoot = nil }), want: qbft.ErrInvalidParentBeaconRoot},
		{name: "parent beacon root non-zero", header: edit(func(h *types.Header) { h.ParentBeaconRoot = &otherHash }), want: qbft.ErrInvalidParentBeaconRoot},
		{name: "blob gas used", header: edit(func(h *types.Header) { h.BlobGasUsed = &one }), want: qbft.ErrInvalidBlobGas},
		{name: "excess blob gas", header: edit(func(h *types.Header) { h.ExcessBlobGas = &one }), want: qbft.ErrInvalidBlobGas},
		{name: "blob gas nil", header: edit(func(h *types.Header) { h.BlobGasUsed = nil }), want: qbft.ErrInvalidBlobGas},
		{name: "requests hash nil", header: edit(func(h *types.Header) { h.RequestsHash = nil }), want: qbft.ErrMissingRequestsHash},
		{name: "slot number", header: edit(func(h *types.Header) { h.SlotNumber = &one }), want: qbft.ErrUnexpectedField},
		{name: "block access list hash", header: edit(func(h *types.Header) { h.BlockAccessListHash = &otherHash }), want: qbft.ErrUnexpectedField},
		{name: "future block", header: edit(func(h *types.Header) { h.Time = uint64(testNow().Unix()) + qbft.MaxClockSkewSeconds + 1 }), want: consensus.ErrFutureBlock},
		{name: "gas limit above max", header: edit(func(h *types.Header) { h.GasLimit = params.MaxGasLimit + 1 }), want: qbft.ErrInvalidGasLimit},
		{name: "gas used above limit", header: edit(func(h *types.Header) { h.GasUsed = h.GasLimit + 1 }), want: qbft.ErrInvalidGasUsed},
		{name: "vote in epoch block", header: func() *types.Header {
			return c.withExtra(c.canon[4], func(e *qbft.Extra) { e.Vote = &qbft.Vote{Address: outsider, Add: true} })
		}, want: qbft.ErrEpochVote},
		{name: "forks not active", header: func() *types.Header { return cand }, chain: func() consensus.ChainHeaderReader {
			cfg := *c.config
			cfg.PragueTime, cfg.OsakaTime = nil, nil
			return configReader{c, &cfg}
		}, want: qbft.ErrUnsupportedForks},

		// Fields that need the parent and the validator set.
		{name: "unknown parent", header: edit(func(h *types.Header) { h.ParentHash = otherHash }), want: consensus.ErrUnknownAncestor},
		{name: "number skips", header: edit(func(h *types.Header) { h.Number = big.NewInt(7) }), chain: func() consensus.ChainHeaderReader {
			return numberBlindReader{c}
		}, want: qbft.ErrInvalidNumber},
		{name: "timestamp within block period", header: edit(func(h *types.Header) { h.Time = parent.Time }), want: qbft.ErrInvalidTimestamp},
		{name: "gas limit jump", header: edit(func(h *types.Header) { h.GasLimit = parent.GasLimit * 2 }), want: qbft.ErrInvalidGasLimit},
		{name: "base fee 1 under free", header: edit(func(h *types.Header) { h.BaseFee = big.NewInt(1) }), want: qbft.ErrInvalidBaseFee},
		{name: "base fee nil", header: edit(func(h *types.Header) { h.BaseFee = nil }), want: qbft.ErrInvalidBaseFee},
		{name: "bad mix digest", header: edit(func(h *types.Header) { h.MixDigest = otherHash }), want: qbft.ErrInvalidMixDigest},
		{name: "mix digest of genesis rule", header: edit(func(h *types.Header) { h.MixDigest = qbft.MixDigest(parent.MixDigest, nil) }), want: qbft.ErrInvalidMixDigest},
		{name: "coinbase not in V(N)", header: edit(func(h *types.Header) { h.Coinbase = outsider }), want: qbft.ErrCoinbaseNotValidator},
		{name: "vote to add a member", header: extra(func(e *qbft.Extra) { e.Vote = &qbft.Vote{Address: v[1], Add: true} }), want: qbft.ErrRedundantVote},
		{name: "vote to drop a non-member", header: extra(func(e *qbft.Extra) { e.Vote = &qbft.Vote{Address: outsider} }), want: qbft.ErrRedundantVote},
		{name: "validator list with an extra member", header: extra(func(e *qbft.Extra) {
			e.Validators = append(slices.Clone(v), outsider)
			qbft.SortAddresses(e.Validators)
		}), want: qbft.ErrValidatorsMismatch},
		{name: "validator list missing a member", header: extra(func(e *qbft.Extra) { e.Validators = slices.Clone(v[:3]) }), want: qbft.ErrValidatorsMismatch},
		{name: "vote applied early", header: extra(func(e *qbft.Extra) {
			e.Vote = &qbft.Vote{Address: v[3]}
			e.Validators = slices.Clone(v[:3])
		}), want: qbft.ErrValidatorsMismatch},

		// The parent's commit certificate.
		{name: "block 1 with a parent commit", header: func() *types.Header {
			return c.withExtra(c.canon[1], func(e *qbft.Extra) { e.ParentCommit = &qbft.CommitCertificate{Seals: [][]byte{s(0), s(1), s(2)}} })
		}, want: qbft.ErrUnexpectedParentCommit},
		{name: "missing parent commit", header: extra(func(e *qbft.Extra) { e.ParentCommit = nil }), want: qbft.ErrMissingParentCommit},
		{name: "no seals", header: withCert(0), want: qbft.ErrInsufficientSeals},
		{name: "too few seals", header: withCert(0, s(0), s(1)), want: qbft.ErrInsufficientSeals},
		{name: "duplicate seals", header: withCert(0, s(0), s(0), s(1)), want: qbft.ErrDuplicateSeal},
		{name: "duplicate seal among four", header: withCert(0, s(0), s(1), s(1), s(2)), want: qbft.ErrDuplicateSeal},
		{name: "unsorted seals", header: withCert(0, s(1), s(0), s(2)), want: qbft.ErrUnsortedSeals},
		{name: "seal of a non-validator", header: withCert(0, s(0), s(1), c.seal(outsider, ph, 0)), want: qbft.ErrSealNotValidator},
		{name: "seal for another block", header: withCert(0, s(0), s(1), c.seal(vp[2], otherHash, 0)), want: qbft.ErrSealNotValidator},
		{name: "seal for another round", header: withCert(0, s(0), s(1), c.seal(vp[2], ph, 1)), want: qbft.ErrMixedRoundSeals},
		{name: "seal for an earlier round", header: withCert(3, c.seal(vp[0], ph, 3), c.seal(vp[1], ph, 3), c.seal(vp[2], ph, 0)), want: qbft.ErrMixedRoundSeals},
		{name: "seal over the raw block hash", header: withCert(0, s(0), s(1), c.signDigest(vp[2], ph)), want: qbft.ErrSealWrongDomain},
		{name: "seal without the domain tag", header: withCert(0, s(0), s(1),
			c.signDigest(vp[2], crypto.Keccak256Hash(mustRLP(t, []any{chainID, ph, uint64(0)})))), want: qbft.ErrSealWrongDomain},
		{name: "seal with the message domain tag", header: withCert(0, s(0), s(1),
			c.signDigest(vp[2], crypto.Keccak256Hash(mustRLP(t, []any{"xiang/qbft/msg/v1", chainID, ph, uint64(0)})))), want: qbft.ErrSealWrongDomain},
		{name: "seal for chain id 1", header: withCert(0, s(0), s(1), c.signDigest(vp[2], qbft.CommitSealHash(big.NewInt(1), ph, 0))), want: qbft.ErrSealWrongChain},
		{name: "seal for chain id 0", header: withCert(0, s(0), s(1), c.signDigest(vp[2], qbft.CommitSealHash(big.NewInt(0), ph, 0))), want: qbft.ErrSealWrongChain},
		{name: "seal for an unguessable chain id", header: withCert(0, s(0), s(1), c.signDigest(vp[2], qbft.CommitSealHash(big.NewInt(31337), ph, 0))), want: qbft.ErrSealNotValidator},
		{name: "seal with high s", header: withCert(0, s(0), s(1), highS(s(2))), want: qbft.ErrInvalidSeal},
		{name: "seal with v = 27", header: withCert(0, s(0), s(1), func() []byte { b := s(2); b[64] += 27; return b }()), want: qbft.ErrInvalidSeal},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var chain consensus.ChainHeaderReader = c
			if tc.chain != nil {
				chain = tc.chain()
			}
			err := c.engine.VerifyHeader(chain, tc.header())
			if tc.want == nil {
				if err != nil {
					t.Fatalf("honest header rejected: %v", err)
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("got error %v, want %v", err, tc.want)
			}
		})
	}
}

// TestVerifyHeaderGenesis: NewBlockChain verifies the current header at
// start-up, which may be the genesis; that must not panic.
func TestVerifyHeaderGenesis(t *testing.T) {
	c := newTestChain(t, chainOptions{})
	if err := c.engine.VerifyHeader(c, c.canon[0]); err != nil {
		t.Fatalf("genesis: %v", err)
	}
	h := types.CopyHeader(c.canon[0])
	if err := c.engine.Prepare(c, h); err == nil {
		t.Fatal("Prepare accepted the genesis number")
	}
}

func TestPrepare(t *testing.T) {
	c := newTestChain(t, chainOptions{config: qbft.Config{EpochLength: 3, BlockPeriodSeconds: 2}})

	// Block 1: no parent commit, mixDigest from the genesis rule.
	c.engine.SetVote(&qbft.Vote{Address: c.outsider(c.nextValidators()), Add: true})
	h1 := c.propose(c.nextProposer())
	e1, err := qbft.DecodeExtra(h1.Extra)
	if err != nil {
		t.Fatal(err)
	}
	if e1.ParentCommit != nil {
		t.Error("block 1 carries a parent commit")
	}
	if e1.Vote == nil || !e1.Vote.Add {
		t.Error("block 1 does not carry the pending vote")
	}
	if e1.Vanity != ([32]byte{}) {
		t.Errorf("vanity %x, want zero", e1.Vanity)
	}
	if want := qbft.MixDigest(c.head().MixDigest, nil); h1.MixDigest != want {
		t.Errorf("mixDigest %x, want %x", h1.MixDigest, want)
	}
	if h1.Difficulty.Sign() != 0 || h1.Nonce != (types.BlockNonce{}) {
		t.Errorf("difficulty %v nonce %x, want 0", h1.Difficulty, h1.Nonce)
	}
	if h1.Time != c.head().Time+2 {
		t.Errorf("time %d, want parent + period = %d", h1.Time, c.head().Time+2)
	}
	c.commit(h1)

	// Block 2: the miner computed a non-zero base fee; the free profile zeroes it.
	c.engine.SetVote(nil)
	h2 := c.propose(c.nextProposer())
	if h2.BaseFee.Sign() != 0 {
		t.Errorf("free profile base fee %v, want 0", h2.BaseFee)
	}
	e2, _ := qbft.DecodeExtra(h2.Extra)
	if e2.Vote != nil {
		t.Error("vote cast after SetVote(nil)")
	}
	if e2.ParentCommit == nil || !slices.EqualFunc(e2.ParentCommit.Seals, c.certs[h1.Hash()].Seals, slices.Equal) {
		t.Error("block 2 does not carry the certificate of block 1")
	}
	if want := qbft.MixDigest(h1.MixDigest, c.certs[h1.Hash()]); h2.MixDigest != want {
		t.Errorf("mixDigest %x, want %x", h2.MixDigest, want)
	}
	c.commit(h2)

	// Block 3 is an epoch block: the pending vote is left out.
	c.engine.SetVote(&qbft.Vote{Address: c.outsider(c.nextValidators()), Add: true})
	h3 := c.propose(c.nextProposer())
	if e3, _ := qbft.DecodeExtra(h3.Extra); e3.Vote != nil {
		t.Error("vote cast in an epoch block")
	}
	c.commit(h3)

	// Errors: a coinbase outside V(N), a missing certificate, no certificate source.
	bad := types.CopyHeader(h3)
	bad.ParentHash, bad.Number = h3.Hash(), big.NewInt(4)
	bad.Coinbase = c.outsider(c.validatorsFor(bad))
	if err := c.engine.Prepare(c, types.CopyHeader(bad)); !errors.Is(err, qbft.ErrCoinbaseNotValidator) {
		t.Errorf("outsider coinbase: got %v", err)
	}
	bad.Coinbase = c.nextProposer()
	delete(c.certs, h3.Hash())
	if err := c.engine.Prepare(c, types.CopyHeader(bad)); !errors.Is(err, qbft.ErrMissingParentCommit) {
		t.Errorf("missing certificate: got %v", err)
	}
	noCerts := c.opts
	noCerts.Certs = nil
	if err := qbft.New(noCerts).Prepare(c, types.CopyHeader(bad)); !errors.Is(err, qbft.ErrNoCertificateSource) {
		t.Errorf("no certificate source: got %v", err)
	}
	// A certificate that does not verify is not put into a header.
	c.certs[h3.Hash()] = &qbft.CommitCertificate{Seals: c.seals(h3.Hash(), 0, c.validatorsFor(h3)[:1])}
	if err := c.engine.Prepare(c, types.CopyHeader(bad)); !errors.Is(err, qbft.ErrInsufficientSeals) {
		t.Errorf("bad certificate: got %v", err)
	}
}

// TestMarketBaseFee runs the market profile: the base fee follows EIP-1559
// (it falls on empty blocks) and any other value is rejected.
func TestMarketBaseFee(t *testing.T) {
	c := newTestChain(t, chainOptions{feeProfile: genesis.FeesMarket})
	c.extend(3)
	if got, initial := c.head().BaseFee, big.NewInt(params.InitialBaseFee); got.Cmp(initial) >= 0 {
		t.Fatalf("base fee %v did not fall below %v over empty blocks", got, initial)
	}
	cand := c.propose(c.nextProposer())
	if err := c.engine.VerifyHeader(c, cand); err != nil {
		t.Fatalf("honest: %v", err)
	}
	bad := types.CopyHeader(cand)
	bad.BaseFee = new(big.Int).Add(cand.BaseFee, common.Big1)
	if err := c.engine.VerifyHeader(c, bad); !errors.Is(err, qbft.ErrInvalidBaseFee) {
		t.Fatalf("got %v, want %v", err, qbft.ErrInvalidBaseFee)
	}
	bad.BaseFee = new(big.Int)
	if err := c.engine.VerifyHeader(c, bad); !errors.Is(err, qbft.ErrInvalidBaseFee) {
		t.Fatalf("zero base fee under market: got %v", err)
	}
}

// TestVerifyHeaders verifies a batch with a cold, verify-only engine: later
// headers must see the earlier ones (parents, snapshots) through the batch.
func TestVerifyHeaders(t *testing.T) {
	c := newTestChain(t, chainOptions{config: qbft.Config{EpochLength: 3}})
	c.extend(7)
	genesisOnly := newTestChain(t, chainOptions{config: qbft.Config{EpochLength: 3}})
	verifier := genesisOnly.opts
	verifier.Certs = nil

	batch := c.canon[1:]
	_, results := qbft.New(verifier).VerifyHeaders(genesisOnly, batch)
	for i := range batch {
		if err := <-results; err != nil {
			t.Fatalf("header %d: %v", i+1, err)
		}
	}

	// Tamper with block 4: it fails with its own error; block 5 no longer
	// has a known parent.
	tampered := slices.Clone(batch)
	tampered[3] = types.CopyHeader(tampered[3])
	tampered[3].MixDigest = common.Hash{0x01}
	_, results = qbft.New(verifier).VerifyHeaders(genesisOnly, tampered)
	for i := range tampered {
		err := <-results
		switch {
		case i < 3 && err != nil:
			t.Fatalf("header %d: %v", i+1, err)
		case i == 3 && !errors.Is(err, qbft.ErrInvalidMixDigest):
			t.Fatalf("tampered header: got %v", err)
		case i == 4 && !errors.Is(err, consensus.ErrUnknownAncestor):
			t.Fatalf("child of tampered header: got %v", err)
		}
	}

	// Aborting stops the verifier.
	abort, results := qbft.New(verifier).VerifyHeaders(genesisOnly, batch)
	<-results
	close(abort)
}

func TestVerifyCertificate(t *testing.T) {
	c := newTestChain(t, chainOptions{})
	c.extend(2)
	head := c.head()
	v := c.validatorsFor(head)
	good := &qbft.CommitCertificate{Round: 2, Seals: c.seals(head.Hash(), 2, v[1:])}
	if err := c.engine.VerifyCertificate(c, head, good); err != nil {
		t.Fatalf("valid certificate: %v", err)
	}
	if err := c.engine.VerifyCertificate(c, head, nil); !errors.Is(err, qbft.ErrMissingParentCommit) {
		t.Errorf("nil certificate: got %v", err)
	}
	if err := c.engine.VerifyCertificate(c, c.canon[0], good); !errors.Is(err, qbft.ErrGenesisCertificate) {
		t.Errorf("genesis: got %v", err)
	}
	// The certificate of block 1 is not one for block 2.
	if err := c.engine.VerifyCertificate(c, head, c.certs[c.canon[1].Hash()]); !errors.Is(err, qbft.ErrSealNotValidator) {
		t.Errorf("certificate of another block: got %v", err)
	}
}

func TestConfigErrors(t *testing.T) {
	contract := common.HexToAddress("0x0000000000000000000000000000000000001234")
	tests := []struct {
		name  string
		tweak func(*qbft.Options)
		want  error
	}{
		{"validator contract without caller", func(o *qbft.Options) { o.Config.ValidatorContract = &contract }, qbft.ErrNoContractCaller},
		{"contract transition without caller", func(o *qbft.Options) {
			o.Config.Transitions = []qbft.Transition{{Block: 9, ValidatorContract: &contract}}
		}, qbft.ErrNoContractCaller},
		{"unknown fee profile", func(o *qbft.Options) { o.FeeProfile = "cheap" }, qbft.ErrUnknownFeeProfile},
		{"no chain id", func(o *qbft.Options) { o.ChainID = nil }, qbft.ErrMissingChainID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			good := newTestChain(t, chainOptions{})
			good.extend(1)
			c := newTestChain(t, chainOptions{tweak: tc.tweak})
			if err := c.engine.ConfigError(); !errors.Is(err, tc.want) {
				t.Fatalf("ConfigError: got %v, want %v", err, tc.want)
			}
			if err := c.engine.VerifyHeader(good, good.head()); !errors.Is(err, tc.want) {
				t.Errorf("VerifyHeader: got %v", err)
			}
			h := &types.Header{ParentHash: good.head().Hash(), Number: big.NewInt(2), Coinbase: good.nextProposer()}
			if err := c.engine.Prepare(good, h); !errors.Is(err, tc.want) {
				t.Errorf("Prepare: got %v", err)
			}
		})
	}
	c := newTestChain(t, chainOptions{})
	if err := c.engine.ConfigError(); err != nil {
		t.Fatalf("default config: %v", err)
	}
}

func TestEngineBasics(t *testing.T) {
	c := newTestChain(t, chainOptions{})
	c.extend(1)
	h := c.head()
	if a, err := c.engine.Author(h); err != nil || a != h.Coinbase {
		t.Errorf("Author = %s, %v; want coinbase %s", a, err, h.Coinbase)
	}
	if c.engine.SealHash(h) != h.Hash() {
		t.Error("SealHash is not the block hash")
	}
	if d := c.engine.CalcDifficulty(c, h.Time+1, h); d.Sign() != 0 {
		t.Errorf("CalcDifficulty = %v, want 0", d)
	}
	block := types.NewBlockWithHeader(h)
	if err := c.engine.VerifyUncles(nil, block); err != nil {
		t.Errorf("no uncles: %v", err)
	}
	withUncle := types.NewBlock(h, &types.Body{Uncles: []*types.Header{c.canon[0]}}, nil, nil)
	if err := c.engine.VerifyUncles(nil, withUncle); !errors.Is(err, qbft.ErrUnclesNotAllowed) {
		t.Errorf("uncle: got %v", err)
	}
	if err := c.engine.Seal(c, block, make(chan *types.Block, 1), nil); !errors.Is(err, qbft.ErrSealNotSupported) {
		t.Errorf("Seal: got %v", err)
	}
	if err := c.engine.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
}

// TestPendingVotesRotate: several pending votes (Besu's proposals) are cast
// one per block in address order; a vote that would not change the set is
// skipped, and a discarded one is no longer cast.
func TestPendingVotesRotate(t *testing.T) {
	c := newTestChain(t, chainOptions{config: qbft.Config{EpochLength: 100, BlockPeriodSeconds: 1}})
	vs := c.nextValidators()
	member := vs[0]
	outsider := c.outsider(vs)
	c.engine.ProposeVote(qbft.Vote{Address: outsider, Add: true})
	c.engine.ProposeVote(qbft.Vote{Address: member, Add: false})
	c.engine.ProposeVote(qbft.Vote{Address: vs[1], Add: true}) // redundant: already a member
	if got := c.engine.PendingVotes(); len(got) != 3 {
		t.Fatalf("pending votes %v, want 3", got)
	}
	seen := map[common.Address]int{}
	for range 4 {
		h := c.propose(c.nextProposer())
		e, err := qbft.DecodeExtra(h.Extra)
		if err != nil {
			t.Fatal(err)
		}
		if e.Vote == nil {
			t.Fatalf("block %d: no vote cast", h.Number)
		}
		if e.Vote.Address == vs[1] {
			t.Fatalf("block %d: redundant vote cast", h.Number)
		}
		seen[e.Vote.Address]++
		c.commit(h)
	}
	if seen[outsider] != 2 || seen[member] != 2 {
		t.Fatalf("votes cast %v, want two each for %s and %s", seen, outsider, member)
	}
	if !c.engine.DiscardVote(outsider) || c.engine.DiscardVote(outsider) {
		t.Fatal("DiscardVote should report the vote once")
	}
	for range 2 {
		h := c.propose(c.nextProposer())
		if e, _ := qbft.DecodeExtra(h.Extra); e.Vote == nil || e.Vote.Address != member {
			t.Fatalf("block %d: vote %v, want only the drop of %s", h.Number, e.Vote, member)
		}
		c.commit(h)
	}
}
