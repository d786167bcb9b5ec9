package wallethw

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/asn1"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/miekg/pkcs11"
)

// Errors of the pkcs11: driver.
var (
	ErrModuleInitialized = errors.New("wallethw: PKCS#11 module already initialised in this process; share one Options.Modules")
	ErrTokenNotFound     = errors.New("wallethw: PKCS#11 token not found")
	ErrKeyNotFound       = errors.New("wallethw: PKCS#11 key not found")
	ErrKeyExists         = errors.New("wallethw: PKCS#11 key with this id already exists")
	ErrUnsupportedCurve  = errors.New("wallethw: PKCS#11 key is not on secp256k1")
	ErrBadHSMSignature   = errors.New("wallethw: PKCS#11 token returned an unusable signature")
)

// secp256k1OID is the DER encoding of OID 1.3.132.0.10 (CKA_EC_PARAMS).
var secp256k1OID = []byte{0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x0a}

// Modules holds the PKCS#11 module contexts of one process, one per module
// path, counted by the signers using them. A module is finalised and
// unloaded when its last signer closes. Its zero value is not usable; use
// NewModules.
type Modules struct {
	mu  sync.Mutex
	ctx map[string]*moduleRef
}

type moduleRef struct {
	p    *pkcs11.Ctx
	refs int
}

// NewModules returns an empty module set.
func NewModules() *Modules {
	return &Modules{ctx: make(map[string]*moduleRef)}
}

// acquire returns the initialised context of module, loading it on first use.
func (m *Modules) acquire(module string) (*pkcs11.Ctx, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if r, ok := m.ctx[module]; ok {
		r.refs++
		return r.p, nil
	}
	p := pkcs11.New(module)
	if p == nil {
		return nil, fmt.Errorf("loading PKCS#11 module %s: cannot open library", module)
	}
	if err := p.Initialize(); err != nil {
		p.Destroy()
		if errors.Is(err, pkcs11.Error(pkcs11.CKR_CRYPTOKI_ALREADY_INITIALIZED)) {
			return nil, fmt.Errorf("%w: %s", ErrModuleInitialized, module)
		}
		return nil, fmt.Errorf("initialising PKCS#11 module %s: %w", module, err)
	}
	m.ctx[module] = &moduleRef{p: p, refs: 1}
	return p, nil
}

// release drops one reference to module, finalising it after the last.
func (m *Modules) release(module string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, ok := m.ctx[module]
	if !ok {
		return nil
	}
	if r.refs--; r.refs > 0 {
		return nil
	}
	delete(m.ctx, module)
	err := r.p.Finalize()
	r.p.Destroy()
	if err != nil {
		return fmt.Errorf("finalising PKCS#11 module %s: %w", module, err)
	}
	return nil
}

// hsmKey is the pkcs11: driver: a secp256k1 private key that never leaves
// the token. One session per signer; PKCS#11 sessions are single-threaded,
// so signing is serialised.
type hsmKey struct {
	mods   *Modules
	module string
	p      *pkcs11.Ctx

	mu      sync.Mutex
	session pkcs11.SessionHandle
	priv    pkcs11.ObjectHandle
	closed  bool

	pub  []byte // uncompressed 04‖X‖Y
	addr common.Address
}

func openPKCS11(ctx context.Context, loc PKCS11Location, opts Options) (Signer, error) {
	k, err := startSession(ctx, loc, opts)
	if err != nil {
		return nil, err
	}
	if err := k.load(loc.ID); err != nil {
		k.close()
		return nil, err
	}
	return &wallet{d: k, allowHash: opts.AllowHashSigning}, nil
}

// GeneratePKCS11Key creates a secp256k1 key pair on the token named by uri
// (a pkcs11: URI; its id and optional label are given to both halves) and
// returns a Signer for it. The private key is sensitive and not
// extractable. It fails with ErrKeyExists if the token already holds a key
// with that id.
func GeneratePKCS11Key(ctx context.Context, uri string, opts Options) (Signer, error) {
	loc, err := ParsePKCS11URI(uri)
	if err != nil {
		return nil, err
	}
	k, err := startSession(ctx, loc, opts)
	if err != nil {
		return nil, err
	}
	if err := k.generate(loc); err != nil {
		k.close()
		return nil, err
	}
	if err := k.load(loc.ID); err != nil {
		k.close()
		return nil, err
	}
	return &wallet{d: k, allowHash: opts.AllowHashSigning}, nil
}

// startSession loads the module, finds the token by label, opens a
// read-write session and logs the user in.
func startSession(ctx context.Context, loc PKCS11Location, opts Options) (*hsmKey, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pin, err := secret(opts.PIN, opts.PINEnv, DefaultPINEnv, "PIN of PKCS#11 token "+loc.Token, opts.Prompt)
	if err != nil {
		return nil, err
	}
	mods := opts.Modules
	if mods == nil {
		mods = NewModules()
	}
	p, err := mods.acquire(loc.Module)
	if err != nil {
		return nil, err
	}
	k := &hsmKey{mods: mods, module: loc.Module, p: p}
	slot, err := findSlot(p, loc.Token)
	if err != nil {
		mods.release(loc.Module)
		return nil, err
	}
	k.session, err = p.OpenSession(slot, pkcs11.CKF_SERIAL_SESSION|pkcs11.CKF_RW_SESSION)
	if err != nil {
		mods.release(loc.Module)
		return nil, fmt.Errorf("opening session on token %q: %w", loc.Token, err)
	}
	if err := p.Login(k.session, pkcs11.CKU_USER, pin); err != nil && !errors.Is(err, pkcs11.Error(pkcs11.CKR_USER_ALREADY_LOGGED_IN)) {
		k.close()
		return nil, fmt.Errorf("logging in to token %q: %w", loc.Token, err)
	}
	return k, nil
}

// findSlot returns the slot holding the token labelled label.
func findSlot(p *pkcs11.Ctx, label string) (uint, error) {
	slots, err := p.GetSlotList(true)
	if err != nil {
		return 0, fmt.Errorf("listing PKCS#11 slots: %w", err)
	}
	for _, s := range slots {
		info, err := p.GetTokenInfo(s)
		if err != nil {
			return 0, fmt.Errorf("reading token info of slot %d: %w", s, err)
		}
		if strings.TrimRight(info.Label, " \x00") == label {
			return s, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrTokenNotFound, label)
}

// findObject returns the object of class with CKA_ID id, or ErrKeyNotFound.
func (k *hsmKey) findObject(class uint, id []byte) (pkcs11.ObjectHandle, error) {
	tmpl := []*pkcs11.Attribute{
		pkcs11.NewAttribute(pkcs11.CKA_CLASS, class),
		pkcs11.NewAttribute(pkcs11.CKA_ID, id),
	}
	if err := k.p.FindObjectsInit(k.session, tmpl); err != nil {
		return 0, fmt.Errorf("searching token objects: %w", err)
	}
	objs, _, err := k.p.FindObjects(k.session, 2)
	if ferr := k.p.FindObjectsFinal(k.session); err == nil && ferr != nil {
		err = ferr
	}
	if err != nil {
		return 0, fmt.Errorf("searching token objects: %w", err)
	}
	switch len(objs) {
	case 0:
		return 0, fmt.Errorf("%w: class %d id %x", ErrKeyNotFound, class, id)
	case 1:
		return objs[0], nil
	default:
		return 0, fmt.Errorf("%w: several objects of class %d have id %x", ErrKeyExists, class, id)
	}
}

// generate creates the key pair of loc on the token.
func (k *hsmKey) generate(loc PKCS11Location) error {
	for _, class := range []uint{pkcs11.CKO_PRIVATE_KEY, pkcs11.CKO_PUBLIC_KEY} {
		if _, err := k.findObject(class, loc.ID); err == nil {
			return fmt.Errorf("%w: id %x", ErrKeyExists, loc.ID)
		} else if !errors.Is(err, ErrKeyNotFound) {
			return err
		}
	}
	label := loc.Label
	if label == "" {
		label = fmt.Sprintf("xiang-%x", loc.ID)
	}
	public := []*pkcs11.Attribute{
		pkcs11.NewAttribute(pkcs11.CKA_CLASS, pkcs11.CKO_PUBLIC_KEY),
		pkcs11.NewAttribute(pkcs11.CKA_KEY_TYPE, pkcs11.CKK_EC),
		pkcs11.NewAttribute(pkcs11.CKA_TOKEN, true),
		pkcs11.NewAttribute(pkcs11.CKA_VERIFY, true),
		pkcs11.NewAttribute(pkcs11.CKA_EC_PARAMS, secp256k1OID),
		pkcs11.NewAttribute(pkcs11.CKA_ID, loc.ID),
		pkcs11.NewAttribute(pkcs11.CKA_LABEL, label),
	}
	private := []*pkcs11.Attribute{
		pkcs11.NewAttribute(pkcs11.CKA_CLASS, pkcs11.CKO_PRIVATE_KEY),
		pkcs11.NewAttribute(pkcs11.CKA_KEY_TYPE, pkcs11.CKK_EC),
		pkcs11.NewAttribute(pkcs11.CKA_TOKEN, true),
		pkcs11.NewAttribute(pkcs11.CKA_PRIVATE, true),
		pkcs11.NewAttribute(pkcs11.CKA_SENSITIVE, true),
		pkcs11.NewAttribute(pkcs11.CKA_EXTRACTABLE, false),
		pkcs11.NewAttribute(pkcs11.CKA_SIGN, true),
		pkcs11.NewAttribute(pkcs11.CKA_ID, loc.ID),
		pkcs11.NewAttribute(pkcs11.CKA_LABEL, label),
	}
	mech := []*pkcs11.Mechanism{pkcs11.NewMechanism(pkcs11.CKM_EC_KEY_PAIR_GEN, nil)}
	if _, _, err := k.p.GenerateKeyPair(k.session, mech, public, private); err != nil {
		return fmt.Errorf("generating secp256k1 key pair on token: %w", err)
	}
	return nil
}

// load finds the key pair with CKA_ID id and derives its address from the
// public key's CKA_EC_POINT.
func (k *hsmKey) load(id []byte) error {
	pubObj, err := k.findObject(pkcs11.CKO_PUBLIC_KEY, id)
	if err != nil {
		return err
	}
	if k.priv, err = k.findObject(pkcs11.CKO_PRIVATE_KEY, id); err != nil {
		return err
	}
	attrs, err := k.p.GetAttributeValue(k.session, pubObj, []*pkcs11.Attribute{
		pkcs11.NewAttribute(pkcs11.CKA_EC_PARAMS, nil),
		pkcs11.NewAttribute(pkcs11.CKA_EC_POINT, nil),
	})
	if err != nil {
		return fmt.Errorf("reading public key %x: %w", id, err)
	}
	var params, point []byte
	for _, a := range attrs {
		switch a.Type {
		case pkcs11.CKA_EC_PARAMS:
			params = a.Value
		case pkcs11.CKA_EC_POINT:
			point = a.Value
		}
	}
	if !bytes.Equal(params, secp256k1OID) {
		return fmt.Errorf("%w: CKA_EC_PARAMS %x", ErrUnsupportedCurve, params)
	}
	pub, err := decodeECPoint(point)
	if err != nil {
		return err
	}
	k.pub = crypto.FromECDSAPub(pub)
	k.addr = crypto.PubkeyToAddress(*pub)
	return nil
}

// decodeECPoint accepts CKA_EC_POINT as a DER OCTET STRING around 04‖X‖Y
// (what PKCS#11 specifies) or as the bare point (what some tokens return).
func decodeECPoint(point []byte) (*ecdsa.PublicKey, error) {
	raw := point
	if !(len(point) == 65 && point[0] == 0x04) {
		if _, err := asn1.Unmarshal(point, &raw); err != nil {
			return nil, fmt.Errorf("%w: CKA_EC_POINT: %v", ErrUnsupportedCurve, err)
		}
	}
	pub, err := crypto.UnmarshalPubkey(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: CKA_EC_POINT: %v", ErrUnsupportedCurve, err)
	}
	return pub, nil
}

func (k *hsmKey) address() common.Address { return k.addr }

// signDigest asks the token for a raw ECDSA signature (CKM_ECDSA), brings s
// into the lower half of the curve order and finds the recovery id.
func (k *hsmKey) signDigest(ctx context.Context, hash common.Hash) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	k.mu.Lock()
	if k.closed {
		k.mu.Unlock()
		return nil, ErrClosed
	}
	err := k.p.SignInit(k.session, []*pkcs11.Mechanism{pkcs11.NewMechanism(pkcs11.CKM_ECDSA, nil)}, k.priv)
	var raw []byte
	if err == nil {
		raw, err = k.p.Sign(k.session, hash[:])
	}
	k.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("PKCS#11 sign: %w", err)
	}
	return recoverableSignature(hash, raw, k.pub)
}

func (k *hsmKey) close() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.closed {
		return nil
	}
	k.closed = true
	err := k.p.CloseSession(k.session)
	if rerr := k.mods.release(k.module); err == nil {
		err = rerr
	}
	if err != nil {
		return fmt.Errorf("closing PKCS#11 signer: %w", err)
	}
	return nil
}

var (
	secp256k1N     = crypto.S256().Params().N
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
)

// recoverableSignature turns a token's r‖s (64 bytes, or DER
// ECDSA-Sig-Value) into Ethereum's r‖s‖v: s is replaced by n−s when it is
// in the upper half (EIP-2), and v is whichever of 0 and 1 recovers pub.
func recoverableSignature(hash common.Hash, raw, pub []byte) ([]byte, error) {
	var r, s *big.Int
	if len(raw) == 64 {
		r, s = new(big.Int).SetBytes(raw[:32]), new(big.Int).SetBytes(raw[32:])
	} else {
		var der struct{ R, S *big.Int }
		if rest, err := asn1.Unmarshal(raw, &der); err != nil || len(rest) != 0 {
			return nil, fmt.Errorf("%w: %d bytes, neither r‖s nor DER", ErrBadHSMSignature, len(raw))
		}
		r, s = der.R, der.S
	}
	if r.Sign() <= 0 || s.Sign() <= 0 || r.Cmp(secp256k1N) >= 0 || s.Cmp(secp256k1N) >= 0 {
		return nil, fmt.Errorf("%w: r or s out of range", ErrBadHSMSignature)
	}
	if s.Cmp(secp256k1HalfN) > 0 {
		s = new(big.Int).Sub(secp256k1N, s)
	}
	sig := make([]byte, crypto.SignatureLength)
	r.FillBytes(sig[:32])
	s.FillBytes(sig[32:64])
	for v := byte(0); v < 2; v++ {
		sig[64] = v
		if rec, err := crypto.Ecrecover(hash[:], sig); err == nil && bytes.Equal(rec, pub) {
			return sig, nil
		}
	}
	return nil, fmt.Errorf("%w: no recovery id yields the key's public key", ErrBadHSMSignature)
}
