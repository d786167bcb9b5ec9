package bindingstest

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/xiangchain/xiangchain/bindings/assets"
	"github.com/xiangchain/xiangchain/bindings/market"
)

// TestRoleGuards calls every role-guarded function from an account without the role and expects
// AccessControlUnauthorizedAccount naming exactly that account and the missing role.
func TestRoleGuards(t *testing.T) {
	e := newEnv(t)
	admin, stranger := e.actor("admin"), e.actor("frank")
	one, h := big.NewInt(1), hashOf("x")

	reg := newRegistry(e)
	assetID := reg.registerConfirmed(e.actor("alice"), "guarded")
	n := assets.NewNotary()
	notary := e.deploy(admin, "Notary", n.PackConstructor(admin.addr))
	st := assets.NewShareToken()
	shares := e.deploy(admin, "ShareToken", st.PackConstructor("S", "S", reg.c.Address(), assetID, admin.addr))
	mk := newMarket(e)
	bl := newBills(e)
	m, br, r := mk.market, bl.br, reg.reg

	cases := []struct {
		name string // for the log
		c    *bind.BoundContract
		data []byte
		role string
	}{
		{"AssetRegistry.confirmRights", reg.c, r.PackConfirmRights(one), "REGISTRAR_ROLE"},
		{"AssetRegistry.rejectRegistration", reg.c, r.PackRejectRegistration(one, h), "REGISTRAR_ROLE"},
		{"AssetRegistry.attest", reg.c, r.PackAttest(one, h, ""), "ATTESTER_ROLE"},
		{"AssetRegistry.freeze", reg.c, r.PackFreeze(one, h), "REGULATOR_ROLE"},
		{"AssetRegistry.unfreeze", reg.c, r.PackUnfreeze(one, h), "REGULATOR_ROLE"},
		{"AssetRegistry.pause", reg.c, r.PackPause(), "PAUSER_ROLE"},
		{"AssetRegistry.unpause", reg.c, r.PackUnpause(), "PAUSER_ROLE"},
		{"AssetRegistry.grantRole", reg.c, r.PackGrantRole(h, stranger.addr), "DEFAULT_ADMIN_ROLE"},
		{"AssetRegistry.revokeRole", reg.c, r.PackRevokeRole(h, stranger.addr), "DEFAULT_ADMIN_ROLE"},
		{"Notary.anchor", notary, n.PackAnchor(h), "SUBMITTER_ROLE"},
		{"Notary.anchorBatch", notary, n.PackAnchorBatch(h, 1, ""), "SUBMITTER_ROLE"},
		{"Notary.pause", notary, n.PackPause(), "PAUSER_ROLE"},
		{"Notary.unpause", notary, n.PackUnpause(), "PAUSER_ROLE"},
		{"ShareToken.setIdentity", shares, st.PackSetIdentity(stranger.addr, h), "AGENT_ROLE"},
		{"ShareToken.mint", shares, st.PackMint(stranger.addr, one), "AGENT_ROLE"},
		{"ShareToken.burn", shares, st.PackBurn(stranger.addr, one), "AGENT_ROLE"},
		{"ShareToken.setAddressFrozen", shares, st.PackSetAddressFrozen(stranger.addr, true), "AGENT_ROLE"},
		{"ShareToken.freezePartialTokens", shares, st.PackFreezePartialTokens(stranger.addr, one), "AGENT_ROLE"},
		{"ShareToken.unfreezePartialTokens", shares, st.PackUnfreezePartialTokens(stranger.addr, one), "AGENT_ROLE"},
		{"ShareToken.forcedTransfer", shares, st.PackForcedTransfer(admin.addr, stranger.addr, one), "AGENT_ROLE"},
		{"ShareToken.releaseAsset", shares, st.PackReleaseAsset(stranger.addr), "DEFAULT_ADMIN_ROLE"},
		{"ShareToken.pause", shares, st.PackPause(), "PAUSER_ROLE"},
		{"ShareToken.unpause", shares, st.PackUnpause(), "PAUSER_ROLE"},
		{"SettlementToken.mint", mk.tok, mk.token.PackMint(stranger.addr, one, h), "ISSUER_ROLE"},
		{"SettlementToken.pause", mk.tok, mk.token.PackPause(), "PAUSER_ROLE"},
		{"SettlementToken.unpause", mk.tok, mk.token.PackUnpause(), "PAUSER_ROLE"},
		{"DataAsset.publish", mk.nft, mk.asset.PackPublish(h, "", market.DataAssetLicence{}, nil), "PUBLISHER_ROLE"},
		{"DataAsset.pause", mk.nft, mk.asset.PackPause(), "PAUSER_ROLE"},
		{"DataAsset.unpause", mk.nft, mk.asset.PackUnpause(), "PAUSER_ROLE"},
		{"DataMarket.resolveDispute", mk.mkt, m.PackResolveDispute(one, true, h), "ARBITER_ROLE"},
		{"DataMarket.setFee", mk.mkt, m.PackSetFee(stranger.addr, 1), "DEFAULT_ADMIN_ROLE"},
		{"DataMarket.setWindows", mk.mkt, m.PackSetWindows(1, 1), "DEFAULT_ADMIN_ROLE"},
		{"DataMarket.pause", mk.mkt, m.PackPause(), "PAUSER_ROLE"},
		{"DataMarket.unpause", mk.mkt, m.PackUnpause(), "PAUSER_ROLE"},
		{"BillRegistry.issue", bl.reg, br.PackIssue(admin.addr, bl.tok.Address(), one, 1<<40, h, stranger.addr), "DRAWER_ROLE"},
		{"BillRegistry.pause", bl.reg, br.PackPause(), "PAUSER_ROLE"},
		{"BillRegistry.unpause", bl.reg, br.PackUnpause(), "PAUSER_ROLE"},
	}
	// The cases share one chain, so they run in the test itself (expectRevert names the function on failure).
	for _, tc := range cases {
		role := crypto.Keccak256Hash([]byte(tc.role))
		if tc.role == "DEFAULT_ADMIN_ROLE" {
			role = common.Hash{}
		}
		t.Log(tc.name)
		e.expectRevert(stranger, tc.c, tc.data, "AccessControlUnauthorizedAccount", stranger.addr, role)
	}
}
