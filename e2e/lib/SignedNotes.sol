// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title SignedNotes
/// @notice Test contract of the wallet-library suites (viem, ethers JsonRpcSigner).
/// It holds a number that anyone may set (a plain read, write and event), and
/// accepts notes signed off-chain as EIP-712 typed data: the contract rebuilds
/// the digest and checks the signature with ecrecover, so a signature the node
/// made with eth_signTypedData_v4 is verified by the EVM itself, with the rules
/// OpenZeppelin's ECDSA applies (65 bytes, v = 27 or 28, low s).
contract SignedNotes {
    /// @notice EIP-712 type hash of the domain.
    bytes32 public constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    /// @notice EIP-712 type hash of a Note.
    bytes32 public constant NOTE_TYPEHASH = keccak256("Note(address author,string text,uint256 nonce)");

    /// @notice EIP-712 domain name.
    string public constant NAME = "SignedNotes";

    /// @notice EIP-712 domain version.
    string public constant VERSION = "1";

    /// @dev secp256k1n / 2: a signature with a larger s is the malleable twin of one below it (EIP-2).
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// @notice The number setValue stores; lives in storage slot 0.
    uint256 public value;

    /// @notice The nonce the next note of each author must be signed with.
    mapping(address author => uint256) public nonces;

    /// @notice Emitted by setValue.
    event ValueChanged(address indexed by, uint256 previous, uint256 current);

    /// @notice Emitted when a signed note is accepted; relayer is who sent the transaction.
    event NotePosted(address indexed author, uint256 indexed nonce, string text, address relayer);

    /// @notice The signature is not 65 bytes long.
    error BadSignatureLength(uint256 length);

    /// @notice The signature has a high s, a v other than 27 or 28, or recovers no address.
    error BadSignature();

    /// @notice The signature is valid but by someone other than the note's author.
    error WrongSigner(address recovered, address author);

    /// @notice Stores v and emits ValueChanged.
    function setValue(uint256 v) external {
        emit ValueChanged(msg.sender, value, v);
        value = v;
    }

    /// @notice The EIP-712 domain separator: this contract on this chain.
    function domainSeparator() public view returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256(bytes(NAME)), keccak256(bytes(VERSION)), block.chainid, address(this))
        );
    }

    /// @notice The EIP-712 digest a wallet signs for Note(author, text, nonce).
    function noteDigest(address author, string calldata text, uint256 nonce) public view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(NOTE_TYPEHASH, author, keccak256(bytes(text)), nonce));
        return keccak256(abi.encodePacked(hex"1901", domainSeparator(), structHash));
    }

    /// @notice Recovers the signer of digest from a 65-byte r ‖ s ‖ v signature.
    function recover(bytes32 digest, bytes calldata signature) public pure returns (address signer) {
        if (signature.length != 65) revert BadSignatureLength(signature.length);
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if (uint256(s) > HALF_N || (v != 27 && v != 28)) revert BadSignature();
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert BadSignature();
    }

    /// @notice Accepts a note signed by author with its current nonce; anyone may relay it.
    function post(address author, string calldata text, bytes calldata signature) external {
        uint256 nonce = nonces[author];
        address signer = recover(noteDigest(author, text, nonce), signature);
        if (signer != author) revert WrongSigner(signer, author);
        nonces[author] = nonce + 1;
        emit NotePosted(author, nonce, text, msg.sender);
    }
}
