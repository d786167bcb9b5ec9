package node

import (
	"context"
	"crypto/ecdsa"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/xiangchain/xiangchain/genesis"
	"github.com/xiangchain/xiangchain/node/consensus/qbft"
	wallethw "github.com/xiangchain/xiangchain/wallet-hw"
)

// softHSMModule is SoftHSM2's PKCS#11 library as Debian installs it.
const softHSMModule = "/usr/lib/softhsm/libsofthsm2.so"

// hsmValidatorURI initialises a SoftHSM2 token in a temporary directory and
// returns the signer URI of a key to generate there, or skips the test when
// SoftHSM2 is not installed.
func hsmValidatorURI(t *testing.T) string {
	t.Helper()
	util, err := exec.LookPath("softhsm2-util")
	if _, serr := os.Stat(softHSMModule); serr != nil || err != nil {
		t.Skipf("SoftHSM2 not installed (apt-get install softhsm2): %v %v", serr, err)
	}
	dir := t.TempDir()
	tokens := filepath.Join(dir, "tokens")
	if err := os.Mkdir(tokens, 0o700); err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(dir, "softhsm2.conf")
	if err := os.WriteFile(conf, []byte("directories.tokendir = "+tokens+"\nobjectstore.backend = file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("SOFTHSM2_CONF", conf)
	t.Setenv("XIANG_PKCS11_PIN", "1234")
	if out, err := exec.Command(util, "--init-token", "--free", "--label", "validator", "--pin", "1234", "--so-pin", "5678").CombinedOutput(); err != nil {
		t.Fatalf("softhsm2-util: %v\n%s", err, out)
	}
	return "pkcs11:module=" + softHSMModule + ";token=validator;id=01"
}

// TestValidatorKeyInHSM runs four validators, one of which signs its
// proposals, votes and commit seals inside a SoftHSM2 token; the chain
// commits, and blocks carry that validator's seals.
func TestValidatorKeyInHSM(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four nodes")
	}
	uri := hsmValidatorURI(t)
	if _, err := generateHSMKey(uri + ";label=validator"); err != nil {
		t.Fatalf("generating the validator key on the token: %v", err)
	}
	hsmKey, err := openValidatorSigner(uri)
	if err != nil {
		t.Fatal(err)
	}
	keys := make([]*ecdsa.PrivateKey, 3)
	addrs := []common.Address{hsmKey.Address()}
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		addrs = append(addrs, crypto.PubkeyToAddress(keys[i].PublicKey))
	}
	g, err := genesis.NewQBFT(genesis.QBFTOptions{
		ChainID: 4248, Validators: addrs, FeeProfile: genesis.FeesFree,
		QBFT: qbft.Config{BlockPeriodSeconds: 1, RequestTimeoutSeconds: 2},
	})
	if err != nil {
		t.Fatal(err)
	}
	var nodes []*Node
	t.Cleanup(func() {
		for _, n := range nodes {
			n.Close()
		}
	})
	for i := range 4 {
		key := hsmKey
		if i > 0 {
			key = qbft.KeyFromECDSA(keys[i-1])
		}
		n, err := New(Config{DataDir: t.TempDir(), Genesis: g, Key: key, P2PListenAddr: "127.0.0.1:0", MaxPeers: 10})
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Run(); err != nil {
			t.Fatal(err)
		}
		for _, other := range nodes {
			n.stack.Server().AddPeer(other.stack.Server().Self())
		}
		nodes = append(nodes, n)
	}
	c := &cluster{t: t, gen: g, nodes: nodes}
	c.waitAll(8)
	c.checkAgreement(8)
	proposed, sealed := false, false
	for num := uint64(1); num <= 8; num++ {
		hdr := nodes[1].Chain().GetHeaderByNumber(num)
		proposed = proposed || hdr.Coinbase == hsmKey.Address()
		cert := nodes[1].certs.Certificate(hdr.Hash())
		if cert == nil {
			continue
		}
		digest := qbft.CommitSealHash(g.Core.Config.ChainID, hdr.Hash(), cert.Round)
		for _, seal := range cert.Seals {
			if a, err := qbft.RecoverSigner(digest, seal); err == nil && a == hsmKey.Address() {
				sealed = true
			}
		}
	}
	if !proposed || !sealed {
		t.Fatalf("the HSM validator proposed: %t, sealed: %t", proposed, sealed)
	}
	if _, err := openValidatorSigner("ledger://m/44'/60'/0'/0/0"); err == nil {
		t.Fatal("a hardware wallet was accepted as validator key")
	}
}

// generateHSMKey creates a validator key on a PKCS#11 token (uri names
// module, token, id and optionally label) and returns its address.
func generateHSMKey(uri string) (common.Address, error) {
	s, err := wallethw.GeneratePKCS11Key(context.Background(), uri, wallethw.Options{Modules: wallethw.NewModules()})
	if err != nil {
		return common.Address{}, err
	}
	defer s.Close()
	return s.Address(), nil
}
