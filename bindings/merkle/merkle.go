// Package merkle builds the batch trees that the Notary contract anchors and the proofs it verifies.
//
// A leaf is keccak256 of the 32-byte document hash (so a leaf never equals an inner node's preimage), an inner
// node is keccak256 of its two children in ascending byte order (OpenZeppelin MerkleProof's commutative hash),
// and a node without a sibling at some level is promoted unchanged. The package computes; it does not talk to
// a chain.
package merkle

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrEmpty is returned when a tree is built from no documents.
var ErrEmpty = errors.New("merkle: no documents")

// ErrIndex is returned for a proof of a leaf the tree does not have.
var ErrIndex = errors.New("merkle: leaf index out of range")

// Tree is a batch tree over document hashes, in the order given.
type Tree struct {
	levels [][]common.Hash // levels[0] are the leaves, the last level holds the root
}

// Leaf returns the leaf value of a document hash.
func Leaf(documentHash common.Hash) common.Hash {
	return crypto.Keccak256Hash(documentHash[:])
}

// hashPair hashes two nodes in ascending order.
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// New builds the tree of the given document hashes.
func New(documentHashes []common.Hash) (*Tree, error) {
	if len(documentHashes) == 0 {
		return nil, ErrEmpty
	}
	level := make([]common.Hash, len(documentHashes))
	for i, d := range documentHashes {
		level[i] = Leaf(d)
	}
	t := &Tree{levels: [][]common.Hash{level}}
	for len(level) > 1 {
		next := make([]common.Hash, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
				continue
			}
			next = append(next, hashPair(level[i], level[i+1]))
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

// Root returns the root to anchor.
func (t *Tree) Root() common.Hash {
	return t.levels[len(t.levels)-1][0]
}

// Len returns the number of leaves.
func (t *Tree) Len() int {
	return len(t.levels[0])
}

// Proof returns the sibling hashes from the leaf at index up to the root.
func (t *Tree) Proof(index int) ([]common.Hash, error) {
	if index < 0 || index >= t.Len() {
		return nil, fmt.Errorf("proof of leaf %d of %d: %w", index, t.Len(), ErrIndex)
	}
	var proof []common.Hash
	for _, level := range t.levels[:len(t.levels)-1] {
		sibling := index ^ 1
		if sibling < len(level) {
			proof = append(proof, level[sibling])
		}
		index /= 2
	}
	return proof, nil
}

// Verify reports whether proof shows documentHash to be a leaf of the tree with the given root.
func Verify(root, documentHash common.Hash, proof []common.Hash) bool {
	node := Leaf(documentHash)
	for _, sibling := range proof {
		node = hashPair(node, sibling)
	}
	return node == root
}
