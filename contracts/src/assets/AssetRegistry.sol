// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @title AssetRegistry
/// @notice Register of real-world assets (real estate, vehicles, land, financial assets, bank bills,
/// intellectual property) as ERC-721 tokens. An asset is registered with its owner, class, document hash,
/// metadata URI and external id; a registrar confirms the rights (确权) before the token can move; authorised
/// attesters append attestations; a regulator can freeze and unfreeze it with a reason hash. Every state change
/// emits an event so the full provenance can be rebuilt from logs.
/// @dev Lifecycle: Pending -> Confirmed | Rejected. Frozen is an orthogonal flag on a Confirmed asset.
/// Transfers (not mint) require Confirmed, not frozen and not paused.
contract AssetRegistry is ERC721, AccessControl, Pausable {
    /// @notice Role that confirms or rejects registered assets and may register on behalf of owners.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");
    /// @notice Role that appends attestations (appraisals, inspections, notarial certificates).
    bytes32 public constant ATTESTER_ROLE = keccak256("ATTESTER_ROLE");
    /// @notice Role that freezes and unfreezes assets (courts, supervisors).
    bytes32 public constant REGULATOR_ROLE = keccak256("REGULATOR_ROLE");
    /// @notice Role that pauses and unpauses the whole registry.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice Asset classes the platform digitises.
    enum AssetClass {
        RealEstate,
        Vehicle,
        Land,
        FinancialAsset,
        BankBill,
        IntellectualProperty
    }

    /// @notice Rights-confirmation status of an asset.
    enum Status {
        None,
        Pending,
        Confirmed,
        Rejected
    }

    /// @notice Registered facts about an asset.
    struct Asset {
        AssetClass assetClass;
        Status status;
        bool frozen;
        uint64 registeredAt;
        uint64 confirmedAt;
        bytes32 documentHash;
        bytes32 externalId;
        bytes32 freezeReason;
        string metadataURI;
    }

    /// @notice One attestation appended to an asset.
    struct Attestation {
        address attester;
        uint64 timestamp;
        bytes32 claimHash;
        string uri;
    }

    /// @notice The caller may not register for this owner (needs to be the owner or a registrar).
    error NotOwnerOrRegistrar(address caller, address owner);
    /// @notice The document hash must not be zero.
    error EmptyDocumentHash();
    /// @notice The external id is already bound to a live registration of the same class.
    error ExternalIdTaken(AssetClass assetClass, bytes32 externalId);
    /// @notice The asset does not exist.
    error UnknownAsset(uint256 assetId);
    /// @notice The asset is not in the status the operation needs.
    error InvalidStatus(uint256 assetId, Status current);
    /// @notice The asset is frozen.
    error AssetIsFrozen(uint256 assetId);
    /// @notice The asset is not frozen.
    error AssetNotFrozen(uint256 assetId);
    /// @notice The attestation index is out of range.
    error AttestationOutOfRange(uint256 assetId, uint256 index);

    /// @notice An asset was registered and is waiting for rights confirmation.
    event AssetRegistered(
        uint256 indexed assetId,
        address indexed owner,
        AssetClass indexed assetClass,
        bytes32 documentHash,
        bytes32 externalId,
        string metadataURI,
        address registeredBy
    );
    /// @notice A registrar confirmed the owner's rights; the asset is now transferable.
    event RightsConfirmed(uint256 indexed assetId, address indexed registrar);
    /// @notice A registrar rejected the registration; the token was burned and the external id released.
    event RegistrationRejected(uint256 indexed assetId, address indexed registrar, bytes32 reasonHash);
    /// @notice An attester appended an attestation.
    event Attested(uint256 indexed assetId, uint256 indexed index, address indexed attester, bytes32 claimHash, string uri);
    /// @notice A regulator froze the asset.
    event Frozen(uint256 indexed assetId, address indexed regulator, bytes32 reasonHash);
    /// @notice A regulator unfroze the asset.
    event Unfrozen(uint256 indexed assetId, address indexed regulator, bytes32 reasonHash);

    uint256 private _nextId = 1;
    mapping(uint256 assetId => Asset) private _assets;
    mapping(uint256 assetId => Attestation[]) private _attestations;
    mapping(AssetClass => mapping(bytes32 externalId => uint256 assetId)) private _byExternalId;

    /// @param admin Account that receives DEFAULT_ADMIN_ROLE and may grant the other roles.
    constructor(address admin) ERC721("Xiangchain Asset", "XASSET") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Registers an asset for `owner` and mints its token in Pending status.
    /// @dev Callable by the owner itself or by a registrar. The external id (e.g. a title-deed or VIN number) is
    /// unique per class among live registrations.
    /// @return assetId The new token id.
    function register(
        address owner,
        AssetClass assetClass,
        bytes32 documentHash,
        string calldata metadataURI,
        bytes32 externalId
    ) external whenNotPaused returns (uint256 assetId) {
        if (msg.sender != owner && !hasRole(REGISTRAR_ROLE, msg.sender)) revert NotOwnerOrRegistrar(msg.sender, owner);
        if (documentHash == bytes32(0)) revert EmptyDocumentHash();
        if (_byExternalId[assetClass][externalId] != 0) revert ExternalIdTaken(assetClass, externalId);
        assetId = _nextId++;
        _byExternalId[assetClass][externalId] = assetId;
        Asset storage a = _assets[assetId];
        a.assetClass = assetClass;
        a.status = Status.Pending;
        a.registeredAt = uint64(block.timestamp);
        a.documentHash = documentHash;
        a.externalId = externalId;
        a.metadataURI = metadataURI;
        emit AssetRegistered(assetId, owner, assetClass, documentHash, externalId, metadataURI, msg.sender);
        _safeMint(owner, assetId);
    }

    /// @notice Confirms the owner's rights over a Pending asset (确权).
    function confirmRights(uint256 assetId) external onlyRole(REGISTRAR_ROLE) whenNotPaused {
        Asset storage a = _pending(assetId);
        a.status = Status.Confirmed;
        a.confirmedAt = uint64(block.timestamp);
        emit RightsConfirmed(assetId, msg.sender);
    }

    /// @notice Rejects a Pending registration: burns the token and releases the external id.
    function rejectRegistration(uint256 assetId, bytes32 reasonHash) external onlyRole(REGISTRAR_ROLE) whenNotPaused {
        Asset storage a = _pending(assetId);
        a.status = Status.Rejected;
        delete _byExternalId[a.assetClass][a.externalId];
        _burn(assetId);
        emit RegistrationRejected(assetId, msg.sender, reasonHash);
    }

    /// @notice Appends an attestation to a Pending or Confirmed asset. Attestations are never removed.
    function attest(uint256 assetId, bytes32 claimHash, string calldata uri)
        external
        onlyRole(ATTESTER_ROLE)
        whenNotPaused
    {
        Asset storage a = _existing(assetId);
        if (a.status == Status.Rejected) revert InvalidStatus(assetId, a.status);
        Attestation[] storage list = _attestations[assetId];
        list.push(Attestation({attester: msg.sender, timestamp: uint64(block.timestamp), claimHash: claimHash, uri: uri}));
        emit Attested(assetId, list.length - 1, msg.sender, claimHash, uri);
    }

    /// @notice Freezes a Confirmed asset so it cannot be transferred. Works while paused (regulatory action).
    function freeze(uint256 assetId, bytes32 reasonHash) external onlyRole(REGULATOR_ROLE) {
        Asset storage a = _existing(assetId);
        if (a.status != Status.Confirmed) revert InvalidStatus(assetId, a.status);
        if (a.frozen) revert AssetIsFrozen(assetId);
        a.frozen = true;
        a.freezeReason = reasonHash;
        emit Frozen(assetId, msg.sender, reasonHash);
    }

    /// @notice Lifts a freeze.
    function unfreeze(uint256 assetId, bytes32 reasonHash) external onlyRole(REGULATOR_ROLE) {
        Asset storage a = _existing(assetId);
        if (!a.frozen) revert AssetNotFrozen(assetId);
        a.frozen = false;
        a.freezeReason = bytes32(0);
        emit Unfrozen(assetId, msg.sender, reasonHash);
    }

    /// @notice Stops registration, confirmation, attestation and transfers.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes normal operation.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    /// @notice Registered facts about an asset (also for rejected ones).
    function asset(uint256 assetId) external view returns (Asset memory) {
        return _existing(assetId);
    }

    /// @notice Whether the asset is Confirmed and not frozen.
    function isTransferable(uint256 assetId) public view returns (bool) {
        Asset storage a = _assets[assetId];
        return a.status == Status.Confirmed && !a.frozen;
    }

    /// @notice Live asset id registered under an external id, or 0.
    function assetByExternalId(AssetClass assetClass, bytes32 externalId) external view returns (uint256) {
        return _byExternalId[assetClass][externalId];
    }

    /// @notice Number of attestations appended to an asset.
    function attestationCount(uint256 assetId) external view returns (uint256) {
        return _attestations[assetId].length;
    }

    /// @notice One attestation by index.
    function attestation(uint256 assetId, uint256 index) external view returns (Attestation memory) {
        Attestation[] storage list = _attestations[assetId];
        if (index >= list.length) revert AttestationOutOfRange(assetId, index);
        return list[index];
    }

    /// @inheritdoc ERC721
    function tokenURI(uint256 assetId) public view override returns (string memory) {
        _requireOwned(assetId);
        return _assets[assetId].metadataURI;
    }

    /// @inheritdoc ERC721
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, AccessControl) returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    /// @dev Moves between holders only when the asset is transferable and the registry not paused.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address) {
        address from = _ownerOf(tokenId);
        if (from != address(0) && to != address(0)) {
            _requireNotPaused();
            Asset storage a = _assets[tokenId];
            if (a.frozen) revert AssetIsFrozen(tokenId);
            if (a.status != Status.Confirmed) revert InvalidStatus(tokenId, a.status);
        }
        return super._update(to, tokenId, auth);
    }

    function _existing(uint256 assetId) private view returns (Asset storage a) {
        a = _assets[assetId];
        if (a.status == Status.None) revert UnknownAsset(assetId);
    }

    function _pending(uint256 assetId) private view returns (Asset storage a) {
        a = _existing(assetId);
        if (a.status != Status.Pending) revert InvalidStatus(assetId, a.status);
    }
}
