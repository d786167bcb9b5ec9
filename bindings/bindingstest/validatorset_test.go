package bindingstest

import (
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/xiangchain/xiangchain/bindings/governance"
)

// validatorSetFixture is a ValidatorSet administered by admin, starting with alice, bob and carol.
type validatorSetFixture struct {
	e  *env
	c  *bind.BoundContract
	vs *governance.ValidatorSet
}

func newValidatorSet(e *env) *validatorSetFixture {
	vs := governance.NewValidatorSet()
	initial := []common.Address{e.actor("alice").addr, e.actor("bob").addr, e.actor("carol").addr}
	c := e.deploy(e.actor("admin"), "ValidatorSet", vs.PackConstructor(e.actor("admin").addr, initial))
	return &validatorSetFixture{e: e, c: c, vs: vs}
}

// validators returns getValidators(), sorted by address as the QBFT engine sorts it.
func (f *validatorSetFixture) validators() []common.Address {
	v := view(f.e, f.c, f.vs.PackGetValidators(), f.vs.UnpackGetValidators)
	slices.SortFunc(v, common.Address.Cmp)
	return v
}

func (f *validatorSetFixture) isValidator(a common.Address) bool {
	return view(f.e, f.c, f.vs.PackIsValidator(a), f.vs.UnpackIsValidator)
}

func addrsOf(e *env, names ...string) []common.Address {
	out := make([]common.Address, 0, len(names))
	for _, n := range names {
		out = append(out, e.actor(n).addr)
	}
	slices.SortFunc(out, common.Address.Cmp)
	return out
}

// TestValidatorSetLifecycle adds and removes validators as the admin, checks the events and the list after
// each change (including removal from the middle, which moves the last entry), and hands the admin right on.
func TestValidatorSetLifecycle(t *testing.T) {
	e := newEnv(t)
	f := newValidatorSet(e)
	c, vs := f.c, f.vs
	admin, alice, dave, erin := e.actor("admin"), e.actor("alice"), e.actor("dave"), e.actor("erin")

	if got, want := f.validators(), addrsOf(e, "alice", "bob", "carol"); !slices.Equal(got, want) {
		t.Fatalf("initial validators %v, want %v", got, want)
	}
	if got := view(e, c, vs.PackAdmin(), vs.UnpackAdmin); got != admin.addr {
		t.Fatalf("admin %s, want %s", got, admin.addr)
	}

	rcpt := e.send(admin, c, vs.PackAddValidator(dave.addr))
	if ev := event(t, rcpt, vs.UnpackValidatorAddedEvent); ev.Validator != dave.addr {
		t.Fatalf("ValidatorAdded(%s), want dave", ev.Validator)
	}
	if !f.isValidator(dave.addr) || f.isValidator(erin.addr) {
		t.Fatal("isValidator disagrees with the add")
	}

	// alice is first in storage: removing her moves dave (last) into her place.
	rcpt = e.send(admin, c, vs.PackRemoveValidator(alice.addr))
	if ev := event(t, rcpt, vs.UnpackValidatorRemovedEvent); ev.Validator != alice.addr {
		t.Fatalf("ValidatorRemoved(%s), want alice", ev.Validator)
	}
	if got, want := f.validators(), addrsOf(e, "bob", "carol", "dave"); !slices.Equal(got, want) {
		t.Fatalf("after removing alice: %v, want %v", got, want)
	}
	if f.isValidator(alice.addr) {
		t.Fatal("alice is still a validator")
	}
	// The moved entry's position was updated: dave can still be removed, and alice re-added.
	e.send(admin, c, vs.PackRemoveValidator(dave.addr))
	e.send(admin, c, vs.PackAddValidator(alice.addr))
	if got, want := f.validators(), addrsOf(e, "alice", "bob", "carol"); !slices.Equal(got, want) {
		t.Fatalf("after re-adding alice: %v, want %v", got, want)
	}

	rcpt = e.send(admin, c, vs.PackTransferAdmin(erin.addr))
	if ev := event(t, rcpt, vs.UnpackAdminTransferredEvent); ev.PreviousAdmin != admin.addr || ev.NewAdmin != erin.addr {
		t.Fatalf("AdminTransferred(%s, %s), want (admin, erin)", ev.PreviousAdmin, ev.NewAdmin)
	}
	e.expectRevert(admin, c, vs.PackAddValidator(dave.addr), "NotAdmin", admin.addr)
	e.send(erin, c, vs.PackAddValidator(dave.addr))
	if !f.isValidator(dave.addr) {
		t.Fatal("the new admin's add did not take")
	}
}

// TestValidatorSetRefusals checks every refusal with its exact custom error.
func TestValidatorSetRefusals(t *testing.T) {
	e := newEnv(t)
	f := newValidatorSet(e)
	c, vs := f.c, f.vs
	admin, alice, bob, carol, frank := e.actor("admin"), e.actor("alice"), e.actor("bob"), e.actor("carol"), e.actor("frank")

	// Only the admin changes anything.
	e.expectRevert(frank, c, vs.PackAddValidator(frank.addr), "NotAdmin", frank.addr)
	e.expectRevert(alice, c, vs.PackRemoveValidator(bob.addr), "NotAdmin", alice.addr)
	e.expectRevert(frank, c, vs.PackTransferAdmin(frank.addr), "NotAdmin", frank.addr)

	e.expectRevert(admin, c, vs.PackAddValidator(common.Address{}), "ZeroAddress")
	e.expectRevert(admin, c, vs.PackAddValidator(bob.addr), "AlreadyValidator", bob.addr)
	e.expectRevert(admin, c, vs.PackRemoveValidator(frank.addr), "NotValidator", frank.addr)
	e.expectRevert(admin, c, vs.PackTransferAdmin(common.Address{}), "ZeroAddress")

	// Down to one validator, which cannot be removed.
	e.send(admin, c, vs.PackRemoveValidator(alice.addr))
	e.send(admin, c, vs.PackRemoveValidator(bob.addr))
	e.expectRevert(admin, c, vs.PackRemoveValidator(carol.addr), "LastValidator", carol.addr)
	if got := f.validators(); !slices.Equal(got, []common.Address{carol.addr}) {
		t.Fatalf("validators %v, want [carol]", got)
	}

	// The constructor refuses what the functions refuse.
	e.expectDeployRevert(admin, "ValidatorSet", vs.PackConstructor(admin.addr, nil), "NoValidators")
	e.expectDeployRevert(admin, "ValidatorSet", vs.PackConstructor(common.Address{}, []common.Address{alice.addr}), "ZeroAddress")
	e.expectDeployRevert(admin, "ValidatorSet", vs.PackConstructor(admin.addr, []common.Address{alice.addr, alice.addr}),
		"AlreadyValidator", alice.addr)
	e.expectDeployRevert(admin, "ValidatorSet", vs.PackConstructor(admin.addr, []common.Address{{}}), "ZeroAddress")
}
