// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @title DataAsset
/// @notice ERC-721 data NFT: one token per dataset, holding its content hash, metadata URI, licence terms and
/// the contributors who share its revenue (in basis points). The token owner is the seller on the DataMarket.
/// @dev Contributor lists are bounded by MAX_CONTRIBUTORS so that revenue splitting is a bounded loop.
contract DataAsset is ERC721, AccessControl, Pausable {
    /// @notice Role of onboarded data providers allowed to publish datasets.
    bytes32 public constant PUBLISHER_ROLE = keccak256("PUBLISHER_ROLE");
    /// @notice Role that pauses and unpauses publishing and transfers.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    /// @notice Upper bound on contributors per dataset.
    uint256 public constant MAX_CONTRIBUTORS = 16;
    /// @notice Shares are in basis points and must add up to this.
    uint16 public constant TOTAL_SHARES = 10_000;

    /// @notice Licence terms of a dataset.
    struct Licence {
        /// @dev Hash of the full licence text.
        bytes32 termsHash;
        /// @dev How long a purchase grants access, in seconds; 0 means perpetual.
        uint64 accessPeriod;
        /// @dev Whether commercial use is allowed.
        bool commercialUse;
    }

    /// @notice Published facts about a dataset.
    struct Dataset {
        bytes32 contentHash;
        uint64 publishedAt;
        address publisher;
        Licence licence;
        string metadataURI;
    }

    /// @notice A contributor and its revenue share.
    struct Contributor {
        address account;
        uint16 shareBps;
    }

    /// @notice The content hash must not be zero.
    error EmptyContentHash();
    /// @notice The content hash is already published.
    error ContentAlreadyPublished(bytes32 contentHash, uint256 datasetId);
    /// @notice The contributor list is empty or longer than MAX_CONTRIBUTORS.
    error InvalidContributorCount(uint256 count);
    /// @notice A contributor is the zero address or has a zero share.
    error InvalidContributor(uint256 index);
    /// @notice The shares do not add up to TOTAL_SHARES.
    error SharesNotComplete(uint256 total);
    /// @notice The caller is not the dataset owner.
    error NotDatasetOwner(uint256 datasetId, address caller);

    /// @notice A dataset was published.
    event DatasetPublished(
        uint256 indexed datasetId, address indexed publisher, bytes32 indexed contentHash, string metadataURI
    );
    /// @notice The contributors of a dataset; emitted once per contributor at publication.
    event ContributorSet(uint256 indexed datasetId, address indexed account, uint16 shareBps);
    /// @notice Licence terms were set (at publication or by the owner later).
    event LicenceSet(uint256 indexed datasetId, bytes32 termsHash, uint64 accessPeriod, bool commercialUse);
    /// @notice ERC-4906: the metadata of a token changed.
    event MetadataUpdate(uint256 tokenId);

    uint256 private _nextId = 1;
    mapping(uint256 datasetId => Dataset) private _datasets;
    mapping(uint256 datasetId => Contributor[]) private _contributors;
    mapping(bytes32 contentHash => uint256 datasetId) private _byContent;

    /// @param admin Account that receives DEFAULT_ADMIN_ROLE.
    constructor(address admin) ERC721("Xiangchain Data Asset", "XDATA") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Publishes a dataset and mints its token to the caller.
    /// @param contentHash Hash of the dataset content (unique).
    /// @param metadataURI Where the description lives.
    /// @param licence Licence terms.
    /// @param contributors Revenue recipients with shares adding up to TOTAL_SHARES.
    function publish(
        bytes32 contentHash,
        string calldata metadataURI,
        Licence calldata licence,
        Contributor[] calldata contributors
    ) external onlyRole(PUBLISHER_ROLE) whenNotPaused returns (uint256 datasetId) {
        if (contentHash == bytes32(0)) revert EmptyContentHash();
        uint256 existing = _byContent[contentHash];
        if (existing != 0) revert ContentAlreadyPublished(contentHash, existing);
        uint256 n = contributors.length;
        if (n == 0 || n > MAX_CONTRIBUTORS) revert InvalidContributorCount(n);
        datasetId = _nextId++;
        _byContent[contentHash] = datasetId;
        Dataset storage d = _datasets[datasetId];
        d.contentHash = contentHash;
        d.publishedAt = uint64(block.timestamp);
        d.publisher = msg.sender;
        d.licence = licence;
        d.metadataURI = metadataURI;
        uint256 total;
        Contributor[] storage list = _contributors[datasetId];
        for (uint256 i; i < n; ++i) {
            Contributor calldata c = contributors[i];
            if (c.account == address(0) || c.shareBps == 0) revert InvalidContributor(i);
            total += c.shareBps;
            list.push(c);
            emit ContributorSet(datasetId, c.account, c.shareBps);
        }
        if (total != TOTAL_SHARES) revert SharesNotComplete(total);
        emit DatasetPublished(datasetId, msg.sender, contentHash, metadataURI);
        emit LicenceSet(datasetId, licence.termsHash, licence.accessPeriod, licence.commercialUse);
        _safeMint(msg.sender, datasetId);
    }

    /// @notice Replaces the licence terms for future purchases (owner only).
    function setLicence(uint256 datasetId, Licence calldata licence) external whenNotPaused {
        _onlyOwner(datasetId);
        _datasets[datasetId].licence = licence;
        emit LicenceSet(datasetId, licence.termsHash, licence.accessPeriod, licence.commercialUse);
    }

    /// @notice Replaces the metadata URI (owner only).
    function setMetadataURI(uint256 datasetId, string calldata metadataURI) external whenNotPaused {
        _onlyOwner(datasetId);
        _datasets[datasetId].metadataURI = metadataURI;
        emit MetadataUpdate(datasetId);
    }

    /// @notice Stops publishing and transfers.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes publishing and transfers.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    /// @notice Published facts about a dataset.
    function dataset(uint256 datasetId) external view returns (Dataset memory) {
        _requireOwned(datasetId);
        return _datasets[datasetId];
    }

    /// @notice The licence terms of a dataset.
    function licenceOf(uint256 datasetId) external view returns (Licence memory) {
        _requireOwned(datasetId);
        return _datasets[datasetId].licence;
    }

    /// @notice The contributors of a dataset (at most MAX_CONTRIBUTORS).
    function contributorsOf(uint256 datasetId) external view returns (Contributor[] memory) {
        _requireOwned(datasetId);
        return _contributors[datasetId];
    }

    /// @notice The dataset published under a content hash, or 0.
    function datasetByContent(bytes32 contentHash) external view returns (uint256) {
        return _byContent[contentHash];
    }

    /// @inheritdoc ERC721
    function tokenURI(uint256 datasetId) public view override returns (string memory) {
        _requireOwned(datasetId);
        return _datasets[datasetId].metadataURI;
    }

    /// @inheritdoc ERC721
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, AccessControl) returns (bool) {
        return interfaceId == bytes4(0x49064906) || super.supportsInterface(interfaceId);
    }

    function _update(address to, uint256 tokenId, address auth) internal override whenNotPaused returns (address) {
        return super._update(to, tokenId, auth);
    }

    function _onlyOwner(uint256 datasetId) private view {
        if (_requireOwned(datasetId) != msg.sender) revert NotDatasetOwner(datasetId, msg.sender);
    }
}
