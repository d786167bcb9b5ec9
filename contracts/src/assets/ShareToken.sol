// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {AssetRegistry} from "./AssetRegistry.sol";

/// @title ShareToken
/// @notice ERC-20 shares of one Confirmed asset of the AssetRegistry, with ERC-3643-style transfer rules:
/// only identity-verified accounts may receive shares, agents can freeze whole addresses or part of a balance
/// and force transfers (court orders, lost keys), and a frozen asset blocks all share transfers. ERC-2612
/// permit is supported.
/// Shares are backed: the asset token must be in this contract's custody before any share is minted
/// (the owner moves it in with the registry's transferFrom), and it can only be released when no share is
/// outstanding.
/// @dev The identity allowlist stores a hash of the off-chain KYC record per account (zero = not verified).
/// Forced transfers and burns by an agent bypass pause and freezes; they unfreeze partial tokens when needed and
/// emit TokensUnfrozen for the amount released.
contract ShareToken is ERC20, ERC20Permit, AccessControl, Pausable {
    /// @notice Role that mints, burns, freezes, force-transfers and maintains the identity allowlist.
    bytes32 public constant AGENT_ROLE = keccak256("AGENT_ROLE");
    /// @notice Role that pauses and unpauses ordinary transfers.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice The registry holding the underlying asset.
    AssetRegistry public immutable registry;
    /// @notice The underlying asset id in `registry`.
    uint256 public immutable assetId;

    /// @notice The underlying asset is not Confirmed.
    error AssetNotConfirmed(uint256 assetId);
    /// @notice The asset token is not held by this contract.
    error AssetNotInCustody(uint256 assetId);
    /// @notice The asset cannot be released while shares are outstanding.
    error SharesOutstanding(uint256 totalSupply);
    /// @notice The underlying asset is frozen by the regulator.
    error UnderlyingFrozen(uint256 assetId);
    /// @notice The recipient has no verified identity.
    error RecipientNotVerified(address account);
    /// @notice The account is frozen.
    error AccountFrozen(address account);
    /// @notice The account's unfrozen balance is smaller than the amount.
    error InsufficientUnfrozenBalance(address account, uint256 available, uint256 needed);
    /// @notice More tokens would be frozen than the account holds.
    error FreezeExceedsBalance(address account, uint256 balance, uint256 frozenAfter);
    /// @notice More tokens would be unfrozen than are frozen.
    error UnfreezeExceedsFrozen(address account, uint256 frozen, uint256 amount);

    /// @notice The identity record of an account changed (zero hash = verification revoked).
    event IdentityUpdated(address indexed account, bytes32 identityHash, address indexed agent);
    /// @notice An address was frozen or unfrozen.
    event AddressFrozen(address indexed account, bool indexed frozen, address indexed agent);
    /// @notice Part of an account's balance was frozen.
    event TokensFrozen(address indexed account, uint256 amount);
    /// @notice Part of an account's frozen balance was released.
    event TokensUnfrozen(address indexed account, uint256 amount);
    /// @notice An agent moved tokens without the holder's consent.
    event ForcedTransfer(address indexed from, address indexed to, uint256 amount, address indexed agent);
    /// @notice The asset token left custody after every share was burned.
    event AssetReleased(uint256 indexed assetId, address indexed to);

    mapping(address account => bytes32 identityHash) private _identity;
    mapping(address account => bool) private _frozen;
    mapping(address account => uint256) private _frozenTokens;
    bool private transient _forced;

    /// @param name_ Token name (also the EIP-712 domain name).
    /// @param symbol_ Token symbol.
    /// @param registry_ The asset registry.
    /// @param assetId_ The Confirmed asset these shares represent.
    /// @param admin Account that receives DEFAULT_ADMIN_ROLE.
    constructor(string memory name_, string memory symbol_, AssetRegistry registry_, uint256 assetId_, address admin)
        ERC20(name_, symbol_)
        ERC20Permit(name_)
    {
        if (registry_.asset(assetId_).status != AssetRegistry.Status.Confirmed) revert AssetNotConfirmed(assetId_);
        registry = registry_;
        assetId = assetId_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Sets (or with a zero hash revokes) the verified identity of an account.
    function setIdentity(address account, bytes32 identityHash) external onlyRole(AGENT_ROLE) {
        _identity[account] = identityHash;
        emit IdentityUpdated(account, identityHash, msg.sender);
    }

    /// @notice Whether an account has a verified identity.
    function isVerified(address account) public view returns (bool) {
        return _identity[account] != bytes32(0);
    }

    /// @notice The identity record hash of an account.
    function identityOf(address account) external view returns (bytes32) {
        return _identity[account];
    }

    /// @notice Issues shares to a verified account; the asset token must be in custody.
    function mint(address to, uint256 amount) external onlyRole(AGENT_ROLE) {
        if (!isVerified(to)) revert RecipientNotVerified(to);
        if (registry.ownerOf(assetId) != address(this)) revert AssetNotInCustody(assetId);
        _requireUnderlyingActive();
        _mint(to, amount);
    }

    /// @notice Burns shares of an account, releasing frozen tokens first if the free balance is short.
    function burn(address from, uint256 amount) external onlyRole(AGENT_ROLE) {
        _releaseFor(from, amount);
        _burn(from, amount); // burns skip the transfer rules (to is zero)
    }

    /// @notice Hands the asset token out of custody once no share is outstanding (e.g. after a buy-out).
    function releaseAsset(address to) external onlyRole(DEFAULT_ADMIN_ROLE) {
        uint256 supply = totalSupply();
        if (supply != 0) revert SharesOutstanding(supply);
        emit AssetReleased(assetId, to);
        registry.transferFrom(address(this), to, assetId);
    }

    /// @notice Freezes or unfreezes an address (sending and receiving).
    function setAddressFrozen(address account, bool frozen) external onlyRole(AGENT_ROLE) {
        _frozen[account] = frozen;
        emit AddressFrozen(account, frozen, msg.sender);
    }

    /// @notice Freezes `amount` more of an account's balance.
    function freezePartialTokens(address account, uint256 amount) external onlyRole(AGENT_ROLE) {
        uint256 after_ = _frozenTokens[account] + amount;
        uint256 balance = balanceOf(account);
        if (after_ > balance) revert FreezeExceedsBalance(account, balance, after_);
        _frozenTokens[account] = after_;
        emit TokensFrozen(account, amount);
    }

    /// @notice Releases `amount` of an account's frozen balance.
    function unfreezePartialTokens(address account, uint256 amount) external onlyRole(AGENT_ROLE) {
        uint256 frozen = _frozenTokens[account];
        if (amount > frozen) revert UnfreezeExceedsFrozen(account, frozen, amount);
        _frozenTokens[account] = frozen - amount;
        emit TokensUnfrozen(account, amount);
    }

    /// @notice Moves tokens between accounts on an agent's authority; the recipient must be verified.
    function forcedTransfer(address from, address to, uint256 amount) external onlyRole(AGENT_ROLE) {
        if (!isVerified(to)) revert RecipientNotVerified(to);
        _releaseFor(from, amount);
        _forced = true;
        _transfer(from, to, amount);
        _forced = false;
        emit ForcedTransfer(from, to, amount, msg.sender);
    }

    /// @notice Stops ordinary transfers and minting.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes ordinary transfers.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    /// @notice Whether the address is frozen.
    function isFrozen(address account) external view returns (bool) {
        return _frozen[account];
    }

    /// @notice The frozen part of an account's balance.
    function getFrozenTokens(address account) external view returns (uint256) {
        return _frozenTokens[account];
    }

    /// @notice Shares have no fractional units.
    function decimals() public pure override returns (uint8) {
        return 0;
    }

    /// @inheritdoc AccessControl
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return super.supportsInterface(interfaceId);
    }

    /// @dev Enforces the transfer rules on every ordinary transfer and mint; agents' forced moves skip them.
    function _update(address from, address to, uint256 value) internal override {
        if (!_forced && to != address(0)) {
            _requireNotPaused();
            if (from != address(0)) {
                if (_frozen[from]) revert AccountFrozen(from);
                uint256 free = balanceOf(from) - _frozenTokens[from];
                if (value > free) revert InsufficientUnfrozenBalance(from, free, value);
                _requireUnderlyingActive();
            }
            if (_frozen[to]) revert AccountFrozen(to);
            if (!isVerified(to)) revert RecipientNotVerified(to);
        }
        super._update(from, to, value);
    }

    /// @dev Unfreezes just enough of `account`'s frozen tokens for `amount` to be moved.
    function _releaseFor(address account, uint256 amount) private {
        uint256 balance = balanceOf(account);
        uint256 frozen = _frozenTokens[account];
        uint256 free = balance - frozen;
        if (amount > free) {
            uint256 release = amount - free;
            if (release > frozen) release = frozen;
            _frozenTokens[account] = frozen - release;
            emit TokensUnfrozen(account, release);
        }
    }

    /// @dev A Confirmed asset never leaves Confirmed, so "transferable" here means "not frozen".
    function _requireUnderlyingActive() private view {
        if (!registry.isTransferable(assetId)) revert UnderlyingFrozen(assetId);
    }
}
