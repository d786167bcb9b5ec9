package bindingstest

import (
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	gmath "github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/xiangchain/xiangchain/bindings/market"
)

// Order statuses as DataMarket numbers them.
const (
	orderPaid      uint8 = 1
	orderDelivered uint8 = 2
	orderDisputed  uint8 = 3
	orderCompleted uint8 = 4
	orderRefunded  uint8 = 5
)

const tokenName = "Digital CNY Deposit"

// marketFixture: settlement token (issuer bob), data NFT (publisher alice) and market (fee 2.5 % to erin,
// grace arbiter and exchange). Dataset 1 belongs to alice with contributors alice 50 %, bob 30 %, frank 20 %.
type marketFixture struct {
	e                  *env
	tok, nft, mkt      *bind.BoundContract
	token              *market.SettlementToken
	asset              *market.DataAsset
	market             *market.DataMarket
	dataset            *big.Int
	accessPeriod       uint64
	admin, seller, arb *actor
}

func newMarket(e *env) *marketFixture {
	f := &marketFixture{e: e, token: market.NewSettlementToken(), asset: market.NewDataAsset(), market: market.NewDataMarket(),
		admin: e.actor("admin"), seller: e.actor("alice"), arb: e.actor("grace"), accessPeriod: 30 * 24 * 3600}
	f.tok = e.deploy(f.admin, "SettlementToken", f.token.PackConstructor(tokenName, "DCNY", f.admin.addr))
	e.grant(f.tok, f.admin, "ISSUER_ROLE", e.actor("bob").addr)
	f.nft = e.deploy(f.admin, "DataAsset", f.asset.PackConstructor(f.admin.addr))
	e.grant(f.nft, f.admin, "PUBLISHER_ROLE", f.seller.addr)
	f.mkt = e.deploy(f.admin, "DataMarket", f.market.PackConstructor(f.nft.Address(), f.tok.Address(), f.admin.addr, e.actor("erin").addr, 250))
	e.grant(f.mkt, f.admin, "ARBITER_ROLE", f.arb.addr)
	e.grant(f.mkt, f.admin, "EXCHANGE_ROLE", f.arb.addr)
	rcpt := e.send(f.seller, f.nft, f.asset.PackPublish(hashOf("traffic dataset 2026Q3"), "ipfs://data/traffic",
		market.DataAssetLicence{TermsHash: hashOf("licence v1"), AccessPeriod: f.accessPeriod, CommercialUse: true},
		f.contributors()))
	f.dataset = event(e.t, rcpt, f.asset.UnpackDatasetPublishedEvent).DatasetId
	return f
}

func (f *marketFixture) contributors() []market.DataAssetContributor {
	return []market.DataAssetContributor{
		{Account: f.e.actor("alice").addr, ShareBps: 5000},
		{Account: f.e.actor("bob").addr, ShareBps: 3000},
		{Account: f.e.actor("frank").addr, ShareBps: 2000},
	}
}

// fund issues settlement tokens to a buyer and approves the market for them.
func (f *marketFixture) fund(buyer *actor, amount int64) {
	f.e.send(f.e.actor("bob"), f.tok, f.token.PackMint(buyer.addr, big.NewInt(amount), hashOf("deposit "+buyer.name)))
	f.e.send(buyer, f.tok, f.token.PackApprove(f.mkt.Address(), new(big.Int).Add(
		view(f.e, f.tok, f.token.PackAllowance(buyer.addr, f.mkt.Address()), f.token.UnpackAllowance), big.NewInt(amount))))
}

func (f *marketFixture) balance(a common.Address) *big.Int {
	return view(f.e, f.tok, f.token.PackBalanceOf(a), f.token.UnpackBalanceOf)
}

func (f *marketFixture) order(id *big.Int) market.DataMarketOrder {
	return view(f.e, f.mkt, f.market.PackOrder(id), f.market.UnpackOrder)
}

func (f *marketFixture) owed(a *actor) int64 {
	return view(f.e, f.mkt, f.market.PackOwed(a.addr), f.market.UnpackOwed).Int64()
}

// buy lists (once per call) and purchases dataset 1 at price for buyer, returning the order id.
func (f *marketFixture) buy(buyer *actor, price int64) *big.Int {
	rcpt := f.e.send(f.seller, f.mkt, f.market.PackList(f.dataset, big.NewInt(price)))
	listing := event(f.e.t, rcpt, f.market.UnpackListedEvent).ListingId
	f.fund(buyer, price)
	rcpt = f.e.send(buyer, f.mkt, f.market.PackPurchase(listing, []byte("pk:"+buyer.name)))
	return event(f.e.t, rcpt, f.market.UnpackOrderCreatedEvent).OrderId
}

func TestSettlementToken(t *testing.T) {
	e := newEnv(t)
	f := newMarket(e)
	c, tok := f.tok, f.token
	alice, bob, carol, dave, frank := e.actor("alice"), e.actor("bob"), e.actor("carol"), e.actor("dave"), e.actor("frank")
	e.expectRevert(alice, c, tok.PackMint(alice.addr, big.NewInt(1), hashOf("x")), "AccessControlUnauthorizedAccount",
		alice.addr, crypto.Keccak256Hash([]byte("ISSUER_ROLE")))
	rcpt := e.send(bob, c, tok.PackMint(alice.addr, big.NewInt(10_000), hashOf("deposit 1")))
	if ev := event(t, rcpt, tok.UnpackIssuedEvent); ev.To != alice.addr || ev.Amount.Int64() != 10_000 || ev.DepositRef != hashOf("deposit 1") {
		t.Fatalf("Issued = %+v", ev)
	}
	if d := view(e, c, tok.PackDecimals(), tok.UnpackDecimals); d != 2 {
		t.Fatalf("decimals = %d", d)
	}
	e.exerciseERC20(c, erc20Case{name: tokenName, overdraftErr: "ERC20InsufficientBalance"}, alice, carol, dave)

	supply := view(e, c, tok.PackTotalSupply(), tok.UnpackTotalSupply)
	rcpt = e.send(alice, c, tok.PackRedeem(big.NewInt(100), hashOf("withdrawal 1")))
	if ev := event(t, rcpt, tok.UnpackRedeemedEvent); ev.From != alice.addr || ev.Amount.Int64() != 100 || ev.WithdrawalRef != hashOf("withdrawal 1") {
		t.Fatalf("Redeemed = %+v", ev)
	}
	if got := view(e, c, tok.PackTotalSupply(), tok.UnpackTotalSupply); new(big.Int).Sub(supply, got).Int64() != 100 {
		t.Fatalf("supply %v after redeeming 100 of %v", got, supply)
	}
	e.expectRevert(frank, c, tok.PackRedeem(big.NewInt(1), hashOf("x")), "ERC20InsufficientBalance", frank.addr, big.NewInt(0), big.NewInt(1))

	e.exerciseAccessControl(c, f.admin, e.actor("grace"), frank, "ISSUER_ROLE")
	e.exercisePausable(c, f.admin, e.actor("grace"), frank, func() {
		e.expectRevert(alice, c, tok.PackTransfer(carol.addr, big.NewInt(1)), "EnforcedPause")
		e.expectRevert(bob, c, tok.PackMint(carol.addr, big.NewInt(1), hashOf("x")), "EnforcedPause")
		e.expectRevert(alice, c, tok.PackRedeem(big.NewInt(1), hashOf("x")), "EnforcedPause")
	})
}

func TestDataAsset(t *testing.T) {
	e := newEnv(t)
	f := newMarket(e)
	c, da := f.nft, f.asset
	alice, bob, carol, frank := e.actor("alice"), e.actor("bob"), e.actor("carol"), e.actor("frank")
	id := f.dataset

	d := view(e, c, da.PackDataset(id), da.UnpackDataset)
	if d.ContentHash != hashOf("traffic dataset 2026Q3") || d.Publisher != alice.addr || d.MetadataURI != "ipfs://data/traffic" ||
		d.Licence.AccessPeriod != f.accessPeriod || !d.Licence.CommercialUse || d.PublishedAt == 0 {
		t.Fatalf("dataset = %+v", d)
	}
	cs := view(e, c, da.PackContributorsOf(id), da.UnpackContributorsOf)
	if len(cs) != 3 || cs[1].Account != bob.addr || cs[1].ShareBps != 3000 {
		t.Fatalf("contributors = %+v", cs)
	}
	if got := view(e, c, da.PackDatasetByContent(hashOf("traffic dataset 2026Q3")), da.UnpackDatasetByContent); got.Cmp(id) != 0 {
		t.Fatalf("datasetByContent = %v", got)
	}
	if n := view(e, c, da.PackMAXCONTRIBUTORS(), da.UnpackMAXCONTRIBUTORS); n.Int64() != 16 {
		t.Fatalf("MAX_CONTRIBUTORS = %v", n)
	}
	if n := view(e, c, da.PackTOTALSHARES(), da.UnpackTOTALSHARES); n != 10_000 {
		t.Fatalf("TOTAL_SHARES = %v", n)
	}
	if !view(e, c, da.PackSupportsInterface([4]byte{0x49, 0x06, 0x49, 0x06}), da.UnpackSupportsInterface) {
		t.Fatal("ERC-4906 not reported")
	}

	// Publishing checks, and its events.
	lic := market.DataAssetLicence{TermsHash: hashOf("licence v1"), AccessPeriod: 3600}
	one := []market.DataAssetContributor{{Account: carol.addr, ShareBps: 10_000}}
	e.expectRevert(bob, c, da.PackPublish(hashOf("x"), "", lic, one), "AccessControlUnauthorizedAccount", bob.addr, crypto.Keccak256Hash([]byte("PUBLISHER_ROLE")))
	e.expectRevert(alice, c, da.PackPublish([32]byte{}, "", lic, one), "EmptyContentHash")
	e.expectRevert(alice, c, da.PackPublish(hashOf("traffic dataset 2026Q3"), "", lic, one), "ContentAlreadyPublished", hashOf("traffic dataset 2026Q3"), id)
	e.expectRevert(alice, c, da.PackPublish(hashOf("x"), "", lic, nil), "InvalidContributorCount", big.NewInt(0))
	many := make([]market.DataAssetContributor, 17)
	for i := range many {
		many[i] = market.DataAssetContributor{Account: carol.addr, ShareBps: 1}
	}
	e.expectRevert(alice, c, da.PackPublish(hashOf("x"), "", lic, many), "InvalidContributorCount", big.NewInt(17))
	e.expectRevert(alice, c, da.PackPublish(hashOf("x"), "", lic, []market.DataAssetContributor{{Account: carol.addr, ShareBps: 5000}, {ShareBps: 5000}}),
		"InvalidContributor", big.NewInt(1))
	e.expectRevert(alice, c, da.PackPublish(hashOf("x"), "", lic, []market.DataAssetContributor{{Account: carol.addr, ShareBps: 0}}),
		"InvalidContributor", big.NewInt(0))
	e.expectRevert(alice, c, da.PackPublish(hashOf("x"), "", lic, []market.DataAssetContributor{{Account: carol.addr, ShareBps: 9000}}),
		"SharesNotComplete", big.NewInt(9000))
	rcpt := e.send(alice, c, da.PackPublish(hashOf("satellite tiles"), "ipfs://data/tiles", lic, one))
	pub := event(t, rcpt, da.UnpackDatasetPublishedEvent)
	if pub.DatasetId.Int64() != 2 || pub.Publisher != alice.addr || pub.ContentHash != hashOf("satellite tiles") || pub.MetadataURI != "ipfs://data/tiles" {
		t.Fatalf("DatasetPublished = %+v", pub)
	}
	if ev := event(t, rcpt, da.UnpackContributorSetEvent); ev.Account != carol.addr || ev.ShareBps != 10_000 {
		t.Fatalf("ContributorSet = %+v", ev)
	}
	if ev := event(t, rcpt, da.UnpackLicenceSetEvent); ev.AccessPeriod != 3600 || ev.TermsHash != hashOf("licence v1") {
		t.Fatalf("LicenceSet = %+v", ev)
	}

	// Owner-only updates.
	lic2 := market.DataAssetLicence{TermsHash: hashOf("licence v2"), AccessPeriod: 0, CommercialUse: false}
	e.expectRevert(carol, c, da.PackSetLicence(id, lic2), "NotDatasetOwner", id, carol.addr)
	e.send(alice, c, da.PackSetLicence(id, lic2))
	if got := view(e, c, da.PackLicenceOf(id), da.UnpackLicenceOf); got != lic2 {
		t.Fatalf("licence = %+v", got)
	}
	e.expectRevert(carol, c, da.PackSetMetadataURI(id, "x"), "NotDatasetOwner", id, carol.addr)
	rcpt = e.send(alice, c, da.PackSetMetadataURI(id, "ipfs://data/traffic-v2"))
	if ev := event(t, rcpt, da.UnpackMetadataUpdateEvent); ev.TokenId.Cmp(id) != 0 {
		t.Fatalf("MetadataUpdate = %+v", ev)
	}
	if uri := view(e, c, da.PackTokenURI(id), da.UnpackTokenURI); uri != "ipfs://data/traffic-v2" {
		t.Fatalf("tokenURI = %q", uri)
	}

	e.exerciseERC721(c, alice, bob, carol, frank, id)
	e.exerciseAccessControl(c, f.admin, e.actor("grace"), frank, "PUBLISHER_ROLE")
	e.exercisePausable(c, f.admin, e.actor("grace"), frank, func() {
		e.expectRevert(alice, c, da.PackPublish(hashOf("paused"), "", lic, one), "EnforcedPause")
		e.expectRevert(alice, c, da.PackSetLicence(id, lic), "EnforcedPause")
		e.expectRevert(alice, c, da.PackSetMetadataURI(id, ""), "EnforcedPause")
		e.expectRevert(alice, c, da.PackTransferFrom(alice.addr, bob.addr, id), "EnforcedPause")
	})
}

func TestDataMarketListingPurchase(t *testing.T) {
	e := newEnv(t)
	f := newMarket(e)
	c, m := f.mkt, f.market
	alice, bob, carol, dave, erin, frank, grace := e.actor("alice"), e.actor("bob"), e.actor("carol"), e.actor("dave"), e.actor("erin"), e.actor("frank"), f.arb

	if got := view(e, c, m.PackDataAsset(), m.UnpackDataAsset); got != f.nft.Address() {
		t.Fatalf("dataAsset = %s", got)
	}
	if got := view(e, c, m.PackToken(), m.UnpackToken); got != f.tok.Address() {
		t.Fatalf("token = %s", got)
	}
	if got := view(e, c, m.PackSELLORDERTYPEHASH(), m.UnpackSELLORDERTYPEHASH); common.Hash(got) != crypto.Keccak256Hash([]byte(
		"SellOrder(address seller,uint256 datasetId,uint256 price,address buyer,uint256 nonce,uint256 deadline)")) {
		t.Fatalf("SELL_ORDER_TYPEHASH = %x", got)
	}
	if got := view(e, c, m.PackMAXFEEBPS(), m.UnpackMAXFEEBPS); got != 1000 {
		t.Fatalf("MAX_FEE_BPS = %d", got)
	}

	// Listing.
	e.expectRevert(bob, c, m.PackList(f.dataset, big.NewInt(10_001)), "NotDatasetOwner", f.dataset, bob.addr)
	e.expectRevert(alice, c, m.PackList(f.dataset, big.NewInt(0)), "ZeroPrice")
	rcpt := e.send(alice, c, m.PackList(f.dataset, big.NewInt(10_001)))
	lst := event(t, rcpt, m.UnpackListedEvent)
	if lst.DatasetId.Cmp(f.dataset) != 0 || lst.Seller != alice.addr || lst.Price.Int64() != 10_001 {
		t.Fatalf("Listed = %+v", lst)
	}
	if l := view(e, c, m.PackListing(lst.ListingId), m.UnpackListing); !l.Active || l.Price.Int64() != 10_001 || l.Seller != alice.addr {
		t.Fatalf("listing = %+v", l)
	}

	// Purchase into escrow.
	f.fund(carol, 10_001)
	e.expectRevert(carol, c, m.PackPurchase(lst.ListingId, nil), "EmptyPublicKey")
	e.expectRevert(carol, c, m.PackPurchase(big.NewInt(99), []byte("pk")), "ListingInactive", big.NewInt(99))
	rcpt = e.send(carol, c, m.PackPurchase(lst.ListingId, []byte("x25519:carol")))
	oc := event(t, rcpt, m.UnpackOrderCreatedEvent)
	if oc.Buyer != carol.addr || oc.Payer != carol.addr || oc.Seller != alice.addr || oc.Price.Int64() != 10_001 || string(oc.BuyerPublicKey) != "x25519:carol" {
		t.Fatalf("OrderCreated = %+v", oc)
	}
	id := oc.OrderId
	o := f.order(id)
	if o.Status != orderPaid || o.FeeBps != 250 || o.AccessPeriod != f.accessPeriod || o.DeliverBy < e.now()+3*24*3600-5 {
		t.Fatalf("order = %+v", o)
	}
	if f.balance(c.Address()).Int64() != 10_001 || view(e, c, m.PackTotalEscrowed(), m.UnpackTotalEscrowed).Int64() != 10_001 {
		t.Fatal("escrow does not hold the price")
	}
	e.expectRevert(carol, c, m.PackConfirm(id), "InvalidOrderStatus", id, orderPaid)

	// Delivery of the encrypted key.
	e.expectRevert(carol, c, m.PackDeliver(id, []byte("k")), "NotSeller", carol.addr)
	rcpt = e.send(alice, c, m.PackDeliver(id, []byte("ecies(carol, key)")))
	kd := event(t, rcpt, m.UnpackKeyDeliveredEvent)
	if kd.OrderId.Cmp(id) != 0 || kd.Buyer != carol.addr || string(kd.EncryptedKey) != "ecies(carol, key)" || kd.ConfirmBy == 0 {
		t.Fatalf("KeyDelivered = %+v", kd)
	}
	e.expectRevert(alice, c, m.PackDeliver(id, []byte("k")), "InvalidOrderStatus", id, orderDelivered)
	e.expectRevert(frank, c, m.PackConfirm(id), "ConfirmWindowOpen", id, kd.ConfirmBy)

	// Buyer confirms: fee, contributor shares and rounding dust are credited; access is granted.
	rcpt = e.send(carol, c, m.PackConfirm(id))
	if ev := event(t, rcpt, m.UnpackOrderCompletedEvent); ev.ByTimeout {
		t.Fatal("buyer confirmation reported as timeout")
	}
	credits := map[common.Address]int64{}
	for _, pc := range events(rcpt, m.UnpackPaymentCreditedEvent) {
		credits[pc.Account] += pc.Amount.Int64()
	}
	want := map[common.Address]int64{erin.addr: 250, alice.addr: 4875 + 1, bob.addr: 2925, frank.addr: 1950}
	for a, v := range want {
		if credits[a] != v {
			t.Fatalf("credits %v, want %v", credits, want)
		}
	}
	ag := event(t, rcpt, m.UnpackAccessGrantedEvent)
	if ag.Account != carol.addr || ag.ExpiresAt < e.now()+f.accessPeriod-5 {
		t.Fatalf("AccessGranted = %+v", ag)
	}
	if got := view(e, c, m.PackAccessExpiry(f.dataset, carol.addr), m.UnpackAccessExpiry); got != ag.ExpiresAt {
		t.Fatalf("accessExpiry = %d", got)
	}
	for _, tc := range []struct {
		who  *actor
		want bool
	}{{carol, true}, {alice, true}, {dave, false}} {
		if got := view(e, c, m.PackHasAccess(f.dataset, tc.who.addr), m.UnpackHasAccess); got != tc.want {
			t.Fatalf("hasAccess(%s) = %v", tc.who.name, got)
		}
	}
	if f.order(id).Status != orderCompleted || view(e, c, m.PackTotalEscrowed(), m.UnpackTotalEscrowed).Sign() != 0 {
		t.Fatal("order not completed")
	}

	// Pull payments.
	before := f.balance(alice.addr)
	rcpt = e.send(alice, c, m.PackWithdraw())
	if ev := event(t, rcpt, m.UnpackWithdrawnEvent); ev.Account != alice.addr || ev.Amount.Int64() != 4876 {
		t.Fatalf("Withdrawn = %+v", ev)
	}
	if got := new(big.Int).Sub(f.balance(alice.addr), before); got.Int64() != 4876 {
		t.Fatalf("alice received %v", got)
	}
	e.expectRevert(alice, c, m.PackWithdraw(), "NothingToWithdraw", alice.addr)
	if f.owed(bob) != 2925 || view(e, c, m.PackTotalOwed(), m.UnpackTotalOwed).Int64() != 250+2925+1950 {
		t.Fatal("owed bookkeeping wrong")
	}

	// Delisting, and a listing whose seller no longer owns the dataset.
	e.expectRevert(bob, c, m.PackDelist(lst.ListingId), "NotSeller", bob.addr)
	rcpt = e.send(alice, c, m.PackDelist(lst.ListingId))
	if ev := event(t, rcpt, m.UnpackDelistedEvent); ev.ListingId.Cmp(lst.ListingId) != 0 {
		t.Fatalf("Delisted = %+v", ev)
	}
	e.expectRevert(alice, c, m.PackDelist(lst.ListingId), "ListingInactive", lst.ListingId)
	e.expectRevert(carol, c, m.PackPurchase(lst.ListingId, []byte("pk")), "ListingInactive", lst.ListingId)
	rcpt = e.send(alice, c, m.PackList(f.dataset, big.NewInt(500)))
	stale := event(t, rcpt, m.UnpackListedEvent).ListingId
	e.send(alice, f.nft, f.asset.PackTransferFrom(alice.addr, grace.addr, f.dataset))
	f.fund(carol, 500)
	e.expectRevert(carol, c, m.PackPurchase(stale, []byte("pk")), "NotDatasetOwner", f.dataset, alice.addr)
	e.send(grace, f.nft, f.asset.PackTransferFrom(grace.addr, alice.addr, f.dataset))
}

func TestDataMarketTimeoutsDisputesAdmin(t *testing.T) {
	e := newEnv(t)
	f := newMarket(e)
	c, m := f.mkt, f.market
	alice, carol, dave, frank, grace := e.actor("alice"), e.actor("carol"), e.actor("dave"), e.actor("frank"), f.arb
	day := 24 * time.Hour

	// A: not delivered in time; the buyer reclaims.
	a := f.buy(carol, 1000)
	deliverBy := f.order(a).DeliverBy
	e.expectRevert(carol, c, m.PackReclaim(a), "DeliveryWindowOpen", a, deliverBy)
	e.expectRevert(dave, c, m.PackReclaim(a), "NotBuyer", dave.addr)
	e.warp(3*day + time.Hour)
	e.expectRevert(alice, c, m.PackDeliver(a, []byte("late")), "DeliveryWindowClosed", a, deliverBy)
	rcpt := e.send(carol, c, m.PackReclaim(a))
	if ev := event(t, rcpt, m.UnpackOrderRefundedEvent); ev.Payer != carol.addr || ev.Amount.Int64() != 1000 {
		t.Fatalf("OrderRefunded = %+v", ev)
	}
	if f.order(a).Status != orderRefunded || f.owed(carol) != 1000 {
		t.Fatal("refund not credited")
	}

	// B: delivered, buyer silent; anyone completes after the window, disputes are too late.
	b := f.buy(dave, 2000)
	e.send(alice, c, m.PackDeliver(b, []byte("key")))
	confirmBy := f.order(b).ConfirmBy
	e.warp(7*day + time.Hour)
	e.expectRevert(dave, c, m.PackDispute(b, hashOf("late")), "ConfirmWindowClosed", b, confirmBy)
	rcpt = e.send(frank, c, m.PackConfirm(b))
	if ev := event(t, rcpt, m.UnpackOrderCompletedEvent); !ev.ByTimeout {
		t.Fatal("timeout completion not flagged")
	}

	// C: disputed and refunded by the arbiter.
	cID := f.buy(carol, 3000)
	e.send(alice, c, m.PackDeliver(cID, []byte("key")))
	e.expectRevert(dave, c, m.PackDispute(cID, hashOf("bad")), "NotBuyer", dave.addr)
	rcpt = e.send(carol, c, m.PackDispute(cID, hashOf("corrupt file")))
	if ev := event(t, rcpt, m.UnpackOrderDisputedEvent); ev.ReasonHash != hashOf("corrupt file") {
		t.Fatalf("OrderDisputed = %+v", ev)
	}
	e.expectRevert(carol, c, m.PackConfirm(cID), "InvalidOrderStatus", cID, orderDisputed)
	e.expectRevert(frank, c, m.PackResolveDispute(cID, true, hashOf("ruling")), "AccessControlUnauthorizedAccount",
		frank.addr, crypto.Keccak256Hash([]byte("ARBITER_ROLE")))
	rcpt = e.send(grace, c, m.PackResolveDispute(cID, true, hashOf("ruling 1")))
	if ev := event(t, rcpt, m.UnpackDisputeResolvedEvent); !ev.Refunded || ev.Arbiter != grace.addr || ev.RulingHash != hashOf("ruling 1") {
		t.Fatalf("DisputeResolved = %+v", ev)
	}
	event(t, rcpt, m.UnpackOrderRefundedEvent)
	if f.owed(carol) != 4000 {
		t.Fatalf("carol owed %d", f.owed(carol))
	}

	// D: disputed, and the arbiter releases to the seller side.
	d := f.buy(dave, 4000)
	e.send(alice, c, m.PackDeliver(d, []byte("key")))
	e.send(dave, c, m.PackDispute(d, hashOf("claims wrong schema")))
	rcpt = e.send(grace, c, m.PackResolveDispute(d, false, hashOf("ruling 2")))
	if ev := event(t, rcpt, m.UnpackOrderCompletedEvent); ev.ByTimeout {
		t.Fatal("arbiter release flagged as timeout")
	}
	if f.order(d).Status != orderCompleted || !view(e, c, m.PackHasAccess(f.dataset, dave.addr), m.UnpackHasAccess) {
		t.Fatal("release after dispute did not complete")
	}

	// Administration.
	e.expectRevert(frank, c, m.PackSetFee(frank.addr, 10), "AccessControlUnauthorizedAccount")
	e.expectRevert(f.admin, c, m.PackSetFee(frank.addr, 1001), "FeeTooHigh", big.NewInt(1001))
	e.expectRevert(f.admin, c, m.PackSetFee(common.Address{}, 10), "ZeroAddress")
	rcpt = e.send(f.admin, c, m.PackSetFee(grace.addr, 100))
	if ev := event(t, rcpt, m.UnpackFeeUpdatedEvent); ev.Recipient != grace.addr || ev.FeeBps != 100 {
		t.Fatalf("FeeUpdated = %+v", ev)
	}
	if view(e, c, m.PackFeeBps(), m.UnpackFeeBps) != 100 || view(e, c, m.PackFeeRecipient(), m.UnpackFeeRecipient) != grace.addr {
		t.Fatal("fee not updated")
	}
	e.expectRevert(f.admin, c, m.PackSetWindows(0, 10), "ZeroWindow")
	rcpt = e.send(f.admin, c, m.PackSetWindows(3600, 7200))
	if ev := event(t, rcpt, m.UnpackWindowsUpdatedEvent); ev.DeliveryWindow != 3600 || ev.ConfirmWindow != 7200 {
		t.Fatalf("WindowsUpdated = %+v", ev)
	}
	if view(e, c, m.PackDeliveryWindow(), m.UnpackDeliveryWindow) != 3600 || view(e, c, m.PackConfirmWindow(), m.UnpackConfirmWindow) != 7200 {
		t.Fatal("windows not updated")
	}

	// A perpetual licence grants access that never expires.
	e.send(alice, f.nft, f.asset.PackSetLicence(f.dataset, market.DataAssetLicence{TermsHash: hashOf("perpetual")}))
	p := f.buy(frank, 100)
	e.send(alice, c, m.PackDeliver(p, []byte("key")))
	e.send(frank, c, m.PackConfirm(p))
	if got := view(e, c, m.PackAccessExpiry(f.dataset, frank.addr), m.UnpackAccessExpiry); got != math.MaxUint64 {
		t.Fatalf("perpetual access expiry %d", got)
	}

	e.exerciseAccessControl(c, f.admin, e.actor("erin"), frank, "EXCHANGE_ROLE")
	e.exercisePausable(c, f.admin, e.actor("erin"), frank, func() {
		e.expectRevert(alice, c, m.PackList(f.dataset, big.NewInt(1)), "EnforcedPause")
		e.expectRevert(carol, c, m.PackPurchase(big.NewInt(1), []byte("pk")), "EnforcedPause")
		e.expectRevert(carol, c, m.PackExecuteSellOrder(market.DataMarketSellOrder{Seller: alice.addr, DatasetId: f.dataset,
			Price: big.NewInt(1), Nonce: big.NewInt(1), Deadline: big.NewInt(1 << 40)}, nil, []byte("pk")), "EnforcedPause")
		e.send(carol, c, m.PackWithdraw()) // settlement continues while paused
	})
}

// sellOrderTyped is the EIP-712 typed data of a DataMarket sell order, built independently of the contract.
func sellOrderTyped(market common.Address, o market.DataMarketSellOrder) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": eip712DomainType,
			"SellOrder": {{Name: "seller", Type: "address"}, {Name: "datasetId", Type: "uint256"}, {Name: "price", Type: "uint256"},
				{Name: "buyer", Type: "address"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}},
		},
		PrimaryType: "SellOrder",
		Domain: apitypes.TypedDataDomain{Name: "XiangDataMarket", Version: "1",
			ChainId: (*gmath.HexOrDecimal256)(chainID), VerifyingContract: market.Hex()},
		Message: apitypes.TypedDataMessage{"seller": o.Seller.Hex(), "datasetId": o.DatasetId.String(), "price": o.Price.String(),
			"buyer": o.Buyer.Hex(), "nonce": o.Nonce.String(), "deadline": o.Deadline.String()},
	}
}

func TestDataMarketSignedOrders(t *testing.T) {
	e := newEnv(t)
	f := newMarket(e)
	c, m := f.mkt, f.market
	alice, bob, carol, dave, grace := e.actor("alice"), e.actor("bob"), e.actor("carol"), e.actor("dave"), f.arb
	deadline := new(big.Int).SetUint64(e.now() + 3600)
	order := func(buyer common.Address, nonce, price int64) market.DataMarketSellOrder {
		return market.DataMarketSellOrder{Seller: alice.addr, DatasetId: f.dataset, Price: big.NewInt(price), Buyer: buyer,
			Nonce: big.NewInt(nonce), Deadline: deadline}
	}
	sign := func(signer *actor, o market.DataMarketSellOrder) []byte {
		sig := signTyped(e, signer, sellOrderTyped(c.Address(), o))
		sig[64] += 27
		return sig
	}

	// The contract's digest equals the one computed off chain.
	open := order(common.Address{}, 7, 5000)
	want, _, err := apitypes.TypedDataAndHash(sellOrderTyped(c.Address(), open))
	if err != nil {
		t.Fatal(err)
	}
	if got := view(e, c, m.PackHashSellOrder(open), m.UnpackHashSellOrder); common.Hash(got) != common.BytesToHash(want) {
		t.Fatalf("hashSellOrder %x, want %x", got, want)
	}
	if dom := view(e, c, m.PackEip712Domain(), m.UnpackEip712Domain); dom.Name != "XiangDataMarket" || dom.VerifyingContract != c.Address() {
		t.Fatalf("eip712Domain = %+v", dom)
	}

	// An open order filled by a buyer.
	f.fund(carol, 5000)
	e.expectRevert(carol, c, m.PackExecuteSellOrder(open, sign(bob, open), []byte("pk")), "InvalidSignature", alice.addr)
	rcpt := e.send(carol, c, m.PackExecuteSellOrder(open, sign(alice, open), []byte("pk:carol")))
	filled := event(t, rcpt, m.UnpackSellOrderFilledEvent)
	oc := event(t, rcpt, m.UnpackOrderCreatedEvent)
	if filled.Seller != alice.addr || filled.Nonce.Int64() != 7 || filled.OrderId.Cmp(oc.OrderId) != 0 || oc.Buyer != carol.addr || oc.Price.Int64() != 5000 {
		t.Fatalf("SellOrderFilled = %+v, OrderCreated = %+v", filled, oc)
	}
	if !view(e, c, m.PackIsNonceUsed(alice.addr, big.NewInt(7)), m.UnpackIsNonceUsed) {
		t.Fatal("nonce not used")
	}
	e.expectRevert(carol, c, m.PackExecuteSellOrder(open, sign(alice, open), []byte("pk")), "NonceUsed", alice.addr, big.NewInt(7))

	// A reserved order: only its buyer or the exchange may fill it; the exchange pays on the buyer's behalf.
	reserved := order(dave.addr, 8, 700)
	e.expectRevert(carol, c, m.PackExecuteSellOrder(reserved, sign(alice, reserved), []byte("pk")), "NotAuthorizedTaker", carol.addr, dave.addr)
	f.fund(grace, 700)
	rcpt = e.send(grace, c, m.PackExecuteSellOrder(reserved, sign(alice, reserved), []byte("pk:dave")))
	if oc := event(t, rcpt, m.UnpackOrderCreatedEvent); oc.Buyer != dave.addr || oc.Payer != grace.addr {
		t.Fatalf("exchange-filled OrderCreated = %+v", oc)
	}

	// Expiry, ownership, price and cancellation.
	expired := order(common.Address{}, 9, 10)
	expired.Deadline = new(big.Int).SetUint64(e.now() - 1)
	e.expectRevert(carol, c, m.PackExecuteSellOrder(expired, sign(alice, expired), []byte("pk")), "OrderExpired", expired.Deadline)
	notOwner := order(common.Address{}, 1, 10)
	notOwner.Seller = bob.addr
	e.expectRevert(carol, c, m.PackExecuteSellOrder(notOwner, sign(bob, notOwner), []byte("pk")), "NotDatasetOwner", f.dataset, bob.addr)
	free := order(common.Address{}, 10, 0)
	e.expectRevert(carol, c, m.PackExecuteSellOrder(free, sign(alice, free), []byte("pk")), "ZeroPrice")
	cancelled := order(common.Address{}, 11, 10)
	rcpt = e.send(alice, c, m.PackCancelSellOrder(big.NewInt(11)))
	if ev := event(t, rcpt, m.UnpackSellOrderCancelledEvent); ev.Seller != alice.addr || ev.Nonce.Int64() != 11 {
		t.Fatalf("SellOrderCancelled = %+v", ev)
	}
	e.expectRevert(alice, c, m.PackCancelSellOrder(big.NewInt(11)), "NonceUsed", alice.addr, big.NewInt(11))
	e.expectRevert(carol, c, m.PackExecuteSellOrder(cancelled, sign(alice, cancelled), []byte("pk")), "NonceUsed", alice.addr, big.NewInt(11))
}
