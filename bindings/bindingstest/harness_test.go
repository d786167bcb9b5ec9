package bindingstest

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/xiangchain/xiangchain/genesis"
)

// artifactsDir is where contracts/scripts/compile.js writes the artifacts.
var artifactsDir = filepath.Join("..", "..", "contracts", "artifacts")

// artifact is one compiled contract.
type artifact struct {
	Name             string  `json:"contractName"`
	Source           string  `json:"sourceName"`
	RawABI           rawJSON `json:"abi"`
	Bytecode         string  `json:"bytecode"`
	DeployedBytecode string  `json:"deployedBytecode"`
	family           string
	abi              abi.ABI
}

type rawJSON []byte

func (r *rawJSON) UnmarshalJSON(b []byte) error {
	*r = append((*r)[:0], b...)
	return nil
}

// loadArtifacts reads every artifact, keyed by contract name.
func loadArtifacts() (map[string]*artifact, error) {
	files, err := filepath.Glob(filepath.Join(artifactsDir, "*", "*.json"))
	if err != nil {
		return nil, fmt.Errorf("list artifacts: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no artifacts under %s", artifactsDir)
	}
	out := make(map[string]*artifact)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read artifact: %w", err)
		}
		a := new(artifact)
		if err := json.Unmarshal(raw, a); err != nil {
			return nil, fmt.Errorf("decode %s: %w", f, err)
		}
		if a.abi, err = abi.JSON(strings.NewReader(string(a.RawABI))); err != nil {
			return nil, fmt.Errorf("parse ABI of %s: %w", a.Name, err)
		}
		a.family = filepath.Base(filepath.Dir(f))
		out[a.Name] = a
	}
	return out, nil
}

// ---------------------------------------------------------------------------------------------- coverage

// record is what the test run exercised, per contract: function/event/error signatures and gas per function.
type record struct {
	mu        sync.Mutex
	functions map[string]map[string]bool
	events    map[string]map[string]bool
	errors    map[string]map[string]bool
	gas       map[string]map[string][]uint64
}

func newRecord() *record {
	return &record{
		functions: make(map[string]map[string]bool),
		events:    make(map[string]map[string]bool),
		errors:    make(map[string]map[string]bool),
		gas:       make(map[string]map[string][]uint64),
	}
}

func mark(m map[string]map[string]bool, contract, sig string) {
	if m[contract] == nil {
		m[contract] = make(map[string]bool)
	}
	m[contract][sig] = true
}

func (r *record) function(contract, sig string, gas uint64, mined bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	mark(r.functions, contract, sig)
	if mined {
		if r.gas[contract] == nil {
			r.gas[contract] = make(map[string][]uint64)
		}
		r.gas[contract][sig] = append(r.gas[contract][sig], gas)
	}
}

func (r *record) event(contract, sig string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	mark(r.events, contract, sig)
}

func (r *record) error(contract, sig string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	mark(r.errors, contract, sig)
}

// suite is shared by all tests of the package: the artifacts (read-only) and the coverage record.
var suite struct {
	artifacts map[string]*artifact
	covered   *record
}

// ---------------------------------------------------------------------------------------------- environment

// actor is a funded test account.
type actor struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

// actorNames are the accounts every environment funds; keys derive from the names, so addresses are stable.
var actorNames = []string{"admin", "alice", "bob", "carol", "dave", "erin", "frank", "grace"}

// env is one simulated chain with the actors and the deployed contracts' names.
type env struct {
	t      testing.TB
	sim    *simulated.Backend
	client *recorder
	names  map[common.Address]string
	actors map[string]*actor
}

// chainID is the simulated backend's chain id, which is also Xiangchain's dev chain id.
var chainID = big.NewInt(genesis.DevChainID)

// xiangRules returns the simulated-backend option that installs Xiangchain's rules.
//
// The simulated backend defaults to params.AllDevChainProtocolChanges, which enables Amsterdam and later forks
// whose gas costs differ from ours. We install genesis.ChainConfig(1337) instead (forks through Osaka, nothing
// later). go-ethereum only runs post-merge chains (ethconfig.CreateConsensusEngine refuses a config without
// terminalTotalDifficulty) and the simulated backend is driven by a simulated beacon, so the copy sets
// TerminalTotalDifficulty = 0. That changes no EVM rule: like our QBFT blocks, its blocks have difficulty 0,
// which is what activates Shanghai and later forks in go-ethereum.
func xiangRules(nodeConf *node.Config, ethConf *ethconfig.Config) {
	cfg := *genesis.ChainConfig(genesis.DevChainID)
	cfg.TerminalTotalDifficulty = big.NewInt(0)
	ethConf.Genesis.Config = &cfg
	ethConf.Genesis.GasLimit = genesis.DefaultGasLimit
	ethConf.Miner.GasCeil = genesis.DefaultGasLimit
}

func newEnv(t testing.TB) *env {
	t.Helper()
	e := &env{t: t, names: make(map[common.Address]string), actors: make(map[string]*actor)}
	alloc := types.GenesisAlloc{}
	for _, name := range actorNames {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte("xiangchain test actor " + name)))
		if err != nil {
			t.Fatal(err)
		}
		a := &actor{name: name, key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
		a.opts = bind.NewKeyedTransactor(key, chainID)
		e.actors[name] = a
		alloc[a.addr] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	e.sim = simulated.NewBackend(alloc, xiangRules)
	t.Cleanup(func() { e.sim.Close() })
	e.client = &recorder{Client: e.sim.Client(), env: e}
	return e
}

func (e *env) actor(name string) *actor {
	a, ok := e.actors[name]
	if !ok {
		e.t.Fatalf("unknown actor %q", name)
	}
	return a
}

// now is the timestamp of the latest block.
func (e *env) now() uint64 {
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// warp mines an empty block d later than the latest one. The simulated
// backend refuses while its pool still lists transactions, and the pool drops
// included ones asynchronously after a commit, so it retries briefly.
func (e *env) warp(d time.Duration) {
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := e.sim.AdjustTime(d)
		if err == nil {
			return
		}
		if !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			e.t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// deploy deploys a contract by artifact name and returns its bound instance.
func (e *env) deploy(from *actor, name string, constructorInput []byte) *bind.BoundContract {
	e.t.Helper()
	a := suite.artifacts[name]
	if a == nil {
		e.t.Fatalf("no artifact %s", name)
	}
	addr, tx, err := bind.DeployContract(from.opts, common.FromHex(a.Bytecode), e.client, constructorInput)
	if err != nil {
		e.t.Fatalf("deploy %s: %v", name, err)
	}
	e.names[addr] = name
	e.sim.Commit()
	rcpt := e.receipt(tx)
	suite.covered.function(name, "constructor", rcpt.GasUsed, true)
	e.recordLogs(rcpt)
	return bind.NewBoundContract(addr, a.abi, e.client, e.client, e.client)
}

func (e *env) receipt(tx *types.Transaction) *types.Receipt {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	rcpt, err := bind.WaitMined(ctx, e.client, tx.Hash())
	if err != nil {
		e.t.Fatalf("wait for %x: %v", tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("transaction %x reverted", tx.Hash())
	}
	return rcpt
}

func (e *env) recordLogs(rcpt *types.Receipt) {
	for _, l := range rcpt.Logs {
		name, ok := e.names[l.Address]
		if !ok || len(l.Topics) == 0 {
			continue
		}
		if ev, err := suite.artifacts[name].abi.EventByID(l.Topics[0]); err == nil {
			suite.covered.event(name, ev.Sig)
		}
	}
}

// send mines a transaction from an actor and fails the test unless it succeeds.
func (e *env) send(from *actor, c *bind.BoundContract, data []byte) *types.Receipt {
	e.t.Helper()
	tx, err := bind.Transact(c, from.opts, data)
	if err != nil {
		e.t.Fatalf("%s from %s: %v", e.describe(c.Address(), data), from.name, err)
	}
	e.sim.Commit()
	rcpt := e.receipt(tx)
	name := e.names[c.Address()]
	if m, err := suite.artifacts[name].abi.MethodById(data); err == nil {
		suite.covered.function(name, m.Sig, rcpt.GasUsed, true)
	}
	e.recordLogs(rcpt)
	return rcpt
}

// expectRevert asserts that the call reverts with the named custom error of the target contract and, when
// args are given, with exactly those arguments.
func (e *env) expectRevert(from *actor, c *bind.BoundContract, data []byte, wantErr string, args ...any) {
	e.t.Helper()
	to := c.Address()
	_, err := e.client.EstimateGas(context.Background(), ethereum.CallMsg{From: from.addr, To: &to, Data: data})
	if err == nil {
		e.t.Fatalf("%s from %s: succeeded, want revert %s", e.describe(to, data), from.name, wantErr)
	}
	name := e.names[to]
	a := suite.artifacts[name]
	revert := revertData(err)
	if len(revert) < 4 {
		e.t.Fatalf("%s from %s: error %v without custom error data, want %s", e.describe(to, data), from.name, err, wantErr)
	}
	got, lookupErr := a.abi.ErrorByID([4]byte(revert[:4]))
	if lookupErr != nil {
		e.t.Fatalf("%s: revert data %x is no error of %s, want %s", e.describe(to, data), revert, name, wantErr)
	}
	if got.Name != wantErr {
		e.t.Fatalf("%s from %s: reverted with %s, want %s", e.describe(to, data), from.name, got.Name, wantErr)
	}
	if len(args) > 0 {
		values, err := got.Inputs.Unpack(revert[4:])
		if err != nil {
			e.t.Fatalf("unpack %s: %v", got.Name, err)
		}
		if !reflect.DeepEqual(normalise(values), normalise(args)) {
			e.t.Fatalf("%s: %s%v, want %s%v", e.describe(to, data), got.Name, values, wantErr, args)
		}
	}
}

// normalise makes big.Int and small integer arguments comparable.
func normalise(values []any) []string {
	out := make([]string, len(values))
	for i, v := range values {
		switch x := v.(type) {
		case [32]byte:
			out[i] = common.Hash(x).Hex()
		case common.Hash:
			out[i] = x.Hex()
		default:
			out[i] = fmt.Sprint(v)
		}
	}
	return out
}

func (e *env) describe(to common.Address, data []byte) string {
	name := e.names[to]
	if a := suite.artifacts[name]; a != nil {
		if m, err := a.abi.MethodById(data); err == nil {
			return name + "." + m.Sig
		}
	}
	return fmt.Sprintf("%s call %x", name, data[:min(4, len(data))])
}

// view calls a view function through the bindings and fails the test on error.
func view[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(c, nil, data, unpack)
	if err != nil {
		e.t.Fatalf("%s: %v", e.describe(c.Address(), data), err)
	}
	return v
}

// events returns every log of the receipt that decodes as the given event.
func events[T any](rcpt *types.Receipt, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range rcpt.Logs {
		if v, err := unpack(l); err == nil {
			out = append(out, v)
		}
	}
	return out
}

// event returns the single log of the receipt that decodes as the given event.
func event[T any](t testing.TB, rcpt *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	t.Helper()
	evs := events(rcpt, unpack)
	if len(evs) != 1 {
		t.Fatalf("found %d %T events, want 1", len(evs), *new(T))
	}
	return evs[0]
}

// revertData extracts the revert payload from an RPC error.
func revertData(err error) []byte {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			return common.FromHex(s)
		}
	}
	return nil
}

// recorder wraps the simulated client to record successful view calls and the custom errors of failed calls.
type recorder struct {
	simulated.Client
	env *env
}

func (r *recorder) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	out, err := r.Client.CallContract(ctx, msg, block)
	r.observe(msg, err)
	return out, err
}

func (r *recorder) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	gas, err := r.Client.EstimateGas(ctx, msg)
	if err != nil {
		r.observe(msg, err)
	}
	return gas, err
}

func (r *recorder) observe(msg ethereum.CallMsg, err error) {
	if msg.To == nil || len(msg.Data) < 4 {
		return
	}
	name, ok := r.env.names[*msg.To]
	if !ok {
		return
	}
	a := suite.artifacts[name]
	if err == nil {
		if m, lerr := a.abi.MethodById(msg.Data); lerr == nil && m.IsConstant() {
			suite.covered.function(name, m.Sig, 0, false)
		}
		return
	}
	if data := revertData(err); len(data) >= 4 {
		if e, lerr := a.abi.ErrorByID([4]byte(data[:4])); lerr == nil {
			suite.covered.error(name, e.Sig)
		}
	}
}

// ---------------------------------------------------------------------------------------------- small helpers

func u(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func hashOf(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// expectDeployRevert asserts that deploying the named contract reverts with the named custom error.
func (e *env) expectDeployRevert(from *actor, name string, constructorInput []byte, wantErr string, args ...any) {
	e.t.Helper()
	a := suite.artifacts[name]
	code := append(common.FromHex(a.Bytecode), constructorInput...)
	_, err := e.client.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: from.addr, Data: code})
	revert := revertData(err)
	if err == nil || len(revert) < 4 {
		e.t.Fatalf("deploy %s: error %v, want revert %s", name, err, wantErr)
	}
	got, lerr := a.abi.ErrorByID([4]byte(revert[:4]))
	if lerr != nil || got.Name != wantErr {
		e.t.Fatalf("deploy %s: reverted with %x, want %s", name, revert, wantErr)
	}
	if len(args) > 0 {
		values, err := got.Inputs.Unpack(revert[4:])
		if err != nil || !reflect.DeepEqual(normalise(values), normalise(args)) {
			e.t.Fatalf("deploy %s: %s%v, want %v", name, got.Name, values, args)
		}
	}
	suite.covered.error(name, got.Sig)
}
