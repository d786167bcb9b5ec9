// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title Notary
/// @notice Evidence preservation (courts, copyright registration, product traceability): anchors a document hash
/// or the Merkle root of a batch of document hashes, recording submitter, time and block. An anchor can never be
/// altered or removed; there is no function that writes an existing anchor.
/// @dev Batch leaves are `keccak256(abi.encodePacked(documentHash))` (the document hash hashed once more, so a
/// leaf can never be mistaken for an inner node) and inner nodes hash their two children in ascending order
/// (OpenZeppelin `MerkleProof`, commutative keccak256). An odd node at any level is promoted unchanged.
contract Notary is AccessControl, Pausable {
    /// @notice Role allowed to anchor evidence (notarial offices, courts, registration agencies).
    bytes32 public constant SUBMITTER_ROLE = keccak256("SUBMITTER_ROLE");
    /// @notice Role that pauses and unpauses new anchoring (existing anchors are unaffected).
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice What was anchored under a hash.
    struct Anchor {
        address submitter;
        uint64 timestamp;
        uint64 blockNumber;
        /// @dev 0 for a single document hash; the number of leaves for a batch root.
        uint64 leafCount;
    }

    /// @notice The hash is zero.
    error EmptyHash();
    /// @notice A batch must have at least one leaf.
    error EmptyBatch();
    /// @notice The hash or root is already anchored (anchors are immutable).
    error AlreadyAnchored(bytes32 hash, address submitter, uint64 timestamp);
    /// @notice Nothing is anchored under this hash.
    error NotAnchored(bytes32 hash);
    /// @notice The hash is anchored as a single document, not as a batch root.
    error NotABatch(bytes32 root);

    /// @notice A single document hash was anchored.
    event Anchored(bytes32 indexed hash, address indexed submitter, uint64 timestamp, uint64 blockNumber);
    /// @notice The Merkle root of a batch of `leafCount` document hashes was anchored; `uri` locates the batch.
    event BatchAnchored(
        bytes32 indexed root, address indexed submitter, uint64 leafCount, uint64 timestamp, uint64 blockNumber, string uri
    );

    mapping(bytes32 hash => Anchor) private _anchors;

    /// @param admin Account that receives DEFAULT_ADMIN_ROLE.
    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Anchors one document hash.
    function anchor(bytes32 hash) external onlyRole(SUBMITTER_ROLE) whenNotPaused {
        _store(hash, 0);
        emit Anchored(hash, msg.sender, uint64(block.timestamp), uint64(block.number));
    }

    /// @notice Anchors the Merkle root of a batch of `leafCount` document hashes.
    function anchorBatch(bytes32 root, uint64 leafCount, string calldata uri)
        external
        onlyRole(SUBMITTER_ROLE)
        whenNotPaused
    {
        if (leafCount == 0) revert EmptyBatch();
        _store(root, leafCount);
        emit BatchAnchored(root, msg.sender, leafCount, uint64(block.timestamp), uint64(block.number), uri);
    }

    /// @notice Stops new anchoring.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes new anchoring.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    /// @notice The anchor stored under `hash`; reverts with NotAnchored if there is none.
    function anchorOf(bytes32 hash) external view returns (Anchor memory) {
        Anchor memory a = _anchors[hash];
        if (a.submitter == address(0)) revert NotAnchored(hash);
        return a;
    }

    /// @notice Whether anything is anchored under `hash`.
    function isAnchored(bytes32 hash) external view returns (bool) {
        return _anchors[hash].submitter != address(0);
    }

    /// @notice Leaf value of a document hash in a batch tree.
    function leafOf(bytes32 documentHash) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(documentHash));
    }

    /// @notice Verifies that `documentHash` belongs to the batch anchored under `root`.
    /// @return ok Whether the proof is valid; the anchor of the root is returned for evidence.
    function verifyDocument(bytes32 root, bytes32 documentHash, bytes32[] calldata proof)
        external
        view
        returns (bool ok, Anchor memory anchored)
    {
        anchored = _anchors[root];
        if (anchored.submitter == address(0)) revert NotAnchored(root);
        if (anchored.leafCount == 0) revert NotABatch(root);
        ok = MerkleProof.verifyCalldata(proof, root, leafOf(documentHash));
    }

    function _store(bytes32 hash, uint64 leafCount) private {
        if (hash == bytes32(0)) revert EmptyHash();
        Anchor storage a = _anchors[hash];
        if (a.submitter != address(0)) revert AlreadyAnchored(hash, a.submitter, a.timestamp);
        a.submitter = msg.sender;
        a.timestamp = uint64(block.timestamp);
        a.blockNumber = uint64(block.number);
        a.leafCount = leafCount;
    }
}
