// Package wallethw owns how Xiangchain signs with a key it must not see:
// one Signer interface (address, transactions of every type, EIP-712 typed
// data, personal messages, EIP-7702 authorisations and, where explicitly
// allowed, raw hashes) and the drivers behind it, selected by a signer URI:
//
//	keystore:PATH                          an encrypted go-ethereum key file
//	pkcs11:module=LIB;token=LABEL;id=HEX   a secp256k1 key on a PKCS#11 token
//	ledger://m/44'/60'/0'/0/0              a Ledger running the Ethereum app
//	trezor://m/44'/60'/0'/0/0              a Trezor
//
// The package signs; it never sends, never chooses nonces or fees, and never
// exports key material. Drivers that cannot perform an operation (a hardware
// wallet cannot sign a raw hash; old firmware cannot sign some transaction
// types) return ErrNotSupported or ErrDeviceTooOld with the reason. Raw hash
// signing is off unless Options.AllowHashSigning is set: it exists so a
// validator key (DESIGN.md §7) can sign consensus digests, and nothing else
// should use it.
//
// The Ledger and Trezor drivers speak the devices' USB HID protocols
// themselves (APDUs over 64-byte reports; Trezor's protobuf messages) through
// a Transport, so tests replay the vendors' published exchanges and run
// in-memory devices in place of USB.
//
// ClefServer serves any of these signers over Clef's external-signer API
// (account_*), so go-ethereum's --signer and other Clef clients can use
// them, with every request approved by rules or a prompt and written to an
// audit log.
package wallethw
