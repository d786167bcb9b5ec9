package wallethw

import (
	"context"
	"crypto/ecdsa"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// softHSMModule is where Debian's softhsm2 package installs the module.
const softHSMModule = "/usr/lib/softhsm/libsofthsm2.so"

const (
	testTokenLabel = "xiang"
	testPIN        = "1234"
	testSOPIN      = "5678"
	testPassword   = "correct horse"
)

// newToken initialises a fresh SoftHSM2 token in a temporary directory and
// points SOFTHSM2_CONF and the PIN variable at it. It skips the test when
// SoftHSM2 is not installed (CI installs the softhsm2 package).
func newToken(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(softHSMModule); err != nil {
		t.Skipf("SoftHSM2 not installed (%s missing); apt-get install softhsm2", softHSMModule)
	}
	util, err := exec.LookPath("softhsm2-util")
	if err != nil {
		t.Skipf("softhsm2-util not found: %v", err)
	}
	dir := t.TempDir()
	tokens := filepath.Join(dir, "tokens")
	if err := os.Mkdir(tokens, 0o700); err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(dir, "softhsm2.conf")
	body := "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n"
	if err := os.WriteFile(conf, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("SOFTHSM2_CONF", conf)
	t.Setenv(DefaultPINEnv, testPIN)
	out, err := exec.Command(util, "--init-token", "--free", "--label", testTokenLabel, "--pin", testPIN, "--so-pin", testSOPIN).CombinedOutput()
	if err != nil {
		t.Fatalf("softhsm2-util --init-token: %v\n%s", err, out)
	}
}

// tokenURI is the pkcs11: URI of key id on the test token.
func tokenURI(id string) string {
	return "pkcs11:module=" + softHSMModule + ";token=" + testTokenLabel + ";id=" + id
}

// newHSMSigner generates a key on a fresh token and returns its signer.
func newHSMSigner(t testing.TB, opts Options) Signer {
	t.Helper()
	newToken(t)
	s, err := GeneratePKCS11Key(context.Background(), tokenURI("01")+";label=test", opts)
	if err != nil {
		t.Fatalf("generating key: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// writeKeystore encrypts key into a keystore file and returns its path.
func writeKeystore(t testing.TB, key *ecdsa.PrivateKey) string {
	t.Helper()
	k := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	blob, err := keystore.EncryptKey(k, testPassword, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "key.json")
	if err := os.WriteFile(path, blob, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// newKeystoreSigner writes a fresh key to a keystore file and opens it.
func newKeystoreSigner(t testing.TB, opts Options) (Signer, *ecdsa.PrivateKey) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	opts.Password = testPassword
	s, err := Open(context.Background(), "keystore:"+writeKeystore(t, key), opts)
	if err != nil {
		t.Fatalf("opening keystore: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, key
}
