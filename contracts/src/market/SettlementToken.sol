// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @title SettlementToken
/// @notice ERC-20 settlement money for the data market and bills: a stand-in for a bank deposit token. The
/// issuing bank mints against deposits; holders burn to redeem. ERC-2612 permit lets buyers pay with a
/// signature instead of a separate approval transaction.
/// @dev Amounts are in fen (2 decimals).
contract SettlementToken is ERC20, ERC20Permit, AccessControl, Pausable {
    /// @notice Role of the issuing bank: mints against deposits.
    bytes32 public constant ISSUER_ROLE = keccak256("ISSUER_ROLE");
    /// @notice Role that pauses and unpauses all transfers, mints and burns.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice Tokens were issued against a deposit identified by `depositRef`.
    event Issued(address indexed to, uint256 amount, bytes32 indexed depositRef);
    /// @notice Tokens were redeemed for a withdrawal identified by `withdrawalRef`.
    event Redeemed(address indexed from, uint256 amount, bytes32 indexed withdrawalRef);

    /// @param name_ Token name (also the EIP-712 domain name).
    /// @param symbol_ Token symbol.
    /// @param admin Account that receives DEFAULT_ADMIN_ROLE.
    constructor(string memory name_, string memory symbol_, address admin) ERC20(name_, symbol_) ERC20Permit(name_) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Issues tokens against a deposit.
    function mint(address to, uint256 amount, bytes32 depositRef) external onlyRole(ISSUER_ROLE) {
        _mint(to, amount);
        emit Issued(to, amount, depositRef);
    }

    /// @notice Burns the caller's tokens to redeem them.
    function redeem(uint256 amount, bytes32 withdrawalRef) external {
        _burn(msg.sender, amount);
        emit Redeemed(msg.sender, amount, withdrawalRef);
    }

    /// @notice Stops all movements of the token.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes movements of the token.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    /// @notice Two decimals (fen).
    function decimals() public pure override returns (uint8) {
        return 2;
    }

    function _update(address from, address to, uint256 value) internal override whenNotPaused {
        super._update(from, to, value);
    }
}
