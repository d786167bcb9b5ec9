// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title IERC3525
/// @notice The ERC-3525 semi-fungible token interface on top of ERC-721 (interface id 0xd5358140).
/// @dev Declared without inheriting IERC721 so that type(IERC3525).interfaceId is the ERC-3525 id. The standard
/// marks approve and transferFrom payable; here they are not, so no ether can get stuck (selectors are equal).
interface IERC3525 {
    /// @notice Value moved from one token to another (0 for mint or burn).
    event TransferValue(uint256 indexed _fromTokenId, uint256 indexed _toTokenId, uint256 _value);
    /// @notice An operator was allowed to move up to `_value` of a token's value.
    event ApprovalValue(uint256 indexed _tokenId, address indexed _operator, uint256 _value);
    /// @notice The slot of a token changed (from 0 at mint).
    event SlotChanged(uint256 indexed _tokenId, uint256 indexed _oldSlot, uint256 indexed _newSlot);

    /// @notice Decimals of token values.
    function valueDecimals() external view returns (uint8);
    /// @notice Value of a token.
    function balanceOf(uint256 _tokenId) external view returns (uint256);
    /// @notice Slot of a token.
    function slotOf(uint256 _tokenId) external view returns (uint256);
    /// @notice Allows `_operator` to move up to `_value` of `_tokenId`'s value.
    function approve(uint256 _tokenId, address _operator, uint256 _value) external;
    /// @notice Value `_operator` may still move out of `_tokenId`.
    function allowance(uint256 _tokenId, address _operator) external view returns (uint256);
    /// @notice Moves value between two tokens of the same slot.
    function transferFrom(uint256 _fromTokenId, uint256 _toTokenId, uint256 _value) external;
    /// @notice Moves value into a new token owned by `_to`.
    function transferFrom(uint256 _fromTokenId, address _to, uint256 _value) external returns (uint256);
}
