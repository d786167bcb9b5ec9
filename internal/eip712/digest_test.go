package eip712

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

func domainTypes() apitypes.Types {
	return apitypes.Types{
		DomainType: {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}},
		"Mail":     {{Name: "contents", Type: "string"}},
	}
}

func TestDigest(t *testing.T) {
	domain := apitypes.TypedDataDomain{Name: "Xiang", Version: "1", ChainId: math.NewHexOrDecimal256(1337)}
	mail := apitypes.TypedData{Types: domainTypes(), PrimaryType: "Mail", Domain: domain,
		Message: apitypes.TypedDataMessage{"contents": "hello"}}
	got, err := Digest(mail)
	if err != nil {
		t.Fatal(err)
	}
	want, _, err := apitypes.TypedDataAndHash(mail)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("digest %x differs from go-ethereum's %x for an ordinary primary type", got, want)
	}

	domainOnly := apitypes.TypedData{Types: domainTypes(), PrimaryType: DomainType, Domain: domain, Message: apitypes.TypedDataMessage{}}
	got, err = Digest(domainOnly)
	if err != nil {
		t.Fatal(err)
	}
	sep, err := domainOnly.HashStruct(DomainType, domain.Map())
	if err != nil {
		t.Fatal(err)
	}
	if want := crypto.Keccak256([]byte{0x19, 0x01}, sep); !bytes.Equal(got, want) {
		t.Fatalf("domain-only digest %x, want keccak256(0x1901 ‖ domainSeparator) %x", got, want)
	}

	bad := mail
	bad.Message = apitypes.TypedDataMessage{"contents": big.NewInt(1)} // not a string
	if _, err := Digest(bad); err == nil {
		t.Fatal("a message that does not fit its type was hashed")
	}
}
