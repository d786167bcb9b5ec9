package bindingstest

import (
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// method finds a method of the contract at c by its signature (overloads stay unambiguous).
func (e *env) method(c *bind.BoundContract, sig string) abi.Method {
	e.t.Helper()
	for _, m := range suite.artifacts[e.names[c.Address()]].abi.Methods {
		if m.Sig == sig {
			return m
		}
	}
	e.t.Fatalf("%s has no method %s", e.names[c.Address()], sig)
	return abi.Method{}
}

// pack packs a call by method signature.
func (e *env) pack(c *bind.BoundContract, sig string, args ...any) []byte {
	e.t.Helper()
	m := e.method(c, sig)
	in, err := m.Inputs.Pack(args...)
	if err != nil {
		e.t.Fatalf("pack %s: %v", sig, err)
	}
	return append(append([]byte{}, m.ID...), in...)
}

// callSig calls a view by signature and returns its decoded outputs.
func (e *env) callSig(c *bind.BoundContract, sig string, args ...any) []any {
	e.t.Helper()
	m := e.method(c, sig)
	out, err := bind.Call(c, nil, e.pack(c, sig, args...), func(b []byte) ([]any, error) { return m.Outputs.Unpack(b) })
	if err != nil {
		e.t.Fatalf("%s: %v", sig, err)
	}
	return out
}

// checkRoleConstants asserts that every *_ROLE getter returns keccak256 of its name (DEFAULT_ADMIN_ROLE: zero).
func (e *env) checkRoleConstants(c *bind.BoundContract) {
	e.t.Helper()
	for _, m := range suite.artifacts[e.names[c.Address()]].abi.Methods {
		if !strings.HasSuffix(m.Name, "_ROLE") || len(m.Inputs) != 0 {
			continue
		}
		got := e.callSig(c, m.Sig)[0].([32]byte)
		want := crypto.Keccak256Hash([]byte(m.Name))
		if m.Name == "DEFAULT_ADMIN_ROLE" {
			want = common.Hash{}
		}
		if common.Hash(got) != want {
			e.t.Fatalf("%s = %x, want %x", m.Name, got, want)
		}
	}
}

// grant gives `role` (by name, e.g. "REGISTRAR_ROLE") to an account.
func (e *env) grant(c *bind.BoundContract, admin *actor, role string, to common.Address) {
	e.t.Helper()
	r := crypto.Keccak256Hash([]byte(role))
	e.send(admin, c, e.pack(c, "grantRole(bytes32,address)", r, to))
}

// exerciseAccessControl runs the AccessControl surface: grant, revoke, renounce and their rejections.
func (e *env) exerciseAccessControl(c *bind.BoundContract, admin, member, stranger *actor, role string) {
	e.t.Helper()
	e.checkRoleConstants(c)
	r := crypto.Keccak256Hash([]byte(role))
	var adminRole [32]byte
	if got := e.callSig(c, "getRoleAdmin(bytes32)", r)[0].([32]byte); got != adminRole {
		e.t.Fatalf("admin of %s = %x, want DEFAULT_ADMIN_ROLE", role, got)
	}
	e.expectRevert(stranger, c, e.pack(c, "grantRole(bytes32,address)", r, stranger.addr),
		"AccessControlUnauthorizedAccount", stranger.addr, adminRole)
	e.send(admin, c, e.pack(c, "grantRole(bytes32,address)", r, member.addr))
	if !e.callSig(c, "hasRole(bytes32,address)", r, member.addr)[0].(bool) {
		e.t.Fatalf("%s not granted", role)
	}
	e.expectRevert(member, c, e.pack(c, "renounceRole(bytes32,address)", r, admin.addr), "AccessControlBadConfirmation")
	e.send(member, c, e.pack(c, "renounceRole(bytes32,address)", r, member.addr))
	e.send(admin, c, e.pack(c, "grantRole(bytes32,address)", r, member.addr))
	e.send(admin, c, e.pack(c, "revokeRole(bytes32,address)", r, member.addr))
	if e.callSig(c, "hasRole(bytes32,address)", r, member.addr)[0].(bool) {
		e.t.Fatalf("%s not revoked", role)
	}
	if !e.callSig(c, "supportsInterface(bytes4)", [4]byte{0x79, 0x65, 0xdb, 0x0b})[0].(bool) {
		e.t.Fatal("IAccessControl interface not reported")
	}
}

// exercisePausable pauses, runs whilePaused, and unpauses, checking the rejections on the way.
func (e *env) exercisePausable(c *bind.BoundContract, admin, pauser, stranger *actor, whilePaused func()) {
	e.t.Helper()
	e.grant(c, admin, "PAUSER_ROLE", pauser.addr)
	e.expectRevert(stranger, c, e.pack(c, "pause()"), "AccessControlUnauthorizedAccount",
		stranger.addr, crypto.Keccak256Hash([]byte("PAUSER_ROLE")))
	e.expectRevert(pauser, c, e.pack(c, "unpause()"), "ExpectedPause")
	e.send(pauser, c, e.pack(c, "pause()"))
	if !e.callSig(c, "paused()")[0].(bool) {
		e.t.Fatal("not paused")
	}
	e.expectRevert(pauser, c, e.pack(c, "pause()"), "EnforcedPause")
	whilePaused()
	e.send(pauser, c, e.pack(c, "unpause()"))
	if e.callSig(c, "paused()")[0].(bool) {
		e.t.Fatal("still paused")
	}
}

// exerciseERC721 runs the ERC-721 surface on a transferable token owned by owner; the token ends with owner.
func (e *env) exerciseERC721(c *bind.BoundContract, owner, other, operator, stranger *actor, id *big.Int) {
	e.t.Helper()
	if got := e.callSig(c, "ownerOf(uint256)", id)[0].(common.Address); got != owner.addr {
		e.t.Fatalf("owner of %v = %s, want %s", id, got, owner.addr)
	}
	before := e.callSig(c, "balanceOf(address)", owner.addr)[0].(*big.Int)
	if before.Sign() == 0 {
		e.t.Fatal("owner has no tokens")
	}
	if e.callSig(c, "name()")[0].(string) == "" || e.callSig(c, "symbol()")[0].(string) == "" {
		e.t.Fatal("empty name or symbol")
	}
	e.callSig(c, "tokenURI(uint256)", id)
	for _, tc := range []struct {
		id   [4]byte
		want bool
	}{{[4]byte{0x80, 0xac, 0x58, 0xcd}, true}, {[4]byte{0x01, 0xff, 0xc9, 0xa7}, true}, {[4]byte{0xff, 0xff, 0xff, 0xff}, false}} {
		if got := e.callSig(c, "supportsInterface(bytes4)", tc.id)[0].(bool); got != tc.want {
			e.t.Fatalf("supportsInterface(%x) = %v", tc.id, got)
		}
	}
	missing := big.NewInt(1 << 40)
	e.expectRevert(stranger, c, e.pack(c, "ownerOf(uint256)", missing), "ERC721NonexistentToken", missing)
	e.expectRevert(stranger, c, e.pack(c, "balanceOf(address)", common.Address{}), "ERC721InvalidOwner", common.Address{})
	e.expectRevert(stranger, c, e.pack(c, "approve(address,uint256)", stranger.addr, id), "ERC721InvalidApprover", stranger.addr)
	e.expectRevert(owner, c, e.pack(c, "setApprovalForAll(address,bool)", common.Address{}, true), "ERC721InvalidOperator", common.Address{})
	e.expectRevert(stranger, c, e.pack(c, "transferFrom(address,address,uint256)", owner.addr, stranger.addr, id),
		"ERC721InsufficientApproval", stranger.addr, id)
	e.expectRevert(owner, c, e.pack(c, "transferFrom(address,address,uint256)", other.addr, owner.addr, id),
		"ERC721IncorrectOwner", other.addr, id, owner.addr)
	e.expectRevert(owner, c, e.pack(c, "transferFrom(address,address,uint256)", owner.addr, common.Address{}, id),
		"ERC721InvalidReceiver", common.Address{})
	e.expectRevert(owner, c, e.pack(c, "safeTransferFrom(address,address,uint256)", owner.addr, c.Address(), id),
		"ERC721InvalidReceiver", c.Address())

	// approve + transferFrom by the approved account
	e.send(owner, c, e.pack(c, "approve(address,uint256)", other.addr, id))
	if got := e.callSig(c, "getApproved(uint256)", id)[0].(common.Address); got != other.addr {
		e.t.Fatalf("approved = %s", got)
	}
	e.send(other, c, e.pack(c, "transferFrom(address,address,uint256)", owner.addr, other.addr, id))
	// safeTransferFrom back by the new owner
	e.send(other, c, e.pack(c, "safeTransferFrom(address,address,uint256)", other.addr, owner.addr, id))
	// operator moves it with data and back
	e.send(owner, c, e.pack(c, "setApprovalForAll(address,bool)", operator.addr, true))
	if !e.callSig(c, "isApprovedForAll(address,address)", owner.addr, operator.addr)[0].(bool) {
		e.t.Fatal("operator not approved")
	}
	e.send(operator, c, e.pack(c, "safeTransferFrom(address,address,uint256,bytes)", owner.addr, other.addr, id, []byte("memo")))
	e.send(other, c, e.pack(c, "transferFrom(address,address,uint256)", other.addr, owner.addr, id))
	e.send(owner, c, e.pack(c, "setApprovalForAll(address,bool)", operator.addr, false))
	if got := e.callSig(c, "balanceOf(address)", owner.addr)[0].(*big.Int); got.Cmp(before) != 0 {
		e.t.Fatalf("balance %v, want %v", got, before)
	}
}

// erc20Case describes the token an ERC-20 exercise runs on.
type erc20Case struct {
	name         string // EIP-712 domain name
	overdraftErr string // custom error of a transfer above the balance
}

// exerciseERC20 runs the ERC-20 + ERC-2612 surface; holder needs at least 100 units and other must be an
// acceptable recipient.
func (e *env) exerciseERC20(c *bind.BoundContract, tc erc20Case, holder, other, spender *actor) {
	e.t.Helper()
	bal := func(a common.Address) *big.Int { return e.callSig(c, "balanceOf(address)", a)[0].(*big.Int) }
	supply := e.callSig(c, "totalSupply()")[0].(*big.Int)
	e.callSig(c, "name()")
	e.callSig(c, "symbol()")
	e.callSig(c, "decimals()")
	start := bal(holder.addr)
	if start.Cmp(big.NewInt(100)) < 0 {
		e.t.Fatalf("holder has %v", start)
	}
	e.send(holder, c, e.pack(c, "transfer(address,uint256)", other.addr, big.NewInt(10)))
	e.send(holder, c, e.pack(c, "approve(address,uint256)", spender.addr, big.NewInt(20)))
	if got := e.callSig(c, "allowance(address,address)", holder.addr, spender.addr)[0].(*big.Int); got.Int64() != 20 {
		e.t.Fatalf("allowance %v", got)
	}
	e.send(spender, c, e.pack(c, "transferFrom(address,address,uint256)", holder.addr, other.addr, big.NewInt(15)))
	e.expectRevert(spender, c, e.pack(c, "transferFrom(address,address,uint256)", holder.addr, other.addr, big.NewInt(6)),
		"ERC20InsufficientAllowance", spender.addr, big.NewInt(5), big.NewInt(6))
	over := new(big.Int).Add(bal(holder.addr), big.NewInt(1))
	e.expectRevert(holder, c, e.pack(c, "transfer(address,uint256)", other.addr, over), tc.overdraftErr)
	e.expectRevert(holder, c, e.pack(c, "transfer(address,uint256)", common.Address{}, big.NewInt(1)),
		"ERC20InvalidReceiver", common.Address{})
	e.expectRevert(holder, c, e.pack(c, "approve(address,uint256)", common.Address{}, big.NewInt(1)),
		"ERC20InvalidSpender", common.Address{})
	e.expectRevert(holder, c, e.pack(c, "transferFrom(address,address,uint256)", common.Address{}, other.addr, big.NewInt(0)),
		"ERC20InvalidApprover", common.Address{}) // spending the zero owner's allowance fails before the transfer
	if got := new(big.Int).Sub(start, bal(holder.addr)); got.Int64() != 25 {
		e.t.Fatalf("holder spent %v, want 25", got)
	}
	if got := e.callSig(c, "totalSupply()")[0].(*big.Int); got.Cmp(supply) != 0 {
		e.t.Fatalf("supply changed to %v", got)
	}

	// ERC-2612 permit, with the domain computed independently.
	domain := apitypes.TypedDataDomain{Name: tc.name, Version: "1",
		ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: c.Address().Hex()}
	sep, err := (&apitypes.TypedData{Types: apitypes.Types{"EIP712Domain": eip712DomainType}, Domain: domain}).HashStruct("EIP712Domain", domain.Map())
	if err != nil {
		e.t.Fatal(err)
	}
	if got := e.callSig(c, "DOMAIN_SEPARATOR()")[0].([32]byte); common.Hash(got) != common.BytesToHash(sep) {
		e.t.Fatalf("DOMAIN_SEPARATOR %x, want %x", got, sep)
	}
	if got := e.callSig(c, "eip712Domain()"); got[1].(string) != tc.name || got[4].(common.Address) != c.Address() {
		e.t.Fatalf("eip712Domain %v", got)
	}
	nonce := e.callSig(c, "nonces(address)", holder.addr)[0].(*big.Int)
	deadline := new(big.Int).SetUint64(e.now() + 3600)
	value := big.NewInt(7)
	permit := func(signer *actor, nonce, deadline *big.Int) []byte {
		td := apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": eip712DomainType,
				"Permit": {{Name: "owner", Type: "address"}, {Name: "spender", Type: "address"},
					{Name: "value", Type: "uint256"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}},
			},
			PrimaryType: "Permit",
			Domain:      domain,
			Message: apitypes.TypedDataMessage{"owner": holder.addr.Hex(), "spender": spender.addr.Hex(),
				"value": value.String(), "nonce": nonce.String(), "deadline": deadline.String()},
		}
		return signTyped(e, signer, td)
	}
	send := func(sig []byte, deadline *big.Int) []byte {
		return e.pack(c, "permit(address,address,uint256,uint256,uint8,bytes32,bytes32)",
			holder.addr, spender.addr, value, deadline, sig[64]+27, [32]byte(sig[:32]), [32]byte(sig[32:64]))
	}
	e.expectRevert(spender, c, send(permit(other, nonce, deadline), deadline), "ERC2612InvalidSigner")
	past := new(big.Int).SetUint64(e.now() - 1)
	e.expectRevert(spender, c, send(permit(holder, nonce, past), past), "ERC2612ExpiredSignature", past)
	zero := make([]byte, 65)
	e.expectRevert(spender, c, send(zero, deadline), "ECDSAInvalidSignature")
	highS := permit(holder, nonce, deadline)
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(highS[32:64]))
	copy(highS[32:64], common.LeftPadBytes(s.Bytes(), 32))
	highS[64] ^= 1
	e.expectRevert(spender, c, send(highS, deadline), "ECDSAInvalidSignatureS", [32]byte(highS[32:64]))
	e.send(spender, c, send(permit(holder, nonce, deadline), deadline))
	if got := e.callSig(c, "allowance(address,address)", holder.addr, spender.addr)[0].(*big.Int); got.Cmp(value) != 0 {
		e.t.Fatalf("allowance after permit %v", got)
	}
	if got := e.callSig(c, "nonces(address)", holder.addr)[0].(*big.Int); got.Cmp(new(big.Int).Add(nonce, big.NewInt(1))) != 0 {
		e.t.Fatalf("nonce %v after permit", got)
	}
	e.expectRevert(spender, c, send(permit(holder, nonce, deadline), deadline), "ERC2612InvalidSigner") // replay
}

// eip712DomainType is the EIP712Domain type with name, version, chainId and verifyingContract.
var eip712DomainType = []apitypes.Type{{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}}

// signTyped signs EIP-712 typed data; the result is r ‖ s ‖ v with v ∈ {0, 1}.
func signTyped(e *env, signer *actor, td apitypes.TypedData) []byte {
	e.t.Helper()
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		e.t.Fatal(err)
	}
	sig, err := crypto.Sign(hash, signer.key)
	if err != nil {
		e.t.Fatal(err)
	}
	return sig
}
