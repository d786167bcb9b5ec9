package bindingstest

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/xiangchain/xiangchain/bindings/assets"
	"github.com/xiangchain/xiangchain/bindings/merkle"
)

// Asset classes and statuses as the contract numbers them.
const (
	classRealEstate uint8 = 0
	classVehicle    uint8 = 1

	statusPending   uint8 = 1
	statusConfirmed uint8 = 2
	statusRejected  uint8 = 3
)

// registryFixture is an AssetRegistry with registrar bob, attester carol and regulator dave.
type registryFixture struct {
	e   *env
	c   *bind.BoundContract
	reg *assets.AssetRegistry
}

func newRegistry(e *env) *registryFixture {
	reg := assets.NewAssetRegistry()
	admin := e.actor("admin")
	c := e.deploy(admin, "AssetRegistry", reg.PackConstructor(admin.addr))
	e.grant(c, admin, "REGISTRAR_ROLE", e.actor("bob").addr)
	e.grant(c, admin, "ATTESTER_ROLE", e.actor("carol").addr)
	e.grant(c, admin, "REGULATOR_ROLE", e.actor("dave").addr)
	return &registryFixture{e: e, c: c, reg: reg}
}

// registerConfirmed registers an asset for owner and has bob confirm it.
func (f *registryFixture) registerConfirmed(owner *actor, externalID string) *big.Int {
	rcpt := f.e.send(owner, f.c, f.reg.PackRegister(owner.addr, classRealEstate, hashOf("deed "+externalID),
		"ipfs://deed/"+externalID, hashOf(externalID)))
	id := event(f.e.t, rcpt, f.reg.UnpackAssetRegisteredEvent).AssetId
	f.e.send(f.e.actor("bob"), f.c, f.reg.PackConfirmRights(id))
	return id
}

func (f *registryFixture) asset(id *big.Int) assets.AssetRegistryAsset {
	return view(f.e, f.c, f.reg.PackAsset(id), f.reg.UnpackAsset)
}

func TestAssetRegistryLifecycle(t *testing.T) {
	e := newEnv(t)
	f := newRegistry(e)
	c, reg := f.c, f.reg
	alice, bob, carol, dave, erin, frank := e.actor("alice"), e.actor("bob"), e.actor("carol"), e.actor("dave"), e.actor("erin"), e.actor("frank")

	// Register: by the owner, and by a registrar on behalf of another owner.
	doc, ext := hashOf("title deed 001"), hashOf("SH-2026-001")
	rcpt := e.send(alice, c, reg.PackRegister(alice.addr, classRealEstate, doc, "ipfs://deed/001", ext))
	reg1 := event(t, rcpt, reg.UnpackAssetRegisteredEvent)
	if reg1.AssetId.Int64() != 1 || reg1.Owner != alice.addr || reg1.AssetClass != classRealEstate ||
		reg1.DocumentHash != doc || reg1.ExternalId != ext || reg1.MetadataURI != "ipfs://deed/001" || reg1.RegisteredBy != alice.addr {
		t.Fatalf("AssetRegistered = %+v", reg1)
	}
	if tr := event(t, rcpt, reg.UnpackTransferEvent); tr.From != (common.Address{}) || tr.To != alice.addr {
		t.Fatalf("mint Transfer = %+v", tr)
	}
	vin := hashOf("VIN LSVAA4182E2000001")
	rcpt = e.send(bob, c, reg.PackRegister(erin.addr, classVehicle, hashOf("vehicle licence"), "ipfs://vehicle/1", vin))
	if ev := event(t, rcpt, reg.UnpackAssetRegisteredEvent); ev.AssetId.Int64() != 2 || ev.Owner != erin.addr || ev.RegisteredBy != bob.addr {
		t.Fatalf("AssetRegistered by registrar = %+v", ev)
	}
	id1, id2 := big.NewInt(1), big.NewInt(2)

	e.expectRevert(frank, c, reg.PackRegister(alice.addr, classRealEstate, doc, "", hashOf("x")), "NotOwnerOrRegistrar", frank.addr, alice.addr)
	e.expectRevert(alice, c, reg.PackRegister(alice.addr, classRealEstate, [32]byte{}, "", hashOf("x")), "EmptyDocumentHash")
	e.expectRevert(alice, c, reg.PackRegister(alice.addr, classRealEstate, doc, "", ext), "ExternalIdTaken", classRealEstate, ext)
	if got := view(e, c, reg.PackAssetByExternalId(classRealEstate, ext), reg.UnpackAssetByExternalId); got.Cmp(id1) != 0 {
		t.Fatalf("assetByExternalId = %v", got)
	}

	// Pending assets cannot move; only registrars confirm.
	e.expectRevert(alice, c, reg.PackTransferFrom(alice.addr, bob.addr, id1), "InvalidStatus", id1, statusPending)
	e.expectRevert(frank, c, reg.PackConfirmRights(id1), "AccessControlUnauthorizedAccount", frank.addr, crypto.Keccak256Hash([]byte("REGISTRAR_ROLE")))
	if view(e, c, reg.PackIsTransferable(id1), reg.UnpackIsTransferable) {
		t.Fatal("pending asset transferable")
	}
	rcpt = e.send(bob, c, reg.PackConfirmRights(id1))
	if ev := event(t, rcpt, reg.UnpackRightsConfirmedEvent); ev.AssetId.Cmp(id1) != 0 || ev.Registrar != bob.addr {
		t.Fatalf("RightsConfirmed = %+v", ev)
	}
	if a := f.asset(id1); a.Status != statusConfirmed || a.ConfirmedAt == 0 || a.DocumentHash != doc || a.MetadataURI != "ipfs://deed/001" {
		t.Fatalf("asset = %+v", a)
	}
	if !view(e, c, reg.PackIsTransferable(id1), reg.UnpackIsTransferable) {
		t.Fatal("confirmed asset not transferable")
	}
	e.expectRevert(bob, c, reg.PackConfirmRights(id1), "InvalidStatus", id1, statusConfirmed)
	e.expectRevert(bob, c, reg.PackConfirmRights(big.NewInt(99)), "UnknownAsset", big.NewInt(99))
	e.expectRevert(bob, c, reg.PackAsset(big.NewInt(99)), "UnknownAsset", big.NewInt(99))
	if uri := view(e, c, reg.PackTokenURI(id1), reg.UnpackTokenURI); uri != "ipfs://deed/001" {
		t.Fatalf("tokenURI = %q", uri)
	}

	// Attestations are appended and readable by index.
	rcpt = e.send(carol, c, reg.PackAttest(id1, hashOf("appraisal 2026"), "ipfs://appraisal/1"))
	if ev := event(t, rcpt, reg.UnpackAttestedEvent); ev.Index.Sign() != 0 || ev.Attester != carol.addr || ev.ClaimHash != hashOf("appraisal 2026") {
		t.Fatalf("Attested = %+v", ev)
	}
	e.send(carol, c, reg.PackAttest(id1, hashOf("inspection"), "ipfs://inspection/1"))
	if n := view(e, c, reg.PackAttestationCount(id1), reg.UnpackAttestationCount); n.Int64() != 2 {
		t.Fatalf("attestationCount = %v", n)
	}
	if a := view(e, c, reg.PackAttestation(id1, big.NewInt(1)), reg.UnpackAttestation); a.Attester != carol.addr || a.Uri != "ipfs://inspection/1" || a.Timestamp == 0 {
		t.Fatalf("attestation = %+v", a)
	}
	e.expectRevert(alice, c, reg.PackAttestation(id1, big.NewInt(2)), "AttestationOutOfRange", id1, big.NewInt(2))
	e.expectRevert(alice, c, reg.PackAttest(id1, hashOf("self"), ""), "AccessControlUnauthorizedAccount")

	// Regulator freeze blocks transfers; reasons are recorded.
	reason := hashOf("court order 2026-17")
	e.expectRevert(dave, c, reg.PackFreeze(id2, reason), "InvalidStatus", id2, statusPending)
	rcpt = e.send(dave, c, reg.PackFreeze(id1, reason))
	if ev := event(t, rcpt, reg.UnpackFrozenEvent); ev.Regulator != dave.addr || ev.ReasonHash != reason {
		t.Fatalf("Frozen = %+v", ev)
	}
	if a := f.asset(id1); !a.Frozen || a.FreezeReason != reason {
		t.Fatalf("frozen asset = %+v", a)
	}
	e.expectRevert(alice, c, reg.PackTransferFrom(alice.addr, bob.addr, id1), "AssetIsFrozen", id1)
	e.expectRevert(dave, c, reg.PackFreeze(id1, reason), "AssetIsFrozen", id1)
	rcpt = e.send(dave, c, reg.PackUnfreeze(id1, hashOf("order lifted")))
	if ev := event(t, rcpt, reg.UnpackUnfrozenEvent); ev.ReasonHash != hashOf("order lifted") {
		t.Fatalf("Unfrozen = %+v", ev)
	}
	e.expectRevert(dave, c, reg.PackUnfreeze(id1, reason), "AssetNotFrozen", id1)

	// Rejection burns the token, keeps the record and releases the external id.
	rcpt = e.send(bob, c, reg.PackRejectRegistration(id2, hashOf("forged licence")))
	if ev := event(t, rcpt, reg.UnpackRegistrationRejectedEvent); ev.AssetId.Cmp(id2) != 0 || ev.ReasonHash != hashOf("forged licence") {
		t.Fatalf("RegistrationRejected = %+v", ev)
	}
	if tr := event(t, rcpt, reg.UnpackTransferEvent); tr.To != (common.Address{}) {
		t.Fatalf("burn Transfer = %+v", tr)
	}
	if a := f.asset(id2); a.Status != statusRejected {
		t.Fatalf("rejected asset = %+v", a)
	}
	e.expectRevert(carol, c, reg.PackAttest(id2, hashOf("late"), ""), "InvalidStatus", id2, statusRejected)
	e.expectRevert(bob, c, reg.PackRejectRegistration(id2, reason), "InvalidStatus", id2, statusRejected)
	if got := view(e, c, reg.PackAssetByExternalId(classVehicle, vin), reg.UnpackAssetByExternalId); got.Sign() != 0 {
		t.Fatalf("external id still bound to %v", got)
	}
	e.send(bob, c, reg.PackRegister(erin.addr, classVehicle, hashOf("vehicle licence v2"), "ipfs://vehicle/1b", vin))

	// Standard surfaces.
	e.exerciseERC721(c, alice, bob, carol, frank, id1)
	e.exerciseAccessControl(c, e.actor("admin"), e.actor("grace"), frank, "ATTESTER_ROLE")
	e.exercisePausable(c, e.actor("admin"), e.actor("grace"), frank, func() {
		e.expectRevert(alice, c, reg.PackRegister(alice.addr, classRealEstate, doc, "", hashOf("new")), "EnforcedPause")
		e.expectRevert(bob, c, reg.PackConfirmRights(big.NewInt(3)), "EnforcedPause")
		e.expectRevert(carol, c, reg.PackAttest(id1, doc, ""), "EnforcedPause")
		e.expectRevert(alice, c, reg.PackTransferFrom(alice.addr, bob.addr, id1), "EnforcedPause")
		// Regulatory actions keep working while paused.
		e.send(dave, c, reg.PackFreeze(id1, reason))
		e.send(dave, c, reg.PackUnfreeze(id1, reason))
	})
}

func TestNotary(t *testing.T) {
	e := newEnv(t)
	n := assets.NewNotary()
	admin, alice, bob := e.actor("admin"), e.actor("alice"), e.actor("bob")
	c := e.deploy(admin, "Notary", n.PackConstructor(admin.addr))
	e.grant(c, admin, "SUBMITTER_ROLE", alice.addr)

	h := hashOf("judgement 2026 civil 123.pdf")
	e.expectRevert(bob, c, n.PackAnchor(h), "AccessControlUnauthorizedAccount", bob.addr, crypto.Keccak256Hash([]byte("SUBMITTER_ROLE")))
	e.expectRevert(alice, c, n.PackAnchor([32]byte{}), "EmptyHash")
	e.expectRevert(alice, c, n.PackAnchorOf(h), "NotAnchored", h)
	rcpt := e.send(alice, c, n.PackAnchor(h))
	ev := event(t, rcpt, n.UnpackAnchoredEvent)
	if ev.Hash != h || ev.Submitter != alice.addr || ev.BlockNumber != rcpt.BlockNumber.Uint64() || ev.Timestamp == 0 {
		t.Fatalf("Anchored = %+v (block %v)", ev, rcpt.BlockNumber)
	}
	a := view(e, c, n.PackAnchorOf(h), n.UnpackAnchorOf)
	if a.Submitter != alice.addr || a.Timestamp != ev.Timestamp || a.BlockNumber != ev.BlockNumber || a.LeafCount != 0 {
		t.Fatalf("anchorOf = %+v", a)
	}
	if !view(e, c, n.PackIsAnchored(h), n.UnpackIsAnchored) || view(e, c, n.PackIsAnchored(hashOf("other")), n.UnpackIsAnchored) {
		t.Fatal("isAnchored wrong")
	}
	e.expectRevert(alice, c, n.PackAnchor(h), "AlreadyAnchored", h, alice.addr, ev.Timestamp)

	// A batch built in Go verifies on chain.
	docs := make([]common.Hash, 7)
	for i := range docs {
		docs[i] = crypto.Keccak256Hash([]byte{byte(i)}, []byte("copyright registration"))
	}
	tree, err := merkle.New(docs)
	if err != nil {
		t.Fatal(err)
	}
	root := tree.Root()
	e.expectRevert(alice, c, n.PackAnchorBatch(root, 0, "x"), "EmptyBatch")
	rcpt = e.send(alice, c, n.PackAnchorBatch(root, 7, "ipfs://batch/7"))
	if bev := event(t, rcpt, n.UnpackBatchAnchoredEvent); bev.Root != root || bev.LeafCount != 7 || bev.Uri != "ipfs://batch/7" || bev.Submitter != alice.addr {
		t.Fatalf("BatchAnchored = %+v", bev)
	}
	e.expectRevert(alice, c, n.PackAnchorBatch(root, 7, "again"), "AlreadyAnchored")
	for i, d := range docs {
		proof, err := tree.Proof(i)
		if err != nil {
			t.Fatal(err)
		}
		out := view(e, c, n.PackVerifyDocument(root, d, hashes32(proof)), n.UnpackVerifyDocument)
		if !out.Ok || out.Anchored.LeafCount != 7 || out.Anchored.Submitter != alice.addr {
			t.Fatalf("document %d: verifyDocument = %+v", i, out)
		}
		if leaf := view(e, c, n.PackLeafOf(d), n.UnpackLeafOf); common.Hash(leaf) != merkle.Leaf(d) {
			t.Fatalf("leafOf = %x, Go leaf %x", leaf, merkle.Leaf(d))
		}
	}
	proof, _ := tree.Proof(0)
	if out := view(e, c, n.PackVerifyDocument(root, hashOf("forged"), hashes32(proof)), n.UnpackVerifyDocument); out.Ok {
		t.Fatal("forged document verified")
	}
	e.expectRevert(bob, c, n.PackVerifyDocument(hashOf("unknown root"), docs[0], nil), "NotAnchored", hashOf("unknown root"))
	e.expectRevert(bob, c, n.PackVerifyDocument(h, docs[0], nil), "NotABatch", h)

	e.exerciseAccessControl(c, admin, e.actor("grace"), e.actor("frank"), "SUBMITTER_ROLE")
	e.exercisePausable(c, admin, e.actor("grace"), e.actor("frank"), func() {
		e.expectRevert(alice, c, n.PackAnchor(hashOf("during pause")), "EnforcedPause")
		e.expectRevert(alice, c, n.PackAnchorBatch(hashOf("during pause"), 1, ""), "EnforcedPause")
		// Verification keeps working.
		if out := view(e, c, n.PackVerifyDocument(root, docs[3], hashes32(mustProof(t, tree, 3))), n.UnpackVerifyDocument); !out.Ok {
			t.Fatal("verification failed while paused")
		}
	})
}

func mustProof(t testing.TB, tree *merkle.Tree, i int) []common.Hash {
	t.Helper()
	p, err := tree.Proof(i)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func hashes32(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

func TestShareToken(t *testing.T) {
	e := newEnv(t)
	f := newRegistry(e)
	admin, alice, bob, carol, dave, erin, frank := e.actor("admin"), e.actor("alice"), e.actor("bob"), e.actor("carol"), e.actor("dave"), e.actor("erin"), e.actor("frank")
	assetID := f.registerConfirmed(alice, "tower-1")
	rcpt := e.send(alice, f.c, f.reg.PackRegister(alice.addr, classRealEstate, hashOf("pending"), "", hashOf("pending")))
	pendingID := event(t, rcpt, f.reg.UnpackAssetRegisteredEvent).AssetId

	st := assets.NewShareToken()
	const name = "Tower One Shares"
	e.expectDeployRevert(admin, "ShareToken", st.PackConstructor(name, "T1S", f.c.Address(), pendingID, admin.addr),
		"AssetNotConfirmed", pendingID)
	c := e.deploy(admin, "ShareToken", st.PackConstructor(name, "T1S", f.c.Address(), assetID, admin.addr))
	if got := view(e, c, st.PackRegistry(), st.UnpackRegistry); got != f.c.Address() {
		t.Fatalf("registry = %s", got)
	}
	if got := view(e, c, st.PackAssetId(), st.UnpackAssetId); got.Cmp(assetID) != 0 {
		t.Fatalf("assetId = %v", got)
	}
	if d := view(e, c, st.PackDecimals(), st.UnpackDecimals); d != 0 {
		t.Fatalf("decimals = %d", d)
	}
	e.grant(c, admin, "AGENT_ROLE", bob.addr)

	// Identity allowlist.
	e.expectRevert(bob, c, st.PackMint(alice.addr, big.NewInt(1000)), "RecipientNotVerified", alice.addr)
	rcpt = e.send(bob, c, st.PackSetIdentity(alice.addr, hashOf("kyc alice")))
	if ev := event(t, rcpt, st.UnpackIdentityUpdatedEvent); ev.Account != alice.addr || ev.IdentityHash != hashOf("kyc alice") || ev.Agent != bob.addr {
		t.Fatalf("IdentityUpdated = %+v", ev)
	}
	for _, a := range []*actor{carol, dave} {
		e.send(bob, c, st.PackSetIdentity(a.addr, hashOf("kyc "+a.name)))
	}
	if !view(e, c, st.PackIsVerified(alice.addr), st.UnpackIsVerified) || view(e, c, st.PackIsVerified(erin.addr), st.UnpackIsVerified) {
		t.Fatal("isVerified wrong")
	}
	if got := view(e, c, st.PackIdentityOf(carol.addr), st.UnpackIdentityOf); got != hashOf("kyc carol") {
		t.Fatalf("identityOf = %x", got)
	}
	e.expectRevert(alice, c, st.PackMint(alice.addr, big.NewInt(1)), "AccessControlUnauthorizedAccount")
	// Shares are only issued against the asset token in custody.
	e.expectRevert(bob, c, st.PackMint(alice.addr, big.NewInt(1000)), "AssetNotInCustody", assetID)
	e.send(alice, f.c, f.reg.PackTransferFrom(alice.addr, c.Address(), assetID))
	rcpt = e.send(bob, c, st.PackMint(alice.addr, big.NewInt(1000)))
	if tr := event(t, rcpt, st.UnpackTransferEvent); tr.From != (common.Address{}) || tr.To != alice.addr || tr.Value.Int64() != 1000 {
		t.Fatalf("mint Transfer = %+v", tr)
	}
	e.expectRevert(alice, c, st.PackTransfer(erin.addr, big.NewInt(1)), "RecipientNotVerified", erin.addr)

	e.exerciseERC20(c, erc20Case{name: name, overdraftErr: "InsufficientUnfrozenBalance"}, alice, carol, dave)

	// Partial freezes.
	bal := func(a *actor) *big.Int { return view(e, c, st.PackBalanceOf(a.addr), st.UnpackBalanceOf) }
	frozen := func(a *actor) *big.Int { return view(e, c, st.PackGetFrozenTokens(a.addr), st.UnpackGetFrozenTokens) }
	aliceBal := bal(alice)
	toFreeze := new(big.Int).Sub(aliceBal, big.NewInt(10))
	rcpt = e.send(bob, c, st.PackFreezePartialTokens(alice.addr, toFreeze))
	if ev := event(t, rcpt, st.UnpackTokensFrozenEvent); ev.Account != alice.addr || ev.Amount.Cmp(toFreeze) != 0 {
		t.Fatalf("TokensFrozen = %+v", ev)
	}
	e.expectRevert(alice, c, st.PackTransfer(carol.addr, big.NewInt(11)), "InsufficientUnfrozenBalance", alice.addr, big.NewInt(10), big.NewInt(11))
	e.send(alice, c, st.PackTransfer(carol.addr, big.NewInt(10)))
	e.expectRevert(bob, c, st.PackFreezePartialTokens(alice.addr, big.NewInt(1)), "FreezeExceedsBalance",
		alice.addr, toFreeze, new(big.Int).Add(toFreeze, big.NewInt(1)))
	e.expectRevert(bob, c, st.PackUnfreezePartialTokens(alice.addr, new(big.Int).Add(toFreeze, big.NewInt(1))), "UnfreezeExceedsFrozen",
		alice.addr, toFreeze, new(big.Int).Add(toFreeze, big.NewInt(1)))
	rcpt = e.send(bob, c, st.PackUnfreezePartialTokens(alice.addr, big.NewInt(100)))
	if ev := event(t, rcpt, st.UnpackTokensUnfrozenEvent); ev.Amount.Int64() != 100 {
		t.Fatalf("TokensUnfrozen = %+v", ev)
	}

	// Address freeze: neither sending nor receiving; agents can still force.
	rcpt = e.send(bob, c, st.PackSetAddressFrozen(carol.addr, true))
	if ev := event(t, rcpt, st.UnpackAddressFrozenEvent); ev.Account != carol.addr || !ev.Frozen || ev.Agent != bob.addr {
		t.Fatalf("AddressFrozen = %+v", ev)
	}
	if !view(e, c, st.PackIsFrozen(carol.addr), st.UnpackIsFrozen) {
		t.Fatal("isFrozen false")
	}
	e.expectRevert(carol, c, st.PackTransfer(dave.addr, big.NewInt(1)), "AccountFrozen", carol.addr)
	e.expectRevert(alice, c, st.PackTransfer(carol.addr, big.NewInt(1)), "AccountFrozen", carol.addr)
	rcpt = e.send(bob, c, st.PackForcedTransfer(carol.addr, dave.addr, big.NewInt(5)))
	if ev := event(t, rcpt, st.UnpackForcedTransferEvent); ev.From != carol.addr || ev.To != dave.addr || ev.Amount.Int64() != 5 || ev.Agent != bob.addr {
		t.Fatalf("ForcedTransfer = %+v", ev)
	}
	e.send(bob, c, st.PackSetAddressFrozen(carol.addr, false))

	// Forced transfer and burn release frozen tokens as needed.
	free := new(big.Int).Sub(bal(alice), frozen(alice))
	amount := new(big.Int).Add(free, big.NewInt(50))
	e.expectRevert(bob, c, st.PackForcedTransfer(alice.addr, erin.addr, amount), "RecipientNotVerified", erin.addr)
	frozenBefore := frozen(alice)
	rcpt = e.send(bob, c, st.PackForcedTransfer(alice.addr, dave.addr, amount))
	if ev := event(t, rcpt, st.UnpackTokensUnfrozenEvent); ev.Amount.Int64() != 50 {
		t.Fatalf("released %v, want 50", ev.Amount)
	}
	if got := new(big.Int).Sub(frozenBefore, frozen(alice)); got.Int64() != 50 {
		t.Fatalf("frozen dropped by %v", got)
	}
	over := new(big.Int).Add(bal(alice), big.NewInt(1))
	e.expectRevert(bob, c, st.PackBurn(alice.addr, over), "ERC20InsufficientBalance", alice.addr, bal(alice), over)
	supply := view(e, c, st.PackTotalSupply(), st.UnpackTotalSupply)
	e.send(bob, c, st.PackBurn(alice.addr, big.NewInt(20)))
	if got := view(e, c, st.PackTotalSupply(), st.UnpackTotalSupply); new(big.Int).Sub(supply, got).Int64() != 20 {
		t.Fatalf("supply %v after burning 20 of %v", got, supply)
	}

	// A regulator freeze of the underlying asset stops share transfers and issuance.
	e.send(dave, f.c, f.reg.PackFreeze(assetID, hashOf("dispute")))
	e.expectRevert(dave, c, st.PackTransfer(carol.addr, big.NewInt(1)), "UnderlyingFrozen", assetID)
	e.expectRevert(bob, c, st.PackMint(carol.addr, big.NewInt(1)), "UnderlyingFrozen", assetID)
	e.send(dave, f.c, f.reg.PackUnfreeze(assetID, hashOf("resolved")))

	e.exerciseAccessControl(c, admin, e.actor("grace"), frank, "AGENT_ROLE")
	e.exercisePausable(c, admin, e.actor("grace"), frank, func() {
		e.expectRevert(dave, c, st.PackTransfer(carol.addr, big.NewInt(1)), "EnforcedPause")
		e.expectRevert(bob, c, st.PackMint(carol.addr, big.NewInt(1)), "EnforcedPause")
		e.send(bob, c, st.PackForcedTransfer(dave.addr, carol.addr, big.NewInt(1)))
	})
	e.send(dave, c, st.PackTransfer(carol.addr, big.NewInt(1)))

	// Custody ends only when every share is gone.
	supply = view(e, c, st.PackTotalSupply(), st.UnpackTotalSupply)
	e.expectRevert(admin, c, st.PackReleaseAsset(alice.addr), "SharesOutstanding", supply)
	for _, h := range []*actor{alice, carol, dave} {
		if b := bal(h); b.Sign() > 0 {
			e.send(bob, c, st.PackBurn(h.addr, b))
		}
	}
	rcpt = e.send(admin, c, st.PackReleaseAsset(alice.addr))
	if ev := event(t, rcpt, st.UnpackAssetReleasedEvent); ev.AssetId.Cmp(assetID) != 0 || ev.To != alice.addr {
		t.Fatalf("AssetReleased = %+v", ev)
	}
	if owner := view(e, f.c, f.reg.PackOwnerOf(assetID), f.reg.UnpackOwnerOf); owner != alice.addr {
		t.Fatalf("asset owner after release = %s", owner)
	}
}
