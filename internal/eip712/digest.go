// Package eip712 computes the digest wallets sign for EIP-712 typed data,
// so that every Xiangchain signer (keystore, HSM, Ledger, Trezor, the dev
// node's eth_signTypedData_v4) signs the same bytes for the same data.
package eip712

import (
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// DomainType is the name of the EIP-712 domain's struct type.
const DomainType = "EIP712Domain"

// Hashes returns the domain separator and the message's struct hash; the
// message hash is nil when the primary type is the domain itself.
func Hashes(data apitypes.TypedData) (domain, message []byte, err error) {
	domain, err = data.HashStruct(DomainType, data.Domain.Map())
	if err != nil {
		return nil, nil, fmt.Errorf("hashing typed-data domain: %w", err)
	}
	if data.PrimaryType != DomainType {
		message, err = data.HashStruct(data.PrimaryType, data.Message)
		if err != nil {
			return nil, nil, fmt.Errorf("hashing typed-data message: %w", err)
		}
	}
	return domain, message, nil
}

// Digest is keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(message)),
// with the message hash left out when the primary type is EIP712Domain:
// the rule of MetaMask's signTypedData_v4, which viem, Hardhat, Anvil and
// Trezor firmware follow. (go-ethereum's apitypes.TypedDataAndHash hashes
// the message in that case too; for every other primary type the two
// agree.)
func Digest(data apitypes.TypedData) ([]byte, error) {
	domain, message, err := Hashes(data)
	if err != nil {
		return nil, err
	}
	return Join(domain, message), nil
}

// Join is keccak256(0x19 0x01 ‖ domain ‖ message): the digest of the two
// hashes Hashes returns (message nil for domain-only data).
func Join(domain, message []byte) []byte {
	return crypto.Keccak256([]byte{0x19, 0x01}, domain, message)
}
