package bindingstest

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/xiangchain/xiangchain/bindings/assets"
	"github.com/xiangchain/xiangchain/bindings/merkle"
)

// TestPropertyBillValueConservation runs random issue/split/transfer/merge/endorse/finance sequences, then
// settles every bill by payment and redemption or by dishonour and recourse, checking after every step that
// each bill's live value + redeemed + discharged equals its face value, and at the end that the registry
// holds no currency it does not owe.
func TestPropertyBillValueConservation(t *testing.T) {
	for _, seed := range []uint64{1, 2} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 0x5eed))
			e := newEnv(t)
			f := newBills(e)
			c, br := f.reg, f.br
			holders := []*actor{e.actor("alice"), e.actor("bob"), e.actor("erin"), e.actor("frank"), e.actor("grace")}
			drawers := []*actor{e.actor("carol"), e.actor("alice")}
			grace := e.actor("grace")
			f.fund(grace, big.NewInt(1_000_000_000))
			maturity := e.now() + 10*24*3600
			byAddr := map[common.Address]*actor{}
			for _, a := range e.actors {
				byAddr[a.addr] = a
			}
			var tokens []*big.Int
			live := func() []*big.Int { // tokens that exist and hold value
				var out []*big.Int
				for _, id := range tokens {
					if f.part(id).Value.Sign() > 0 {
						out = append(out, id)
					}
				}
				return out
			}
			ops := 0
			for bill := 0; bill < 3; bill++ {
				ev := f.issue(drawers[rng.IntN(2)], holders[rng.IntN(len(holders))], int64(1000+rng.IntN(1_000_000)), maturity, fmt.Sprint("P", seed, bill), true)
				tokens = append(tokens, ev.TokenId)
			}
			for ops < 40 {
				ls := live()
				id := ls[rng.IntN(len(ls))]
				p := f.part(id)
				owner := byAddr[f.owner(id)]
				to := holders[rng.IntN(len(holders))]
				switch op := rng.IntN(5); {
				case op == 0 && p.Value.Int64() > 1 && p.Depth < 8:
					v := big.NewInt(1 + rng.Int64N(p.Value.Int64()-1))
					rcpt := e.send(owner, c, br.PackSplit(id, v))
					tokens = append(tokens, event(t, rcpt, br.UnpackBillSplitEvent).NewTokenId)
				case op == 1 && p.Value.Int64() > 1 && p.Depth < 8:
					v := big.NewInt(1 + rng.Int64N(p.Value.Int64()-1))
					rcpt := e.send(owner, c, br.PackTransferFrom(id, to.addr, v))
					tokens = append(tokens, event(t, rcpt, br.UnpackBillSplitEvent).NewTokenId)
				case op == 2 && to != owner:
					e.send(owner, c, br.PackEndorse(id, to.addr))
				case op == 3:
					var into *big.Int
					for _, other := range ls {
						q := f.part(other)
						if other.Cmp(id) != 0 && q.Slot.Cmp(p.Slot) == 0 && q.ChainHash == p.ChainHash {
							into = other
						}
					}
					if into == nil {
						continue
					}
					e.send(owner, c, br.PackTransferFrom1(id, into, big.NewInt(1+rng.Int64N(p.Value.Int64()))))
				case op == 4 && owner != grace:
					price := new(big.Int).Div(new(big.Int).Mul(p.Value, big.NewInt(95)), big.NewInt(100))
					if price.Sign() == 0 {
						continue
					}
					e.send(owner, c, br.PackRequestFinancing(id, grace.addr, price))
					e.send(grace, c, br.PackFinance(id))
				default:
					continue
				}
				ops++
				f.checkConservation()
			}

			// Settle: bill 0 is paid, the others are dishonoured and recovered from the drawer.
			e.warp(14 * 24 * time.Hour)
			slots := map[string]*big.Int{}
			for _, id := range tokens {
				s := f.part(id).Slot
				slots[s.String()] = s
			}
			i := 0
			for _, key := range sortedKeys(slots) {
				slot := slots[key]
				b := f.bill(slot)
				if i == 0 {
					f.fund(e.actor("dave"), b.Terms.FaceValue)
					e.send(e.actor("dave"), c, br.PackPay(slot))
				} else {
					e.send(e.actor("dave"), c, br.PackDishonour(slot, hashOf("unpaid")))
				}
				i++
				f.checkConservation()
			}
			for _, id := range live() {
				p := f.part(id)
				holder := byAddr[f.owner(id)]
				if f.bill(p.Slot).State == billPaid {
					e.send(holder, c, br.PackRedeem(id))
				} else {
					drawer := byAddr[f.bill(p.Slot).Terms.Drawer]
					if drawer == holder {
						continue // a drawer holding its own dishonoured bill has nobody to recourse to but the acceptor
					}
					e.send(holder, c, br.PackClaimRecourse(id, drawerPosition))
					f.fund(drawer, p.Value)
					e.send(drawer, c, br.PackPayRecourse(id))
				}
				f.checkConservation()
			}
			if held := view(e, f.tok, f.token.PackBalanceOf(c.Address()), f.token.UnpackBalanceOf); held.Sign() != 0 {
				t.Fatalf("registry still holds %v after every paid token was redeemed", held)
			}
		})
	}
}

// TestPropertyEscrowNeverOverpays runs random market sequences and checks after every step that the market
// holds exactly the escrowed prices plus unwithdrawn credits, and that it never paid out more than was paid in.
func TestPropertyEscrowNeverOverpays(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 0xe5c))
	e := newEnv(t)
	f := newMarket(e)
	c, m := f.mkt, f.market
	buyers := []*actor{e.actor("carol"), e.actor("dave"), e.actor("erin")}
	everyone := []*actor{e.actor("alice"), e.actor("bob"), e.actor("carol"), e.actor("dave"), e.actor("erin"), e.actor("frank")}
	paidIn, paidOut := new(big.Int), new(big.Int)
	var open []*big.Int
	check := func() {
		t.Helper()
		bal := f.balance(c.Address())
		escrowed := view(e, c, m.PackTotalEscrowed(), m.UnpackTotalEscrowed)
		owed := view(e, c, m.PackTotalOwed(), m.UnpackTotalOwed)
		if bal.Cmp(new(big.Int).Add(escrowed, owed)) != 0 {
			t.Fatalf("market holds %v, escrowed %v + owed %v", bal, escrowed, owed)
		}
		if paidOut.Cmp(paidIn) > 0 || new(big.Int).Sub(paidIn, paidOut).Cmp(bal) != 0 {
			t.Fatalf("paid in %v, paid out %v, balance %v", paidIn, paidOut, bal)
		}
	}
	buyer := func(id *big.Int) *actor {
		o := f.order(id)
		for _, b := range buyers {
			if b.addr == o.Buyer {
				return b
			}
		}
		t.Fatalf("unknown buyer %s", o.Buyer)
		return nil
	}
	for step := 0; step < 45; step++ {
		switch op := rng.IntN(6); {
		case op == 0 || len(open) == 0:
			price := int64(1 + rng.IntN(100_000))
			id := f.buy(buyers[rng.IntN(len(buyers))], price)
			paidIn.Add(paidIn, big.NewInt(price))
			open = append(open, id)
		case op == 1:
			id := open[rng.IntN(len(open))]
			if f.order(id).Status == orderPaid {
				e.send(f.seller, c, m.PackDeliver(id, []byte("key")))
			}
		case op == 2:
			id := open[rng.IntN(len(open))]
			switch f.order(id).Status {
			case orderDelivered:
				if rng.IntN(2) == 0 {
					e.send(buyer(id), c, m.PackConfirm(id))
				} else {
					e.send(buyer(id), c, m.PackDispute(id, hashOf("dispute")))
				}
			case orderDisputed:
				e.send(f.arb, c, m.PackResolveDispute(id, rng.IntN(2) == 0, hashOf("ruling")))
			}
		case op == 3:
			e.warp(time.Duration(1+rng.IntN(8)) * 24 * time.Hour)
			for _, id := range open {
				o := f.order(id)
				switch {
				case o.Status == orderPaid && e.now() > o.DeliverBy:
					e.send(buyer(id), c, m.PackReclaim(id))
				case o.Status == orderDelivered && e.now() > o.ConfirmBy:
					e.send(e.actor("frank"), c, m.PackConfirm(id))
				}
			}
		default:
			who := everyone[rng.IntN(len(everyone))]
			if amount := f.owed(who); amount > 0 {
				e.send(who, c, m.PackWithdraw())
				paidOut.Add(paidOut, big.NewInt(amount))
			}
		}
		check()
	}
	// Drain: finish every order and withdraw everything; the market must end empty.
	e.warp(20 * 24 * time.Hour)
	for _, id := range open {
		switch f.order(id).Status {
		case orderPaid:
			e.send(buyer(id), c, m.PackReclaim(id))
		case orderDelivered:
			e.send(e.actor("frank"), c, m.PackConfirm(id))
		case orderDisputed:
			e.send(f.arb, c, m.PackResolveDispute(id, true, hashOf("final")))
		}
		check()
	}
	for _, who := range append(everyone, f.arb) {
		if amount := f.owed(who); amount > 0 {
			e.send(who, c, m.PackWithdraw())
			paidOut.Add(paidOut, big.NewInt(amount))
		}
	}
	check()
	if paidOut.Cmp(paidIn) != 0 || f.balance(c.Address()).Sign() != 0 {
		t.Fatalf("after draining: paid in %v, paid out %v, balance %v", paidIn, paidOut, f.balance(c.Address()))
	}
}

// TestPropertyMerkleProofsVerifyOnChain anchors Go-built batch trees of random sizes and verifies proofs of
// random leaves on chain, plus a wrong document and a proof against the wrong root.
func TestPropertyMerkleProofsVerifyOnChain(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 0x3e4c1e))
	e := newEnv(t)
	n := assets.NewNotary()
	admin := e.actor("admin")
	c := e.deploy(admin, "Notary", n.PackConstructor(admin.addr))
	e.grant(c, admin, "SUBMITTER_ROLE", admin.addr)
	var prevRoot common.Hash
	for round := 0; round < 12; round++ {
		size := 1 + rng.IntN(64)
		docs := make([]common.Hash, size)
		for i := range docs {
			docs[i] = crypto.Keccak256Hash([]byte(fmt.Sprintf("round %d doc %d %d", round, i, rng.Uint64())))
		}
		tree, err := merkle.New(docs)
		if err != nil {
			t.Fatal(err)
		}
		e.send(admin, c, n.PackAnchorBatch(tree.Root(), uint64(size), fmt.Sprintf("batch-%d", round)))
		for k := 0; k < 4; k++ {
			i := rng.IntN(size)
			proof := hashes32(mustProof(t, tree, i))
			if out := view(e, c, n.PackVerifyDocument(tree.Root(), docs[i], proof), n.UnpackVerifyDocument); !out.Ok {
				t.Fatalf("round %d (size %d): leaf %d does not verify on chain", round, size, i)
			}
			if out := view(e, c, n.PackVerifyDocument(tree.Root(), crypto.Keccak256Hash(docs[i][:]), proof), n.UnpackVerifyDocument); out.Ok {
				t.Fatalf("round %d: wrong document verified", round)
			}
			if round > 0 && size > 1 {
				if out := view(e, c, n.PackVerifyDocument(prevRoot, docs[i], proof), n.UnpackVerifyDocument); out.Ok {
					t.Fatalf("round %d: proof verified against another batch", round)
				}
			}
		}
		prevRoot = tree.Root()
	}
}
