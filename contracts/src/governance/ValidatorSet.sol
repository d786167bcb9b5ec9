// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title ValidatorSet
/// @notice The validator contract of QBFT validator-contract mode (`validatorcontractaddress` in genesis
/// `config.qbft` or in a transition): the engine calls `getValidators()` on the state after block N-1 to get the
/// validators that header N lists, V(N+1). So a change made in block K first validates block K+2.
/// One admin adds and removes validators; governance can later take over by becoming the admin.
/// @dev The storage layout is fixed, so a genesis can hold this contract (runtime code plus storage) without
/// running the constructor (Go: bindings/governance.ValidatorSetGenesisAccount):
///   slot 0                              admin, an address in the low 20 bytes;
///   slot 1                              the number of validators n;
///   slot keccak256(uint256(1)) + i      validator i (0 <= i < n), low 20 bytes;
///   slot keccak256(abi.encode(v, 2))    1 + the index of validator v (0: not a validator).
/// The contract has no immutables, so its runtime code does not depend on the constructor arguments.
contract ValidatorSet {
    /// @dev Slot 0.
    address private _admin;
    /// @dev Slot 1 (length), elements from keccak256(1). Order: insertion, with the last moved into a gap.
    address[] private _validators;
    /// @dev Slot 2: validator => index in _validators plus one.
    mapping(address validator => uint256 position) private _positions;

    /// @notice A validator was added; it validates from two blocks after the one including this event.
    event ValidatorAdded(address indexed validator);
    /// @notice A validator was removed; it stops validating two blocks after the one including this event.
    event ValidatorRemoved(address indexed validator);
    /// @notice The admin changed (from the zero address at deployment).
    event AdminTransferred(address indexed previousAdmin, address indexed newAdmin);

    /// @notice The caller is not the admin.
    error NotAdmin(address caller);
    /// @notice The zero address cannot be the admin or a validator.
    error ZeroAddress();
    /// @notice The address is already a validator.
    error AlreadyValidator(address validator);
    /// @notice The address is not a validator.
    error NotValidator(address validator);
    /// @notice Removing the last validator would leave no one to produce blocks.
    error LastValidator(address validator);
    /// @notice The initial validator list is empty.
    error NoValidators();

    modifier onlyAdmin() {
        if (msg.sender != _admin) revert NotAdmin(msg.sender);
        _;
    }

    /// @param admin_ The account allowed to change the set.
    /// @param initial The initial validators (non-empty, no duplicates, no zero address).
    constructor(address admin_, address[] memory initial) {
        if (admin_ == address(0)) revert ZeroAddress();
        if (initial.length == 0) revert NoValidators();
        _admin = admin_;
        emit AdminTransferred(address(0), admin_);
        for (uint256 i = 0; i < initial.length; i++) {
            _add(initial[i]);
        }
    }

    /// @notice The current validators, in storage order (the engine sorts them).
    function getValidators() external view returns (address[] memory) {
        return _validators;
    }

    /// @notice Whether `account` is a current validator.
    function isValidator(address account) external view returns (bool) {
        return _positions[account] != 0;
    }

    /// @notice The account allowed to change the set.
    function admin() external view returns (address) {
        return _admin;
    }

    /// @notice Adds a validator. Only the admin.
    function addValidator(address validator) external onlyAdmin {
        _add(validator);
    }

    /// @notice Removes a validator; the last one cannot be removed. Only the admin.
    function removeValidator(address validator) external onlyAdmin {
        uint256 position = _positions[validator];
        if (position == 0) revert NotValidator(validator);
        uint256 count = _validators.length;
        if (count == 1) revert LastValidator(validator);
        address moved = _validators[count - 1];
        _validators[position - 1] = moved;
        _positions[moved] = position;
        _validators.pop();
        delete _positions[validator];
        emit ValidatorRemoved(validator);
    }

    /// @notice Hands the admin right to `newAdmin` (for example a governance contract). Only the admin.
    function transferAdmin(address newAdmin) external onlyAdmin {
        if (newAdmin == address(0)) revert ZeroAddress();
        emit AdminTransferred(_admin, newAdmin);
        _admin = newAdmin;
    }

    function _add(address validator) private {
        if (validator == address(0)) revert ZeroAddress();
        if (_positions[validator] != 0) revert AlreadyValidator(validator);
        _validators.push(validator);
        _positions[validator] = _validators.length;
        emit ValidatorAdded(validator);
    }
}
