package wallethw

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"
	"github.com/xiangchain/xiangchain/internal/eip712"
)

// Ledger drives the Ethereum app of a Ledger device over a Transport. It
// signs for one BIP-32 path; the address is read once, when it is opened.
//
// Every signature the device returns is checked to recover to that address
// before it is handed out, so a wrong path, a swapped device or a corrupt
// reply never yields a signature for someone else. Exchanges are serialised
// by a mutex; a context is checked between APDUs (a USB read that already
// started cannot be interrupted).
type Ledger struct {
	mu      sync.Mutex
	t       Transport // nil once closed
	path    accounts.DerivationPath
	rawPath []byte // path as the app encodes it
	opts    Options
	version LedgerAppVersion
	flags   byte // GET APP CONFIGURATION flags
	addr    common.Address
}

var _ Signer = (*Ledger)(nil)

// NewLedger opens the Ethereum app on the Ledger behind t: it reads the app
// version (GET APP CONFIGURATION) and the address of path (GET ETH PUBLIC
// ADDRESS, without asking the holder). The returned Signer is a *Ledger.
// t is closed by Close, not by a failing NewLedger.
func NewLedger(ctx context.Context, t Transport, path accounts.DerivationPath, opts Options) (Signer, error) {
	raw, err := ledgerPath(path)
	if err != nil {
		return nil, err
	}
	l := &Ledger{t: t, path: path, rawPath: raw, opts: opts}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	cfg, err := ledgerExchange(t, ledgerInsGetConfig, 0, 0, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the Ledger app configuration: %w", err)
	}
	if len(cfg) < ledgerAppConfigSize {
		return nil, fmt.Errorf("%w: app configuration of %d bytes", ErrDeviceProtocol, len(cfg))
	}
	l.flags = cfg[0]
	l.version = LedgerAppVersion{cfg[1], cfg[2], cfg[3]}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	reply, err := ledgerExchange(t, ledgerInsGetAddress, 0, 0, raw)
	if err != nil {
		return nil, fmt.Errorf("reading the Ledger address of %s: %w", path, err)
	}
	if l.addr, err = parseLedgerAddress(reply); err != nil {
		return nil, fmt.Errorf("reading the Ledger address of %s: %w", path, err)
	}
	return l, nil
}

// parseLedgerAddress decodes a GET ETH PUBLIC ADDRESS reply: public key
// length, uncompressed key, address length, address as ASCII hex. The
// address must be the one the public key hashes to.
func parseLedgerAddress(reply []byte) (common.Address, error) {
	if len(reply) < 1 || len(reply) < 1+int(reply[0]) {
		return common.Address{}, fmt.Errorf("%w: address reply lacks the public key", ErrDeviceProtocol)
	}
	pub := reply[1 : 1+int(reply[0])]
	rest := reply[1+int(reply[0]):]
	if len(rest) < 1 || len(rest) < 1+int(rest[0]) {
		return common.Address{}, fmt.Errorf("%w: address reply lacks the address", ErrDeviceProtocol)
	}
	text := rest[1 : 1+int(rest[0])]
	var addr common.Address
	if len(text) != 2*common.AddressLength {
		return common.Address{}, fmt.Errorf("%w: address of %d characters", ErrDeviceProtocol, len(text))
	}
	if _, err := hex.Decode(addr[:], text); err != nil {
		return common.Address{}, fmt.Errorf("%w: address %q: %v", ErrDeviceProtocol, text, err)
	}
	key, err := crypto.UnmarshalPubkey(pub)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: public key: %v", ErrDeviceProtocol, err)
	}
	if derived := crypto.PubkeyToAddress(*key); derived != addr {
		return common.Address{}, fmt.Errorf("%w: the device reports address %v for public key of %v", ErrDeviceProtocol, addr, derived)
	}
	return addr, nil
}

// Address is the account of the path the Ledger was opened with.
func (l *Ledger) Address() common.Address { return l.addr }

// AppVersion is the version of the Ethereum app read at open.
func (l *Ledger) AppVersion() LedgerAppVersion { return l.version }

// Close closes the transport. Later calls fail with ErrClosed.
func (l *Ledger) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.t == nil {
		return nil
	}
	err := l.t.Close()
	l.t = nil
	if err != nil {
		return fmt.Errorf("closing the Ledger: %w", err)
	}
	return nil
}

// SignHash always fails: the Ethereum app has no command to sign a raw
// digest, and it should not have one.
func (l *Ledger) SignHash(context.Context, common.Hash) ([]byte, error) {
	return nil, fmt.Errorf("%w: a hardware wallet cannot sign raw digests", ErrNotSupported)
}

// exchangeChunks sends data to ins in the given chunks, the first with p1
// first and the others with p1 more, and returns the last reply. The caller
// holds l.mu.
func (l *Ledger) exchangeChunks(ctx context.Context, ins, p1First, p1More, p2 byte, chunks [][]byte) ([]byte, error) {
	var reply []byte
	for i, c := range chunks {
		if err := l.usable(ctx); err != nil {
			return nil, err
		}
		p1 := p1More
		if i == 0 {
			p1 = p1First
		}
		var err error
		if reply, err = ledgerExchange(l.t, ins, p1, p2, c); err != nil {
			return nil, err
		}
	}
	return reply, nil
}

// usable fails when the context is done or the signer closed. The caller
// holds l.mu.
func (l *Ledger) usable(ctx context.Context) error {
	if l.t == nil {
		return ErrClosed
	}
	return ctx.Err()
}

// splitLedgerPayload cuts payload into signing APDUs the way ledgerjs does
// (and so the way Ledger's recordings look): the path and at most
// ledgerChunkSize bytes in the first, ledgerChunkSize in the rest. head is
// put before the first chunk and counts against its size. When tail > 0,
// the chunk that reaches payload[len-tail:] takes everything left, so the
// last APDU never carries only the EIP-155 (chainId, 0, 0) trailer, which
// the app cannot parse on its own.
func splitLedgerPayload(head, payload []byte, tail int) [][]byte {
	var chunks [][]byte
	tailAt := len(payload) - tail
	for off := 0; off < len(payload) || len(chunks) == 0; {
		size := ledgerChunkSize
		if off == 0 {
			size -= len(head)
		}
		if off+size > len(payload) {
			size = len(payload) - off
		}
		if tail > 0 && off+size >= tailAt {
			size = len(payload) - off
		}
		var c []byte
		if off == 0 {
			c = append(c, head...)
		}
		chunks = append(chunks, append(c, payload[off:off+size]...))
		off += size
	}
	return chunks
}

// SignTx streams the unsigned transaction RLP to the device and returns tx
// with the device's signature. Legacy transactions are signed with EIP-155;
// blob transactions are refused.
func (l *Ledger) SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, fmt.Errorf("%w: chain id must be positive", ErrChainIDMismatch)
	}
	if tx.Type() != types.LegacyTxType && tx.ChainId().Cmp(chainID) != 0 {
		return nil, fmt.Errorf("%w: tx has %v, signing for %v", ErrChainIDMismatch, tx.ChainId(), chainID)
	}
	payload, tail, err := ledgerTxPayload(tx, chainID)
	if err != nil {
		return nil, err
	}
	switch tx.Type() {
	case types.LegacyTxType:
		err = l.version.require(ledgerMinEIP155, "signing an EIP-155 transaction")
	case types.AccessListTxType, types.DynamicFeeTxType:
		err = l.version.require(ledgerMinTyped, fmt.Sprintf("signing a type-%d transaction", tx.Type()))
	case types.SetCodeTxType:
		err = l.version.require(ledgerMinSetCode, "signing an EIP-7702 set-code transaction")
	}
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.usable(ctx); err != nil {
		return nil, err
	}
	l.opts.notify(fmt.Sprintf("Confirm the transaction (nonce %d, to %s) on the Ledger", tx.Nonce(), describeTo(tx.To())))
	reply, err := l.exchangeChunks(ctx, ledgerInsSignTx, ledgerP1First, ledgerP1More, 0, splitLedgerPayload(l.rawPath, payload, tail))
	if err != nil {
		return nil, fmt.Errorf("signing transaction on the Ledger: %w", err)
	}
	parity, err := ledgerTxParity(reply, tx.Type(), chainID)
	if err != nil {
		return nil, err
	}
	sig := normaliseSignature(reply[1:33], reply[33:65], parity)
	signer := types.LatestSignerForChainID(chainID)
	signed, err := tx.WithSignature(signer, sig)
	if err != nil {
		return nil, fmt.Errorf("%w: attaching the Ledger signature: %v", ErrDeviceProtocol, err)
	}
	if from, err := types.Sender(signer, signed); err != nil || from != l.addr {
		return nil, fmt.Errorf("%w: the transaction signature recovers to %v (%v), not %v", ErrDeviceProtocol, from, err, l.addr)
	}
	return signed, nil
}

func describeTo(to *common.Address) string {
	if to == nil {
		return "a new contract"
	}
	return to.Hex()
}

// ledgerTxPayload is what the app signs: the EIP-155 RLP of a legacy
// transaction, or the type byte and RLP of a typed one, without signature.
// tail is the size of the legacy (chainId, 0, 0) trailer.
func ledgerTxPayload(tx *types.Transaction, chainID *big.Int) (payload []byte, tail int, err error) {
	var fields []any
	switch tx.Type() {
	case types.LegacyTxType:
		fields = []any{tx.Nonce(), tx.GasPrice(), tx.Gas(), tx.To(), tx.Value(), tx.Data(), chainID, uint(0), uint(0)}
		trailer, err := rlp.EncodeToBytes(chainID)
		if err != nil {
			return nil, 0, fmt.Errorf("encoding chain id: %w", err)
		}
		tail = len(trailer) + 2
	case types.AccessListTxType:
		fields = []any{chainID, tx.Nonce(), tx.GasPrice(), tx.Gas(), tx.To(), tx.Value(), tx.Data(), tx.AccessList()}
	case types.DynamicFeeTxType:
		fields = []any{chainID, tx.Nonce(), tx.GasTipCap(), tx.GasFeeCap(), tx.Gas(), tx.To(), tx.Value(), tx.Data(), tx.AccessList()}
	case types.SetCodeTxType:
		fields = []any{chainID, tx.Nonce(), tx.GasTipCap(), tx.GasFeeCap(), tx.Gas(), tx.To(), tx.Value(), tx.Data(), tx.AccessList(), tx.SetCodeAuthorizations()}
	case types.BlobTxType:
		return nil, 0, fmt.Errorf("%w: blob transactions (Xiangchain accepts none)", ErrNotSupported)
	default:
		return nil, 0, fmt.Errorf("%w: transaction type %d", ErrNotSupported, tx.Type())
	}
	body, err := rlp.EncodeToBytes(fields)
	if err != nil {
		return nil, 0, fmt.Errorf("encoding the transaction for the Ledger: %w", err)
	}
	if tx.Type() != types.LegacyTxType {
		body = append([]byte{tx.Type()}, body...)
	}
	return body, tail, nil
}

// ledgerTxParity recovers the signature parity from the v byte of a SIGN
// ETH TRANSACTION reply. Typed transactions get the parity itself. For
// legacy ones the app returns chainId·2+35+parity truncated to one byte,
// chainId taken from at most its first four big-endian bytes (as ledgerjs
// and the app compute it).
func ledgerTxParity(reply []byte, txType byte, chainID *big.Int) (byte, error) {
	if len(reply) != ledgerSignatureReply {
		return 0, fmt.Errorf("%w: signature reply of %d bytes", ErrDeviceProtocol, len(reply))
	}
	v := reply[0]
	if txType != types.LegacyTxType {
		if v > 1 {
			return 0, fmt.Errorf("%w: typed-transaction signature parity %d", ErrDeviceProtocol, v)
		}
		return v, nil
	}
	id := chainID.Bytes()
	if len(id) > 4 {
		id = id[:4]
	}
	var trunc uint32
	for _, b := range id {
		trunc = trunc<<8 | uint32(b)
	}
	parity := v - byte(trunc*2+35)
	if parity > 1 {
		return 0, fmt.Errorf("%w: legacy signature v byte %#02x does not fit chain id %v", ErrDeviceProtocol, v, chainID)
	}
	return parity, nil
}

// normaliseSignature returns r ‖ s ‖ parity with s in the lower half of the
// curve order (flipping the parity when s is replaced by N−s; secp256k1N is
// shared with the PKCS#11 driver).
func normaliseSignature(r, s []byte, parity byte) []byte {
	sig := make([]byte, crypto.SignatureLength)
	copy(sig[32-len(r):32], r)
	sv := new(big.Int).SetBytes(s)
	if sv.Cmp(secp256k1HalfN) > 0 {
		sv.Sub(secp256k1N, sv)
		parity ^= 1
	}
	sv.FillBytes(sig[32:64])
	sig[64] = parity
	return sig
}

// messageSignature checks a v ‖ r ‖ s reply with v ∈ {27, 28} over digest
// and returns r ‖ s ‖ v, v ∈ {27, 28}, low s.
func (l *Ledger) messageSignature(reply []byte, digest []byte) ([]byte, error) {
	if len(reply) != ledgerSignatureReply {
		return nil, fmt.Errorf("%w: signature reply of %d bytes", ErrDeviceProtocol, len(reply))
	}
	if reply[0] != 27 && reply[0] != 28 {
		return nil, fmt.Errorf("%w: message signature v = %d", ErrDeviceProtocol, reply[0])
	}
	sig := normaliseSignature(reply[1:33], reply[33:65], reply[0]-27)
	if err := l.checkSigner(digest, sig); err != nil {
		return nil, err
	}
	sig[crypto.RecoveryIDOffset] += 27
	return sig, nil
}

// checkSigner verifies that sig (v ∈ {0, 1}) over digest recovers to the
// Ledger's address.
func (l *Ledger) checkSigner(digest, sig []byte) error {
	pub, err := crypto.SigToPub(digest, sig)
	if err != nil {
		return fmt.Errorf("%w: recovering the Ledger signature: %v", ErrDeviceProtocol, err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != l.addr {
		return fmt.Errorf("%w: the signature recovers to %v, not %v (another path or device?)", ErrDeviceProtocol, got, l.addr)
	}
	return nil
}

// SignPersonal signs msg with SIGN ETH PERSONAL MESSAGE. The device shows
// the message (or its hash when it is not printable).
func (l *Ledger) SignPersonal(ctx context.Context, msg []byte) ([]byte, error) {
	if err := l.version.require(ledgerMinPersonal, "signing a personal message"); err != nil {
		return nil, err
	}
	if uint64(len(msg)) > 0xffffffff {
		return nil, fmt.Errorf("%w: message of %d bytes is too long for the Ledger", ErrNotSupported, len(msg))
	}
	head := binary.BigEndian.AppendUint32(append([]byte{}, l.rawPath...), uint32(len(msg)))
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.usable(ctx); err != nil {
		return nil, err
	}
	l.opts.notify("Confirm the message signature on the Ledger")
	reply, err := l.exchangeChunks(ctx, ledgerInsSignPersonal, ledgerP1First, ledgerP1More, 0, splitLedgerPayload(head, msg, 0))
	if err != nil {
		return nil, fmt.Errorf("signing a personal message on the Ledger: %w", err)
	}
	return l.messageSignature(reply, accounts.TextHash(msg))
}

// SignTypedData signs data under EIP-712. Apps from 1.9.19 receive the
// whole message and show its fields (clear signing); older apps from 1.5.0
// receive only the domain and message hashes, which the holder must compare
// by eye (blind signing). Options.Notify says which mode is used.
func (l *Ledger) SignTypedData(ctx context.Context, data apitypes.TypedData) ([]byte, error) {
	if err := l.version.require(ledgerMinHashed712, "signing EIP-712 typed data"); err != nil {
		return nil, err
	}
	domainHash, messageHash, err := eip712.Hashes(data)
	if err != nil {
		return nil, err
	}
	if messageHash == nil {
		// The app always signs a message hash after the domain's, so its
		// signature of domain-only data would differ from every other
		// signer's (internal/eip712).
		return nil, fmt.Errorf("%w: the Ledger cannot sign domain-only typed data (primary type %s)", ErrNotSupported, eip712.DomainType)
	}
	domain, message := common.Hash(domainHash), common.Hash(messageHash)
	if !l.version.AtLeast(ledgerMinFull712) {
		return l.signTypedHashes(ctx, domain, message)
	}
	stream, err := eip712Stream(data)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.usable(ctx); err != nil {
		return nil, err
	}
	l.opts.notify(fmt.Sprintf("Confirm the typed data (%s) on the Ledger: the device shows every field; check them", data.PrimaryType))
	for _, c := range stream {
		if err := l.usable(ctx); err != nil {
			return nil, err
		}
		if _, err := ledgerExchange(l.t, c.ins, c.p1, c.p2, c.data); err != nil {
			return nil, fmt.Errorf("sending typed data to the Ledger: %w", err)
		}
	}
	if err := l.usable(ctx); err != nil {
		return nil, err
	}
	reply, err := ledgerExchange(l.t, ledgerInsSignEIP712, 0, 1, l.rawPath)
	if err != nil {
		return nil, fmt.Errorf("signing typed data on the Ledger: %w", err)
	}
	return l.messageSignature(reply, eip712.Join(domain[:], message[:]))
}

// signTypedHashes signs an EIP-712 message given only its domain and
// message hashes (SIGN ETH EIP 712, P2 = 0): the device shows the two
// hashes and nothing else.
func (l *Ledger) signTypedHashes(ctx context.Context, domain, message common.Hash) ([]byte, error) {
	if err := l.version.require(ledgerMinHashed712, "signing EIP-712 typed data"); err != nil {
		return nil, err
	}
	payload := append(append(append([]byte{}, l.rawPath...), domain[:]...), message[:]...)
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.usable(ctx); err != nil {
		return nil, err
	}
	l.opts.notify(fmt.Sprintf("Confirm the typed data on the Ledger: app %s signs blind, it shows only the domain hash %x and the message hash %x; compare them before confirming (app %s or newer shows the fields)", l.version, domain, message, ledgerMinFull712))
	reply, err := ledgerExchange(l.t, ledgerInsSignEIP712, 0, 0, payload)
	if err != nil {
		return nil, fmt.Errorf("signing typed data on the Ledger: %w", err)
	}
	return l.messageSignature(reply, eip712.Join(domain[:], message[:]))
}

// SignAuthorization signs an EIP-7702 authorisation with SIGN EIP 7702
// AUTHORIZATION. The app only signs for delegates on Ledger's whitelist
// (or the zero address, a revocation) and only with EIP-7702 enabled in its
// settings; otherwise it answers 0x6985 (ErrDeviceRefused). Chain id and
// nonce must fit 64 bits.
func (l *Ledger) SignAuthorization(ctx context.Context, auth types.SetCodeAuthorization) (types.SetCodeAuthorization, error) {
	if err := l.version.require(ledgerMinAuth7702, "signing an EIP-7702 authorisation"); err != nil {
		return types.SetCodeAuthorization{}, err
	}
	if !auth.ChainID.IsUint64() {
		return types.SetCodeAuthorization{}, fmt.Errorf("%w: the Ledger signs authorisations only for chain ids below 2^64", ErrNotSupported)
	}
	tlv := ledgerAuthTLV(auth)
	payload := binary.BigEndian.AppendUint16(append([]byte{}, l.rawPath...), uint16(len(tlv)))
	payload = append(payload, tlv...)
	var chunks [][]byte
	for len(payload) > 0 {
		n := min(len(payload), ledgerMaxAPDUData)
		chunks = append(chunks, payload[:n])
		payload = payload[n:]
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.usable(ctx); err != nil {
		return types.SetCodeAuthorization{}, err
	}
	l.opts.notify(fmt.Sprintf("Confirm the EIP-7702 delegation to %v on the Ledger", auth.Address))
	reply, err := l.exchangeChunks(ctx, ledgerInsSignAuth7702, ledgerP1TLVFirst, ledgerP1TLVMore, 0, chunks)
	if err != nil {
		var st *ledgerStatus
		if errors.As(err, &st) && st.sw == swUserRejected {
			err = fmt.Errorf("%w (the app also refuses delegates not on Ledger's EIP-7702 whitelist, and refuses all when EIP-7702 is off in its settings)", err)
		}
		return types.SetCodeAuthorization{}, fmt.Errorf("signing an authorisation on the Ledger: %w", err)
	}
	if len(reply) != ledgerSignatureReply || reply[0] > 1 {
		return types.SetCodeAuthorization{}, fmt.Errorf("%w: authorisation signature reply %x", ErrDeviceProtocol, reply)
	}
	sig := normaliseSignature(reply[1:33], reply[33:65], reply[0])
	hash := auth.SigHash()
	if err := l.checkSigner(hash[:], sig); err != nil {
		return types.SetCodeAuthorization{}, err
	}
	out := types.SetCodeAuthorization{ChainID: auth.ChainID, Address: auth.Address, Nonce: auth.Nonce, V: sig[64]}
	out.R.SetBytes(sig[:32])
	out.S.SetBytes(sig[32:64])
	return out, nil
}

// TLV tags of the SIGN EIP 7702 AUTHORIZATION payload (app-ethereum
// src/features/sign_auth_7702).
const (
	ledgerTagStructVersion = 0x00
	ledgerTagDelegate      = 0x01
	ledgerTagChainID       = 0x02
	ledgerTagNonce         = 0x03
	ledgerAuthVersion      = 0x01
)

// ledgerAuthTLV encodes auth as the app's TLV structure: one-byte tags and
// lengths, integers as minimal big-endian bytes (at least one).
func ledgerAuthTLV(auth types.SetCodeAuthorization) []byte {
	var out bytes.Buffer
	put := func(tag byte, v []byte) {
		out.WriteByte(tag)
		out.WriteByte(byte(len(v)))
		out.Write(v)
	}
	minimal := func(x uint64) []byte {
		b := new(uint256.Int).SetUint64(x).Bytes()
		if len(b) == 0 {
			b = []byte{0}
		}
		return b
	}
	put(ledgerTagStructVersion, []byte{ledgerAuthVersion})
	put(ledgerTagDelegate, auth.Address[:])
	put(ledgerTagChainID, minimal(auth.ChainID.Uint64()))
	put(ledgerTagNonce, minimal(auth.Nonce))
	return out.Bytes()
}
