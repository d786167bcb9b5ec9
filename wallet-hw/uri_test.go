package wallethw

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestParsePKCS11URI(t *testing.T) {
	tests := []struct {
		uri  string
		want PKCS11Location
		err  error
	}{
		{uri: "pkcs11:module=/lib/p.so;token=eth;id=01", want: PKCS11Location{Module: "/lib/p.so", Token: "eth", ID: []byte{1}}},
		{uri: "pkcs11:token=eth;id=0xa0b1;module=/lib/p.so;label=val%201", want: PKCS11Location{Module: "/lib/p.so", Token: "eth", ID: []byte{0xa0, 0xb1}, Label: "val 1"}},
		{uri: "pkcs11:module=/odd%3Bdir/p.so;token=my%20token;id=ff", want: PKCS11Location{Module: "/odd;dir/p.so", Token: "my token", ID: []byte{0xff}}},
		{uri: "pkcs11:token=eth;id=01", err: ErrInvalidURI},
		{uri: "pkcs11:module=/p.so;id=01", err: ErrInvalidURI},
		{uri: "pkcs11:module=/p.so;token=eth", err: ErrInvalidURI},
		{uri: "pkcs11:module=/p.so;token=eth;id=zz", err: ErrInvalidURI},
		{uri: "pkcs11:module=/p.so;token=eth;id=01;pin=1234", err: ErrInvalidURI},
		{uri: "pkcs11:module=/p.so;token=eth;token=x;id=01", err: ErrInvalidURI},
		{uri: "pkcs11:module=/p.so;token;id=01", err: ErrInvalidURI},
		{uri: "keystore:/x", err: ErrInvalidURI},
	}
	for _, tt := range tests {
		got, err := ParsePKCS11URI(tt.uri)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("%s: err = %v, want %v", tt.uri, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.uri, err)
			continue
		}
		if got.Module != tt.want.Module || got.Token != tt.want.Token || got.Label != tt.want.Label || !bytes.Equal(got.ID, tt.want.ID) {
			t.Errorf("%s: got %+v, want %+v", tt.uri, got, tt.want)
		}
		back, err := ParsePKCS11URI(got.String())
		if err != nil || back.Module != got.Module || back.Token != got.Token || back.Label != got.Label || !bytes.Equal(back.ID, got.ID) {
			t.Errorf("%s: String() %q does not round-trip: %+v, %v", tt.uri, got.String(), back, err)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	path := writeKeystore(t, key)
	t.Setenv(DefaultPasswordEnv, "")
	t.Setenv(DefaultPINEnv, "")
	tests := []struct {
		name string
		uri  string
		opts Options
		err  error
	}{
		{"no scheme", "/tmp/key.json", Options{}, ErrInvalidURI},
		{"unknown scheme", "yubikey:0", Options{}, ErrUnknownScheme},
		{"ledger without //", "ledger:m/44'/60'/0'/0/0", Options{}, ErrInvalidURI},
		{"keystore without path", "keystore:", Options{}, ErrInvalidURI},
		{"keystore without password", "keystore:" + path, Options{}, ErrNoSecret},
		{"keystore wrong password", "keystore:" + path, Options{Password: "wrong"}, keystore.ErrDecrypt},
		{"pkcs11 without PIN", "pkcs11:module=/nonexistent.so;token=t;id=01", Options{}, ErrNoSecret},
		{"pkcs11 bad uri", "pkcs11:module=/nonexistent.so;id=01", Options{PIN: "1"}, ErrInvalidURI},
	}
	for _, tt := range tests {
		s, err := Open(context.Background(), tt.uri, tt.opts)
		if !errors.Is(err, tt.err) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.err)
		}
		if s != nil {
			t.Errorf("%s: got a signer with an error", tt.name)
			s.Close()
		}
	}
}

func TestKeystoreSecretSources(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.PubkeyToAddress(key.PublicKey)
	path := writeKeystore(t, key)
	t.Setenv(DefaultPasswordEnv, "")
	t.Setenv("MY_PASS", testPassword)
	var asked []string
	prompt := func(what string) (string, error) { asked = append(asked, what); return testPassword, nil }
	for _, opts := range []Options{
		{Password: testPassword},
		{PasswordEnv: "MY_PASS"},
		{Prompt: prompt},
	} {
		s, err := Open(context.Background(), "keystore:"+path, opts)
		if err != nil {
			t.Fatalf("%+v: %v", opts, err)
		}
		if s.Address() != want {
			t.Errorf("address %v, want %v", s.Address(), want)
		}
		s.Close()
	}
	if len(asked) != 1 {
		t.Errorf("prompt asked %d times, want once", len(asked))
	}
	t.Setenv(DefaultPasswordEnv, testPassword)
	s, err := Open(context.Background(), "keystore:"+path, Options{})
	if err != nil {
		t.Fatalf("default env: %v", err)
	}
	s.Close()
	if _, err := s.SignPersonal(context.Background(), []byte("x")); !errors.Is(err, ErrClosed) {
		t.Errorf("sign after close: %v, want ErrClosed", err)
	}
}

func TestParseHardwareURI(t *testing.T) {
	tests := []struct {
		uri    string
		want   string // canonical String() form; "" when err is set
		serial string
		err    error
	}{
		{"ledger://m/44'/60'/0'/0/0", "ledger://m/44'/60'/0'/0/0", "", nil},
		{"ledger://", "ledger://m/44'/60'/0'/0/0", "", nil},
		{"trezor://m/44'/60'/0'/0/7", "trezor://m/44'/60'/0'/0/7", "", nil},
		{"trezor://m/44'/60'/2'/0/0?serial=ABC123", "trezor://m/44'/60'/2'/0/0?serial=ABC123", "ABC123", nil},
		{"ledger://m/44'/60'/1'", "ledger://m/44'/60'/1'", "", nil},
		{"ledger:m/44'/60'/0'/0/0", "", "", ErrInvalidURI},
		{"ledger://44'/60'/0'/0/0", "", "", ErrInvalidURI},
		{"ledger://m/44'/x/0", "", "", ErrInvalidURI},
		{"ledger://m/44'/60'/0'/0/0?serial=", "", "", ErrInvalidURI},
		{"ledger://m/44'/60'/0'/0/0?pin=1", "", "", ErrInvalidURI},
		{"keepkey://m/44'/60'/0'/0/0", "", "", ErrUnknownScheme},
	}
	for _, tt := range tests {
		loc, err := ParseHardwareURI(tt.uri)
		if !errors.Is(err, tt.err) {
			t.Errorf("%q: err = %v, want %v", tt.uri, err, tt.err)
			continue
		}
		if err != nil {
			continue
		}
		if got := loc.String(); got != tt.want {
			t.Errorf("%q: String() = %q, want %q", tt.uri, got, tt.want)
		}
		if loc.Serial != tt.serial {
			t.Errorf("%q: serial %q, want %q", tt.uri, loc.Serial, tt.serial)
		}
	}
}

func TestParseHardwareURIBridge(t *testing.T) {
	tests := []struct {
		uri    string
		bridge string
		err    error
	}{
		{"trezor://?bridge=default", DefaultTrezorBridge, nil},
		{"trezor://m/44'/60'/0'/0/1?bridge=http://10.0.0.2:21325", "http://10.0.0.2:21325", nil},
		{"trezor://", "", nil},
		{"ledger://?bridge=default", "", ErrInvalidURI},
		{"trezor://?bridge=ftp://host", "", ErrInvalidURI},
		{"trezor://?bridge=default&serial=ABC", "", ErrInvalidURI},
		{"trezor://?serial=A&serial=B", "", ErrInvalidURI},
		{"trezor://?bridge=", "", ErrInvalidURI},
	}
	for _, tt := range tests {
		loc, err := ParseHardwareURI(tt.uri)
		if !errors.Is(err, tt.err) {
			t.Errorf("%q: err = %v, want %v", tt.uri, err, tt.err)
			continue
		}
		if err != nil {
			continue
		}
		if loc.Bridge != tt.bridge {
			t.Errorf("%q: bridge %q, want %q", tt.uri, loc.Bridge, tt.bridge)
		}
		again, err := ParseHardwareURI(loc.String())
		if err != nil || again.String() != loc.String() || again.Bridge != loc.Bridge {
			t.Errorf("%q: String() %q does not parse back to itself (%v)", tt.uri, loc.String(), err)
		}
	}
}
