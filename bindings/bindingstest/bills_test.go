package bindingstest

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/xiangchain/xiangchain/bindings/bills"
	"github.com/xiangchain/xiangchain/bindings/market"
)

// Bill states as BillRegistry numbers them.
const (
	billIssued      uint8 = 1
	billAccepted    uint8 = 2
	billRejected    uint8 = 3
	billPaid        uint8 = 4
	billDishonoured uint8 = 5
)

// drawerPosition is BillRegistry.DRAWER_POSITION.
var drawerPosition = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// billFixture: settlement token (issuer bob), bill registry; drawers carol and alice, acceptor dave (a core
// enterprise), financier grace.
type billFixture struct {
	e        *env
	tok, reg *bind.BoundContract
	token    *market.SettlementToken
	br       *bills.BillRegistry
	admin    *actor
}

func newBills(e *env) *billFixture {
	f := &billFixture{e: e, token: market.NewSettlementToken(), br: bills.NewBillRegistry(), admin: e.actor("admin")}
	f.tok = e.deploy(f.admin, "SettlementToken", f.token.PackConstructor(tokenName, "DCNY", f.admin.addr))
	e.grant(f.tok, f.admin, "ISSUER_ROLE", e.actor("bob").addr)
	f.reg = e.deploy(f.admin, "BillRegistry", f.br.PackConstructor(f.admin.addr))
	e.grant(f.reg, f.admin, "DRAWER_ROLE", e.actor("carol").addr)
	e.grant(f.reg, f.admin, "DRAWER_ROLE", e.actor("alice").addr)
	e.grant(f.reg, f.admin, "ACCEPTOR_ROLE", e.actor("dave").addr)
	e.grant(f.reg, f.admin, "FINANCIER_ROLE", e.actor("grace").addr)
	return f
}

// fund issues settlement tokens to an account and approves the registry for them.
func (f *billFixture) fund(a *actor, amount *big.Int) {
	f.e.send(f.e.actor("bob"), f.tok, f.token.PackMint(a.addr, amount, hashOf("deposit")))
	allowance := view(f.e, f.tok, f.token.PackAllowance(a.addr, f.reg.Address()), f.token.UnpackAllowance)
	f.e.send(a, f.tok, f.token.PackApprove(f.reg.Address(), new(big.Int).Add(allowance, amount)))
}

func (f *billFixture) balance(a *actor) *big.Int {
	return view(f.e, f.tok, f.token.PackBalanceOf(a.addr), f.token.UnpackBalanceOf)
}

// issue draws an accepted-or-not bill from drawer on dave to payee and returns the event.
func (f *billFixture) issue(drawer, payee *actor, face int64, maturity uint64, no string, accept bool) *bills.BillRegistryBillIssued {
	rcpt := f.e.send(drawer, f.reg, f.br.PackIssue(f.e.actor("dave").addr, f.tok.Address(), big.NewInt(face), maturity, hashOf(no), payee.addr))
	ev := event(f.e.t, rcpt, f.br.UnpackBillIssuedEvent)
	if accept {
		f.e.send(f.e.actor("dave"), f.reg, f.br.PackAccept(ev.Slot))
	}
	return ev
}

func (f *billFixture) part(id *big.Int) bills.BillRegistryPart {
	return view(f.e, f.reg, f.br.PackPart(id), f.br.UnpackPart)
}

func (f *billFixture) bill(slot *big.Int) bills.BillRegistryBill {
	return view(f.e, f.reg, f.br.PackBill(slot), f.br.UnpackBill)
}

func (f *billFixture) value(id *big.Int) *big.Int {
	return view(f.e, f.reg, f.br.PackBalanceOf0(id), f.br.UnpackBalanceOf0)
}

func (f *billFixture) owner(id *big.Int) common.Address {
	return view(f.e, f.reg, f.br.PackOwnerOf(id), f.br.UnpackOwnerOf)
}

// checkConservation asserts, for every bill, live token values + redeemed + discharged = face value, reading
// every token the registry ever minted.
func (f *billFixture) checkConservation() {
	f.e.t.Helper()
	live := map[string]*big.Int{}
	slots := map[string]*big.Int{}
	for id := int64(1); ; id++ {
		p := f.part(big.NewInt(id))
		if p.Slot.Sign() == 0 {
			break
		}
		k := p.Slot.String()
		if live[k] == nil {
			live[k], slots[k] = new(big.Int), p.Slot
		}
		live[k].Add(live[k], p.Value)
	}
	for k, slot := range slots {
		b := f.bill(slot)
		total := new(big.Int).Add(live[k], b.Redeemed)
		total.Add(total, b.Discharged)
		if total.Cmp(b.Terms.FaceValue) != 0 {
			f.e.t.Fatalf("bill %s: live %v + redeemed %v + discharged %v != face %v", k, live[k], b.Redeemed, b.Discharged, b.Terms.FaceValue)
		}
	}
}

func TestBillLifecycle(t *testing.T) {
	e := newEnv(t)
	f := newBills(e)
	c, br := f.reg, f.br
	alice, bob, carol, dave, erin, frank, grace := e.actor("alice"), e.actor("bob"), e.actor("carol"), e.actor("dave"), e.actor("erin"), e.actor("frank"), e.actor("grace")
	maturity := e.now() + 90*24*3600
	face := big.NewInt(1_000_000)

	if got := view(e, c, br.PackDRAWERPOSITION(), br.UnpackDRAWERPOSITION); got.Cmp(drawerPosition) != 0 {
		t.Fatalf("DRAWER_POSITION = %v", got)
	}
	if got := view(e, c, br.PackMAXSPLITDEPTH(), br.UnpackMAXSPLITDEPTH); got != 8 {
		t.Fatalf("MAX_SPLIT_DEPTH = %d", got)
	}
	if got := view(e, c, br.PackPAYMENTGRACE(), br.UnpackPAYMENTGRACE); got != 3*24*3600 {
		t.Fatalf("PAYMENT_GRACE = %d", got)
	}
	if got := view(e, c, br.PackValueDecimals(), br.UnpackValueDecimals); got != 0 {
		t.Fatalf("valueDecimals = %d", got)
	}
	if !view(e, c, br.PackSupportsInterface([4]byte{0xd5, 0x35, 0x81, 0x40}), br.UnpackSupportsInterface) {
		t.Fatal("ERC-3525 interface not reported")
	}

	// Issue.
	e.expectRevert(erin, c, br.PackIssue(dave.addr, f.tok.Address(), face, maturity, hashOf("B1"), alice.addr), "AccessControlUnauthorizedAccount",
		erin.addr, crypto.Keccak256Hash([]byte("DRAWER_ROLE")))
	e.expectRevert(carol, c, br.PackIssue(erin.addr, f.tok.Address(), face, maturity, hashOf("B1"), alice.addr), "MissingRole",
		erin.addr, crypto.Keccak256Hash([]byte("ACCEPTOR_ROLE")))
	e.expectRevert(carol, c, br.PackIssue(dave.addr, erin.addr, face, maturity, hashOf("B1"), alice.addr), "InvalidTerms")
	e.expectRevert(carol, c, br.PackIssue(dave.addr, f.tok.Address(), big.NewInt(0), maturity, hashOf("B1"), alice.addr), "InvalidTerms")
	e.expectRevert(carol, c, br.PackIssue(dave.addr, f.tok.Address(), face, e.now(), hashOf("B1"), alice.addr), "InvalidTerms")
	rcpt := e.send(carol, c, br.PackIssue(dave.addr, f.tok.Address(), face, maturity, hashOf("B1"), alice.addr))
	iss := event(t, rcpt, br.UnpackBillIssuedEvent)
	slot, t1 := iss.Slot, iss.TokenId
	if iss.Drawer != carol.addr || iss.Acceptor != dave.addr || iss.Payee != alice.addr || iss.FaceValue.Cmp(face) != 0 || iss.Maturity != maturity || iss.BillNo != hashOf("B1") {
		t.Fatalf("BillIssued = %+v", iss)
	}
	if sc := event(t, rcpt, br.UnpackSlotChangedEvent); sc.TokenId.Cmp(t1) != 0 || sc.OldSlot.Sign() != 0 || sc.NewSlot.Cmp(slot) != 0 {
		t.Fatalf("SlotChanged = %+v", sc)
	}
	if tv := event(t, rcpt, br.UnpackTransferValueEvent); tv.FromTokenId.Sign() != 0 || tv.ToTokenId.Cmp(t1) != 0 || tv.Value.Cmp(face) != 0 {
		t.Fatalf("TransferValue = %+v", tv)
	}
	terms := bills.BillRegistryTerms{Drawer: carol.addr, Acceptor: dave.addr, Currency: f.tok.Address(), FaceValue: face, Maturity: maturity, BillNo: hashOf("B1")}
	if got := view(e, c, br.PackSlotFor(terms), br.UnpackSlotFor); got.Cmp(slot) != 0 {
		t.Fatalf("slotFor = %v, want %v", got, slot)
	}
	if b := f.bill(slot); b.State != billIssued || b.Terms.FaceValue.Cmp(face) != 0 || b.Terms.Drawer != carol.addr || b.Terms.Maturity != maturity {
		t.Fatalf("bill = %+v", b)
	}
	e.expectRevert(carol, c, br.PackIssue(dave.addr, f.tok.Address(), face, maturity, hashOf("B1"), alice.addr), "BillExists", slot)
	if got := view(e, c, br.PackSlotOf(t1), br.UnpackSlotOf); got.Cmp(slot) != 0 || f.value(t1).Cmp(face) != 0 {
		t.Fatal("slotOf/balanceOf(tokenId) wrong")
	}

	// Acceptance.
	e.expectRevert(alice, c, br.PackEndorse(t1, erin.addr), "InvalidBillState", slot, billIssued)
	e.expectRevert(carol, c, br.PackAccept(slot), "NotAcceptor", carol.addr)
	rcpt = e.send(dave, c, br.PackAccept(slot))
	if ev := event(t, rcpt, br.UnpackBillAcceptedEvent); ev.Slot.Cmp(slot) != 0 || ev.Acceptor != dave.addr {
		t.Fatalf("BillAccepted = %+v", ev)
	}
	e.expectRevert(dave, c, br.PackAccept(slot), "InvalidBillState", slot, billAccepted)

	// Split (same holder, no endorsement) and endorsement.
	e.expectRevert(alice, c, br.PackSplit(t1, big.NewInt(0)), "InvalidValue", t1, big.NewInt(0))
	e.expectRevert(alice, c, br.PackSplit(t1, big.NewInt(2_000_000)), "InvalidValue", t1, big.NewInt(2_000_000))
	e.expectRevert(erin, c, br.PackSplit(t1, big.NewInt(1)), "InsufficientAllowance", t1, erin.addr, big.NewInt(0), big.NewInt(1))
	rcpt = e.send(alice, c, br.PackSplit(t1, big.NewInt(300_000)))
	sp := event(t, rcpt, br.UnpackBillSplitEvent)
	t2 := sp.NewTokenId
	if sp.FromTokenId.Cmp(t1) != 0 || sp.Value.Int64() != 300_000 || f.owner(t2) != alice.addr || len(events(rcpt, br.UnpackEndorsedEvent)) != 0 {
		t.Fatalf("BillSplit = %+v", sp)
	}
	e.expectRevert(alice, c, br.PackEndorse(t2, common.Address{}), "ERC721InvalidReceiver", common.Address{})
	e.expectRevert(erin, c, br.PackEndorse(t2, erin.addr), "ERC721InsufficientApproval", erin.addr, t2)
	rcpt = e.send(alice, c, br.PackEndorse(t2, erin.addr))
	if ev := event(t, rcpt, br.UnpackEndorsedEvent); ev.From != alice.addr || ev.To != erin.addr || ev.Position.Sign() != 0 {
		t.Fatalf("Endorsed = %+v", ev)
	}
	if n := view(e, c, br.PackEndorsementCount(t2), br.UnpackEndorsementCount); n.Int64() != 1 {
		t.Fatalf("endorsementCount = %v", n)
	}
	if a := view(e, c, br.PackEndorserAt(t2, big.NewInt(0)), br.UnpackEndorserAt); a != alice.addr {
		t.Fatalf("endorserAt = %s", a)
	}
	e.expectRevert(erin, c, br.PackEndorserAt(t2, big.NewInt(1)), "InvalidPosition", t2, big.NewInt(1))

	// ERC-3525 value transfer into a new token of another holder is a partial endorsement.
	rcpt = e.send(alice, c, br.PackTransferFrom(t1, frank.addr, big.NewInt(100_000)))
	t3 := event(t, rcpt, br.UnpackBillSplitEvent).NewTokenId
	if ev := event(t, rcpt, br.UnpackEndorsedEvent); ev.TokenId.Cmp(t3) != 0 || ev.From != alice.addr || ev.To != frank.addr {
		t.Fatalf("Endorsed on value transfer = %+v", ev)
	}

	// Value allowances.
	e.expectRevert(alice, c, br.PackApprove0(t1, alice.addr, big.NewInt(1)), "ApprovalToOwner", alice.addr)
	e.expectRevert(erin, c, br.PackApprove0(t1, bob.addr, big.NewInt(1)), "NotOwnerOrApproved", erin.addr, t1)
	rcpt = e.send(alice, c, br.PackApprove0(t1, bob.addr, big.NewInt(50_000)))
	if ev := event(t, rcpt, br.UnpackApprovalValueEvent); ev.Operator != bob.addr || ev.Value.Int64() != 50_000 {
		t.Fatalf("ApprovalValue = %+v", ev)
	}
	rcpt = e.send(bob, c, br.PackTransferFrom(t1, bob.addr, big.NewInt(20_000)))
	t4 := event(t, rcpt, br.UnpackBillSplitEvent).NewTokenId
	if got := view(e, c, br.PackAllowance(t1, bob.addr), br.UnpackAllowance); got.Int64() != 30_000 {
		t.Fatalf("allowance after spend = %v", got)
	}
	e.expectRevert(bob, c, br.PackTransferFrom(t1, bob.addr, big.NewInt(40_000)), "InsufficientAllowance", t1, bob.addr, big.NewInt(30_000), big.NewInt(40_000))

	// Merging value needs the same slot and the same endorsement chain.
	e.expectRevert(alice, c, br.PackTransferFrom1(t1, t2, big.NewInt(1)), "ChainMismatch", t1, t2)
	e.expectRevert(alice, c, br.PackTransferFrom1(t1, t1, big.NewInt(1)), "ChainMismatch", t1, t1)
	other := f.issue(carol, alice, 5000, maturity, "B2", false)
	e.expectRevert(alice, c, br.PackTransferFrom1(t1, other.TokenId, big.NewInt(1)), "SlotMismatch", slot, other.Slot)
	rcpt = e.send(alice, c, br.PackSplit(t1, big.NewInt(10_000)))
	t5 := event(t, rcpt, br.UnpackBillSplitEvent).NewTokenId
	rcpt = e.send(alice, c, br.PackTransferFrom1(t5, t1, big.NewInt(4_000)))
	if tv := event(t, rcpt, br.UnpackTransferValueEvent); tv.FromTokenId.Cmp(t5) != 0 || tv.ToTokenId.Cmp(t1) != 0 || tv.Value.Int64() != 4_000 {
		t.Fatalf("merge TransferValue = %+v", tv)
	}
	f.checkConservation()

	// Split depth is bounded.
	deep := t4
	for depth := f.part(deep).Depth; depth < 8; depth++ {
		rcpt = e.send(bob, c, br.PackSplit(deep, big.NewInt(1)))
		deep = event(t, rcpt, br.UnpackBillSplitEvent).NewTokenId
	}
	if p := f.part(deep); p.Depth != 8 || p.Parent.Sign() == 0 {
		t.Fatalf("deep part = %+v", p)
	}
	e.expectRevert(bob, c, br.PackSplit(deep, big.NewInt(1)), "SplitTooDeep", deep)
	if a := view(e, c, br.PackEndorserAt(deep, big.NewInt(0)), br.UnpackEndorserAt); a != alice.addr {
		t.Fatalf("inherited endorser = %s, want alice", a)
	}

	// Financing (discount) with atomic payment.
	price := big.NewInt(570_000)
	e.expectRevert(erin, c, br.PackRequestFinancing(t1, grace.addr, price), "NotOwnerOrApproved", erin.addr, t1)
	e.expectRevert(alice, c, br.PackRequestFinancing(t1, frank.addr, price), "MissingRole", frank.addr, crypto.Keccak256Hash([]byte("FINANCIER_ROLE")))
	e.expectRevert(alice, c, br.PackRequestFinancing(t1, grace.addr, big.NewInt(10_000_000)), "InvalidPrice", big.NewInt(10_000_000), f.value(t1))
	rcpt = e.send(alice, c, br.PackRequestFinancing(t1, grace.addr, price))
	if ev := event(t, rcpt, br.UnpackFinancingRequestedEvent); ev.Holder != alice.addr || ev.Financier != grace.addr || ev.Price.Cmp(price) != 0 {
		t.Fatalf("FinancingRequested = %+v", ev)
	}
	if r := view(e, c, br.PackFinancingRequest(t1), br.UnpackFinancingRequest); r.Financier != grace.addr || r.Price.Cmp(price) != 0 {
		t.Fatalf("financingRequest = %+v", r)
	}
	e.expectRevert(erin, c, br.PackCancelFinancing(t1), "NotOwnerOrApproved", erin.addr, t1)
	rcpt = e.send(alice, c, br.PackCancelFinancing(t1))
	event(t, rcpt, br.UnpackFinancingCancelledEvent)
	e.expectRevert(alice, c, br.PackCancelFinancing(t1), "NoFinancingRequest", t1, alice.addr)
	// Moving value out of the token withdraws the request: its price was for the old value.
	e.send(alice, c, br.PackRequestFinancing(t1, grace.addr, price))
	e.send(alice, c, br.PackSplit(t1, big.NewInt(1)))
	if r := view(e, c, br.PackFinancingRequest(t1), br.UnpackFinancingRequest); r.Financier != (common.Address{}) {
		t.Fatalf("request survived a split: %+v", r)
	}
	e.expectRevert(grace, c, br.PackFinance(t1), "NoFinancingRequest", t1, grace.addr)
	e.send(alice, c, br.PackRequestFinancing(t1, grace.addr, price))
	e.expectRevert(frank, c, br.PackFinance(t1), "NoFinancingRequest", t1, frank.addr)
	f.fund(grace, price)
	before := f.balance(alice)
	value := f.value(t1)
	rcpt = e.send(grace, c, br.PackFinance(t1))
	if ev := event(t, rcpt, br.UnpackFinancedEvent); ev.Holder != alice.addr || ev.Financier != grace.addr || ev.Price.Cmp(price) != 0 || ev.Value.Cmp(value) != 0 {
		t.Fatalf("Financed = %+v", ev)
	}
	if ev := event(t, rcpt, br.UnpackEndorsedEvent); ev.From != alice.addr || ev.To != grace.addr {
		t.Fatalf("financing endorsement = %+v", ev)
	}
	if got := new(big.Int).Sub(f.balance(alice), before); got.Cmp(price) != 0 || f.owner(t1) != grace.addr {
		t.Fatalf("alice received %v; owner %s", got, f.owner(t1))
	}

	// ERC-721 surface on a bill token (each move is an endorsement).
	e.exerciseERC721(c, erin, bob, carol, frank, t2)
	e.exerciseAccessControl(c, f.admin, e.actor("bob"), frank, "FINANCIER_ROLE")
	e.exercisePausable(c, f.admin, e.actor("admin"), frank, func() {
		e.expectRevert(carol, c, br.PackIssue(dave.addr, f.tok.Address(), face, maturity, hashOf("P"), alice.addr), "EnforcedPause")
		e.expectRevert(erin, c, br.PackEndorse(t2, bob.addr), "EnforcedPause")
		e.expectRevert(grace, c, br.PackSplit(t1, big.NewInt(1)), "EnforcedPause")
		e.expectRevert(alice, c, br.PackTransferFrom1(t5, t1, big.NewInt(1)), "EnforcedPause")
		e.expectRevert(grace, c, br.PackRequestFinancing(t1, grace.addr, big.NewInt(1)), "EnforcedPause")
		e.expectRevert(grace, c, br.PackFinance(t1), "EnforcedPause")
		e.expectRevert(dave, c, br.PackAccept(other.Slot), "EnforcedPause")
	})
	f.checkConservation()

	// Maturity: no more endorsement or acceptance; the acceptor pays, holders redeem.
	e.expectRevert(dave, c, br.PackPay(slot), "MaturityMismatch", slot, maturity)
	e.expectRevert(grace, c, br.PackRedeem(t1), "InvalidBillState", slot, billAccepted)
	e.warp(91 * 24 * time.Hour)
	e.expectRevert(erin, c, br.PackEndorse(t2, bob.addr), "MaturityMismatch", slot, maturity)
	e.expectRevert(dave, c, br.PackAccept(other.Slot), "MaturityMismatch", other.Slot, maturity)
	rcpt = e.send(dave, c, br.PackReject(other.Slot, hashOf("no underlying trade")))
	if ev := event(t, rcpt, br.UnpackBillRejectedEvent); ev.Slot.Cmp(other.Slot) != 0 || ev.ReasonHash != hashOf("no underlying trade") {
		t.Fatalf("BillRejected = %+v", ev)
	}
	e.expectRevert(alice, c, br.PackPay(slot), "NotAcceptor", alice.addr)
	f.fund(dave, face)
	rcpt = e.send(dave, c, br.PackPay(slot))
	if ev := event(t, rcpt, br.UnpackBillPaidEvent); ev.Amount.Cmp(face) != 0 {
		t.Fatalf("BillPaid = %+v", ev)
	}
	e.expectRevert(dave, c, br.PackPay(slot), "InvalidBillState", slot, billPaid)
	e.expectRevert(alice, c, br.PackRedeem(t1), "NotOwnerOrApproved", alice.addr, t1)
	for id := int64(1); ; id++ {
		p := f.part(big.NewInt(id))
		if p.Slot.Sign() == 0 {
			break
		}
		if p.Slot.Cmp(slot) != 0 || p.Value.Sign() == 0 {
			continue
		}
		holder := f.owner(big.NewInt(id))
		var h *actor
		for _, a := range e.actors {
			if a.addr == holder {
				h = a
			}
		}
		before := f.balance(h)
		rcpt = e.send(h, c, br.PackRedeem(big.NewInt(id)))
		if ev := event(t, rcpt, br.UnpackBillRedeemedEvent); ev.Amount.Cmp(p.Value) != 0 || ev.Holder != holder {
			t.Fatalf("BillRedeemed = %+v", ev)
		}
		if got := new(big.Int).Sub(f.balance(h), before); got.Cmp(p.Value) != 0 {
			t.Fatalf("redeemed %v, received %v", p.Value, got)
		}
		f.checkConservation()
	}
	if b := f.bill(slot); b.Redeemed.Cmp(face) != 0 || f.balance(&actor{addr: c.Address()}).Sign() != 0 {
		t.Fatalf("after redemption: bill %+v, registry holds %v", b, f.balance(&actor{addr: c.Address()}))
	}
	e.expectRevert(grace, c, br.PackBalanceOf0(t1), "ERC721NonexistentToken", t1)
}

func TestBillDishonourAndRecourse(t *testing.T) {
	e := newEnv(t)
	f := newBills(e)
	c, br := f.reg, f.br
	alice, carol, dave, erin, frank := e.actor("alice"), e.actor("carol"), e.actor("dave"), e.actor("erin"), e.actor("frank")
	maturity := e.now() + 30*24*3600

	// Bill 1: alice -> erin -> frank; frank splits 400 off.
	b1 := f.issue(carol, alice, 1000, maturity, "R1", true)
	t1 := b1.TokenId
	e.send(alice, c, br.PackEndorse(t1, erin.addr))
	e.send(erin, c, br.PackEndorse(t1, frank.addr))
	rcpt := e.send(frank, c, br.PackSplit(t1, big.NewInt(400)))
	t2 := event(t, rcpt, br.UnpackBillSplitEvent).NewTokenId
	// Bill 2: alice -> erin -> alice (so alice is both holder and first endorser).
	b2 := f.issue(carol, alice, 500, maturity, "R2", true)
	e.send(alice, c, br.PackEndorse(b2.TokenId, erin.addr))
	e.send(erin, c, br.PackEndorse(b2.TokenId, alice.addr))
	// Bill 3: rejected by the acceptor.
	b3 := f.issue(carol, alice, 300, maturity, "R3", false)
	e.send(dave, c, br.PackReject(b3.Slot, hashOf("refused")))
	e.expectRevert(alice, c, br.PackEndorse(b3.TokenId, erin.addr), "InvalidBillState", b3.Slot, billRejected)
	e.expectRevert(dave, c, br.PackReject(b3.Slot, hashOf("again")), "InvalidBillState", b3.Slot, billRejected)

	e.expectRevert(dave, c, br.PackDishonour(b1.Slot, hashOf("x")), "MaturityMismatch", b1.Slot, maturity)
	e.expectRevert(frank, c, br.PackClaimRecourse(t1, big.NewInt(0)), "InvalidBillState", b1.Slot, billAccepted)
	e.warp(30*24*time.Hour + time.Hour)

	// Dishonour: the acceptor at once, anyone else only after the grace period.
	e.expectRevert(frank, c, br.PackDishonour(b1.Slot, hashOf("x")), "GracePeriodRunning", b1.Slot, maturity+3*24*3600)
	rcpt = e.send(dave, c, br.PackDishonour(b1.Slot, hashOf("insufficient funds")))
	if ev := event(t, rcpt, br.UnpackBillDishonouredEvent); ev.By != dave.addr || ev.ReasonHash != hashOf("insufficient funds") {
		t.Fatalf("BillDishonoured = %+v", ev)
	}
	e.expectRevert(dave, c, br.PackDishonour(b1.Slot, hashOf("x")), "InvalidBillState", b1.Slot, billDishonoured)
	e.warp(3 * 24 * time.Hour)
	rcpt = e.send(frank, c, br.PackDishonour(b2.Slot, hashOf("unpaid")))
	if ev := event(t, rcpt, br.UnpackBillDishonouredEvent); ev.By != frank.addr {
		t.Fatalf("BillDishonoured by holder = %+v", ev)
	}
	e.expectRevert(frank, c, br.PackEndorse(t1, alice.addr), "InvalidBillState", b1.Slot, billDishonoured)

	// Recourse up the chain: frank -> erin (position 1) -> alice (position 0) -> drawer.
	e.expectRevert(erin, c, br.PackClaimRecourse(t1, big.NewInt(1)), "NotOwnerOrApproved", erin.addr, t1)
	e.expectRevert(frank, c, br.PackClaimRecourse(t1, big.NewInt(2)), "InvalidPosition", t1, big.NewInt(2))
	rcpt = e.send(frank, c, br.PackClaimRecourse(t1, big.NewInt(1)))
	if ev := event(t, rcpt, br.UnpackRecourseClaimedEvent); ev.Claimant != frank.addr || ev.Obligor != erin.addr || ev.Position.Int64() != 1 || ev.Amount.Int64() != 600 {
		t.Fatalf("RecourseClaimed = %+v", ev)
	}
	if cl := view(e, c, br.PackRecourseClaim(t1), br.UnpackRecourseClaim); cl.Obligor != erin.addr || cl.Amount.Int64() != 600 {
		t.Fatalf("recourseClaim = %+v", cl)
	}
	e.expectRevert(alice, c, br.PackPayRecourse(t1), "NoRecourseClaim", t1, alice.addr)
	f.fund(erin, big.NewInt(600))
	before := f.balance(frank)
	rcpt = e.send(erin, c, br.PackPayRecourse(t1))
	if ev := event(t, rcpt, br.UnpackRecourseSettledEvent); ev.Obligor != erin.addr || ev.Claimant != frank.addr || ev.Amount.Int64() != 600 {
		t.Fatalf("RecourseSettled = %+v", ev)
	}
	if len(events(rcpt, br.UnpackEndorsedEvent)) != 0 || f.owner(t1) != erin.addr {
		t.Fatal("recourse payment must return the bill to the payer without endorsement")
	}
	if got := new(big.Int).Sub(f.balance(frank), before); got.Int64() != 600 {
		t.Fatalf("frank received %v", got)
	}
	if p := f.part(t1); p.RecourseLimit != 1 {
		t.Fatalf("recourse limit %d, want 1", p.RecourseLimit)
	}
	e.expectRevert(erin, c, br.PackClaimRecourse(t1, big.NewInt(1)), "InvalidPosition", t1, big.NewInt(1))
	e.send(erin, c, br.PackClaimRecourse(t1, big.NewInt(0)))
	f.fund(alice, big.NewInt(600))
	e.send(alice, c, br.PackPayRecourse(t1))
	e.expectRevert(alice, c, br.PackClaimRecourse(t1, big.NewInt(0)), "InvalidPosition", t1, big.NewInt(0))
	rcpt = e.send(alice, c, br.PackClaimRecourse(t1, drawerPosition))
	if ev := event(t, rcpt, br.UnpackRecourseClaimedEvent); ev.Obligor != carol.addr {
		t.Fatalf("claim against drawer = %+v", ev)
	}
	f.fund(carol, big.NewInt(600))
	rcpt = e.send(carol, c, br.PackPayRecourse(t1))
	if tv := event(t, rcpt, br.UnpackTransferValueEvent); tv.FromTokenId.Cmp(t1) != 0 || tv.ToTokenId.Sign() != 0 || tv.Value.Int64() != 600 {
		t.Fatalf("discharge TransferValue = %+v", tv)
	}
	if b := f.bill(b1.Slot); b.Discharged.Int64() != 600 {
		t.Fatalf("discharged %v", b.Discharged)
	}
	f.checkConservation()

	// A holder cannot claim against itself.
	e.expectRevert(alice, c, br.PackClaimRecourse(b2.TokenId, big.NewInt(0)), "SelfRecourse", alice.addr)

	// A late payment by the acceptor ends recourse; holders redeem what is left.
	e.send(frank, c, br.PackClaimRecourse(t2, big.NewInt(1)))
	f.fund(dave, big.NewInt(400))
	rcpt = e.send(dave, c, br.PackPay(b1.Slot))
	if ev := event(t, rcpt, br.UnpackBillPaidEvent); ev.Amount.Int64() != 400 {
		t.Fatalf("late payment of %v, want the undischarged 400", ev.Amount)
	}
	e.expectRevert(erin, c, br.PackPayRecourse(t2), "InvalidBillState", b1.Slot, billPaid)
	e.expectRevert(frank, c, br.PackClaimRecourse(t2, big.NewInt(0)), "InvalidBillState", b1.Slot, billPaid)
	e.send(frank, c, br.PackRedeem(t2))
	f.checkConservation()

	// Refusal of acceptance gives the payee recourse against the drawer.
	e.send(alice, c, br.PackClaimRecourse(b3.TokenId, drawerPosition))
	f.fund(carol, big.NewInt(300))
	e.send(carol, c, br.PackPayRecourse(b3.TokenId))
	if b := f.bill(b3.Slot); b.Discharged.Int64() != 300 {
		t.Fatalf("rejected bill discharged %v", b.Discharged)
	}
	f.checkConservation()
}
