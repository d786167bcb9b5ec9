// Package wallethw owns how Xiangchain signs with a key it must not see:
// one Signer interface (address, transactions of every type, EIP-712 typed
// data, personal messages, EIP-7702 authorisations and, where explicitly
// allowed, raw hashes) and the drivers behind it, selected by a signer URI:
//
//	keystore:PATH                          an encrypted go-ethereum key file
//	pkcs11:module=LIB;token=LABEL;id=HEX   a secp256k1 key on a PKCS#11 token
//
// The package signs; it never sends, never chooses nonces or fees, and never
// exports key material. Drivers that cannot perform an operation (a hardware
// wallet cannot sign a raw hash) return ErrNotSupported. Raw hash signing is
// off unless Options.AllowHashSigning is set: it exists so a validator key
// (DESIGN.md §7) can sign consensus digests, and nothing else should use it.
package wallethw
