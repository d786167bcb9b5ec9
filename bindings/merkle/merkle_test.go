package merkle

import (
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func docs(n int) []common.Hash {
	out := make([]common.Hash, n)
	for i := range out {
		out[i] = crypto.Keccak256Hash([]byte(fmt.Sprintf("document %d", i)))
	}
	return out
}

func TestProofsVerify(t *testing.T) {
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 16, 33} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			ds := docs(n)
			tree, err := New(ds)
			if err != nil {
				t.Fatal(err)
			}
			for i, d := range ds {
				proof, err := tree.Proof(i)
				if err != nil {
					t.Fatal(err)
				}
				if !Verify(tree.Root(), d, proof) {
					t.Fatalf("leaf %d: proof does not verify", i)
				}
				other := crypto.Keccak256Hash(d[:], []byte("tampered"))
				if Verify(tree.Root(), other, proof) {
					t.Fatalf("leaf %d: proof verifies a different document", i)
				}
			}
		})
	}
}

func TestSingleLeafRootIsLeaf(t *testing.T) {
	d := docs(1)[0]
	tree, err := New([]common.Hash{d})
	if err != nil {
		t.Fatal(err)
	}
	if tree.Root() != Leaf(d) {
		t.Fatalf("root %x, want leaf %x", tree.Root(), Leaf(d))
	}
}

func TestOddNodePromoted(t *testing.T) {
	ds := docs(3)
	tree, err := New(ds)
	if err != nil {
		t.Fatal(err)
	}
	want := hashPair(hashPair(Leaf(ds[0]), Leaf(ds[1])), Leaf(ds[2]))
	if tree.Root() != want {
		t.Fatalf("root %x, want %x", tree.Root(), want)
	}
	proof, err := tree.Proof(2)
	if err != nil {
		t.Fatal(err)
	}
	if len(proof) != 1 {
		t.Fatalf("promoted leaf proof has %d hashes, want 1", len(proof))
	}
}

func TestErrors(t *testing.T) {
	if _, err := New(nil); !errors.Is(err, ErrEmpty) {
		t.Fatalf("New(nil) error %v, want ErrEmpty", err)
	}
	tree, err := New(docs(2))
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{-1, 2} {
		if _, err := tree.Proof(i); !errors.Is(err, ErrIndex) {
			t.Fatalf("Proof(%d) error %v, want ErrIndex", i, err)
		}
	}
}
