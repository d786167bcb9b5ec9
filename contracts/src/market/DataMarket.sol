// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {DataAsset} from "./DataAsset.sol";

/// @title DataMarket
/// @notice Data-asset exchange. Sellers (owners of DataAsset tokens) list datasets at a price in a settlement
/// ERC-20, or sign EIP-712 sell orders that the exchange keeps in an off-chain book. A purchase moves the price
/// into escrow; the seller delivers an access key encrypted to the buyer's public key (as an event); buyer
/// confirmation, or the end of the confirmation window, releases the payment: the exchange fee and the
/// contributors' shares are credited and withdrawn by pull payment. The exchange arbitrates disputes.
/// @dev Invariant: the token balance of this contract is at least totalEscrowed + totalOwed; every token that
/// leaves is a withdrawal of a credit, and credits are only created from an escrowed price.
/// Pausing stops new listings and orders only; delivery, confirmation, refunds, disputes and withdrawals go on
/// so that escrowed funds never get stuck.
contract DataMarket is AccessControl, Pausable, EIP712 {
    using SafeERC20 for IERC20;

    /// @notice Role of the exchange as arbiter of disputes.
    bytes32 public constant ARBITER_ROLE = keccak256("ARBITER_ROLE");
    /// @notice Role of the exchange as order-book operator: may execute buyer-specific sell orders and pay.
    bytes32 public constant EXCHANGE_ROLE = keccak256("EXCHANGE_ROLE");
    /// @notice Role that pauses and unpauses new listings and orders.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    /// @notice Upper bound of the exchange fee, in basis points.
    uint16 public constant MAX_FEE_BPS = 1_000;
    /// @notice EIP-712 type hash of SellOrder.
    bytes32 public constant SELL_ORDER_TYPEHASH = keccak256(
        "SellOrder(address seller,uint256 datasetId,uint256 price,address buyer,uint256 nonce,uint256 deadline)"
    );

    /// @notice Order status.
    enum Status {
        None,
        Paid,
        Delivered,
        Disputed,
        Completed,
        Refunded
    }

    /// @notice A fixed-price listing.
    struct Listing {
        uint256 datasetId;
        address seller;
        uint256 price;
        bool active;
    }

    /// @notice A seller's signed offer; `buyer` zero means anyone may buy.
    struct SellOrder {
        address seller;
        uint256 datasetId;
        uint256 price;
        address buyer;
        uint256 nonce;
        uint256 deadline;
    }

    /// @notice An escrowed purchase.
    struct Order {
        uint256 datasetId;
        address seller;
        address buyer;
        address payer;
        uint256 price;
        uint16 feeBps;
        Status status;
        uint64 accessPeriod;
        uint64 deliverBy;
        uint64 confirmBy;
    }

    /// @notice A zero address was given where an account is needed.
    error ZeroAddress();
    /// @notice The price is zero.
    error ZeroPrice();
    /// @notice The fee is above MAX_FEE_BPS.
    error FeeTooHigh(uint256 feeBps);
    /// @notice A window length is zero.
    error ZeroWindow();
    /// @notice The buyer public key is empty.
    error EmptyPublicKey();
    /// @notice The caller or signer does not own the dataset.
    error NotDatasetOwner(uint256 datasetId, address account);
    /// @notice The listing does not exist or was withdrawn.
    error ListingInactive(uint256 listingId);
    /// @notice Only the seller may do this.
    error NotSeller(address caller);
    /// @notice Only the buyer may do this.
    error NotBuyer(address caller);
    /// @notice The order is not in the status the operation needs.
    error InvalidOrderStatus(uint256 orderId, Status current);
    /// @notice The delivery deadline has passed.
    error DeliveryWindowClosed(uint256 orderId, uint64 deliverBy);
    /// @notice The delivery deadline has not passed yet.
    error DeliveryWindowOpen(uint256 orderId, uint64 deliverBy);
    /// @notice Confirmation by someone other than the buyer before the window ends.
    error ConfirmWindowOpen(uint256 orderId, uint64 confirmBy);
    /// @notice A dispute after the confirmation window.
    error ConfirmWindowClosed(uint256 orderId, uint64 confirmBy);
    /// @notice The sell order's deadline has passed.
    error OrderExpired(uint256 deadline);
    /// @notice The seller's nonce was used or cancelled.
    error NonceUsed(address seller, uint256 nonce);
    /// @notice The signature does not match the seller.
    error InvalidSignature(address seller);
    /// @notice The sell order is reserved for a buyer and the caller is neither it nor the exchange.
    error NotAuthorizedTaker(address caller, address buyer);
    /// @notice Nothing to withdraw.
    error NothingToWithdraw(address account);

    /// @notice A dataset was listed.
    event Listed(uint256 indexed listingId, uint256 indexed datasetId, address indexed seller, uint256 price);
    /// @notice A listing was withdrawn.
    event Delisted(uint256 indexed listingId);
    /// @notice A purchase was paid into escrow. `buyerPublicKey` is the key the access key must be encrypted to.
    event OrderCreated(
        uint256 indexed orderId,
        uint256 indexed datasetId,
        address indexed buyer,
        address seller,
        address payer,
        uint256 price,
        bytes buyerPublicKey
    );
    /// @notice A signed sell order was filled.
    event SellOrderFilled(address indexed seller, uint256 indexed nonce, uint256 indexed orderId);
    /// @notice A seller cancelled a sell-order nonce.
    event SellOrderCancelled(address indexed seller, uint256 indexed nonce);
    /// @notice The seller delivered the access key, encrypted to the buyer's public key.
    event KeyDelivered(uint256 indexed orderId, address indexed buyer, bytes encryptedKey, uint64 confirmBy);
    /// @notice The buyer disputed a delivery.
    event OrderDisputed(uint256 indexed orderId, bytes32 reasonHash);
    /// @notice The arbiter ruled on a dispute.
    event DisputeResolved(uint256 indexed orderId, bool refunded, bytes32 rulingHash, address indexed arbiter);
    /// @notice Payment was released to the seller side; `byTimeout` when the window lapsed without confirmation.
    event OrderCompleted(uint256 indexed orderId, bool byTimeout);
    /// @notice The price was returned to the payer.
    event OrderRefunded(uint256 indexed orderId, address indexed payer, uint256 amount);
    /// @notice An amount was credited to an account for withdrawal.
    event PaymentCredited(uint256 indexed orderId, address indexed account, uint256 amount);
    /// @notice An account withdrew its credits.
    event Withdrawn(address indexed account, uint256 amount);
    /// @notice A buyer was granted access to a dataset until `expiresAt` (max uint64 = perpetual).
    event AccessGranted(uint256 indexed datasetId, address indexed account, uint64 expiresAt);
    /// @notice The exchange fee changed.
    event FeeUpdated(address indexed recipient, uint16 feeBps);
    /// @notice The delivery or confirmation window changed.
    event WindowsUpdated(uint64 deliveryWindow, uint64 confirmWindow);

    /// @notice The data NFT contract.
    DataAsset public immutable dataAsset;
    /// @notice The settlement token.
    IERC20 public immutable token;

    /// @notice Exchange fee in basis points.
    uint16 public feeBps;
    /// @notice Receiver of the exchange fee.
    address public feeRecipient;
    /// @notice Seconds the seller has to deliver after payment.
    uint64 public deliveryWindow;
    /// @notice Seconds the buyer has to confirm or dispute after delivery.
    uint64 public confirmWindow;
    /// @notice Sum of prices currently held in escrow.
    uint256 public totalEscrowed;
    /// @notice Sum of credits not yet withdrawn.
    uint256 public totalOwed;

    uint256 private _nextListing = 1;
    uint256 private _nextOrder = 1;
    mapping(uint256 listingId => Listing) private _listings;
    mapping(uint256 orderId => Order) private _orders;
    mapping(address account => uint256) private _owed;
    mapping(address seller => mapping(uint256 nonce => bool)) private _nonceUsed;
    mapping(uint256 datasetId => mapping(address account => uint64 expiresAt)) private _access;

    /// @param dataAsset_ The data NFT contract.
    /// @param token_ The settlement token.
    /// @param admin Account that receives DEFAULT_ADMIN_ROLE.
    /// @param feeRecipient_ Receiver of the exchange fee.
    /// @param feeBps_ Exchange fee in basis points.
    constructor(DataAsset dataAsset_, IERC20 token_, address admin, address feeRecipient_, uint16 feeBps_)
        EIP712("XiangDataMarket", "1")
    {
        dataAsset = dataAsset_;
        token = token_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _setFee(feeRecipient_, feeBps_);
        _setWindows(3 days, 7 days);
    }

    // ---------------------------------------------------------------- listings and orders

    /// @notice Lists a dataset the caller owns at a fixed price.
    function list(uint256 datasetId, uint256 price) external whenNotPaused returns (uint256 listingId) {
        if (dataAsset.ownerOf(datasetId) != msg.sender) revert NotDatasetOwner(datasetId, msg.sender);
        if (price == 0) revert ZeroPrice();
        listingId = _nextListing++;
        _listings[listingId] = Listing({datasetId: datasetId, seller: msg.sender, price: price, active: true});
        emit Listed(listingId, datasetId, msg.sender, price);
    }

    /// @notice Withdraws a listing (seller only).
    function delist(uint256 listingId) external {
        Listing storage l = _listings[listingId];
        if (!l.active) revert ListingInactive(listingId);
        if (l.seller != msg.sender) revert NotSeller(msg.sender);
        l.active = false;
        emit Delisted(listingId);
    }

    /// @notice Buys from a listing; the caller pays the price into escrow.
    /// @param buyerPublicKey The key the seller must encrypt the access key to.
    function purchase(uint256 listingId, bytes calldata buyerPublicKey)
        external
        whenNotPaused
        returns (uint256 orderId)
    {
        Listing storage l = _listings[listingId];
        if (!l.active) revert ListingInactive(listingId);
        if (dataAsset.ownerOf(l.datasetId) != l.seller) revert NotDatasetOwner(l.datasetId, l.seller);
        orderId = _open(l.datasetId, l.seller, msg.sender, l.price, buyerPublicKey);
    }

    /// @notice Fills a seller's EIP-712 sell order. The caller pays. For an open order (buyer zero) the caller
    /// is the buyer; a reserved order may be filled by its buyer or by the exchange on the buyer's behalf.
    function executeSellOrder(SellOrder calldata sellOrder, bytes calldata signature, bytes calldata buyerPublicKey)
        external
        whenNotPaused
        returns (uint256 orderId)
    {
        if (block.timestamp > sellOrder.deadline) revert OrderExpired(sellOrder.deadline);
        if (_nonceUsed[sellOrder.seller][sellOrder.nonce]) revert NonceUsed(sellOrder.seller, sellOrder.nonce);
        address buyer = sellOrder.buyer;
        if (buyer == address(0)) {
            buyer = msg.sender;
        } else if (buyer != msg.sender && !hasRole(EXCHANGE_ROLE, msg.sender)) {
            revert NotAuthorizedTaker(msg.sender, buyer);
        }
        if (!SignatureChecker.isValidSignatureNow(sellOrder.seller, hashSellOrder(sellOrder), signature)) {
            revert InvalidSignature(sellOrder.seller);
        }
        if (dataAsset.ownerOf(sellOrder.datasetId) != sellOrder.seller) revert NotDatasetOwner(sellOrder.datasetId, sellOrder.seller);
        if (sellOrder.price == 0) revert ZeroPrice();
        _nonceUsed[sellOrder.seller][sellOrder.nonce] = true;
        orderId = _open(sellOrder.datasetId, sellOrder.seller, buyer, sellOrder.price, buyerPublicKey);
        emit SellOrderFilled(sellOrder.seller, sellOrder.nonce, orderId);
    }

    /// @notice Cancels one of the caller's sell-order nonces.
    function cancelSellOrder(uint256 nonce) external {
        if (_nonceUsed[msg.sender][nonce]) revert NonceUsed(msg.sender, nonce);
        _nonceUsed[msg.sender][nonce] = true;
        emit SellOrderCancelled(msg.sender, nonce);
    }

    // ---------------------------------------------------------------- escrow lifecycle

    /// @notice Seller delivers the access key encrypted to the buyer's public key.
    function deliver(uint256 orderId, bytes calldata encryptedKey) external {
        Order storage o = _status(orderId, Status.Paid);
        if (o.seller != msg.sender) revert NotSeller(msg.sender);
        if (block.timestamp > o.deliverBy) revert DeliveryWindowClosed(orderId, o.deliverBy);
        uint64 confirmBy = uint64(block.timestamp) + confirmWindow;
        o.status = Status.Delivered;
        o.confirmBy = confirmBy;
        emit KeyDelivered(orderId, o.buyer, encryptedKey, confirmBy);
    }

    /// @notice Releases payment: by the buyer at any time after delivery, by anyone after the window.
    function confirm(uint256 orderId) external {
        Order storage o = _status(orderId, Status.Delivered);
        bool byTimeout = msg.sender != o.buyer;
        if (byTimeout && block.timestamp <= o.confirmBy) revert ConfirmWindowOpen(orderId, o.confirmBy);
        _release(orderId, o);
        emit OrderCompleted(orderId, byTimeout);
    }

    /// @notice Buyer disputes a delivery within the confirmation window.
    function dispute(uint256 orderId, bytes32 reasonHash) external {
        Order storage o = _status(orderId, Status.Delivered);
        if (o.buyer != msg.sender) revert NotBuyer(msg.sender);
        if (block.timestamp > o.confirmBy) revert ConfirmWindowClosed(orderId, o.confirmBy);
        o.status = Status.Disputed;
        emit OrderDisputed(orderId, reasonHash);
    }

    /// @notice The arbiter refunds the payer or releases payment to the seller side.
    function resolveDispute(uint256 orderId, bool refund, bytes32 rulingHash) external onlyRole(ARBITER_ROLE) {
        Order storage o = _status(orderId, Status.Disputed);
        emit DisputeResolved(orderId, refund, rulingHash, msg.sender);
        if (refund) {
            _refund(orderId, o);
        } else {
            _release(orderId, o);
            emit OrderCompleted(orderId, false);
        }
    }

    /// @notice Buyer takes the price back when the seller did not deliver in time.
    function reclaim(uint256 orderId) external {
        Order storage o = _status(orderId, Status.Paid);
        if (o.buyer != msg.sender) revert NotBuyer(msg.sender);
        if (block.timestamp <= o.deliverBy) revert DeliveryWindowOpen(orderId, o.deliverBy);
        _refund(orderId, o);
    }

    /// @notice Withdraws all of the caller's credits.
    function withdraw() external {
        uint256 amount = _owed[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        _owed[msg.sender] = 0;
        totalOwed -= amount;
        token.safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, amount);
    }

    // ---------------------------------------------------------------- administration

    /// @notice Sets the exchange fee and its receiver.
    function setFee(address recipient, uint16 feeBps_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setFee(recipient, feeBps_);
    }

    /// @notice Sets the delivery and confirmation windows for new orders and deliveries.
    function setWindows(uint64 deliveryWindow_, uint64 confirmWindow_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setWindows(deliveryWindow_, confirmWindow_);
    }

    /// @notice Stops new listings and orders.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes new listings and orders.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    // ---------------------------------------------------------------- views

    /// @notice Whether `account` may use the dataset: its owner, or a buyer whose access has not expired.
    function hasAccess(uint256 datasetId, address account) external view returns (bool) {
        if (dataAsset.ownerOf(datasetId) == account) return true;
        return _access[datasetId][account] > block.timestamp;
    }

    /// @notice When `account`'s purchased access to a dataset ends (0 = never granted).
    function accessExpiry(uint256 datasetId, address account) external view returns (uint64) {
        return _access[datasetId][account];
    }

    /// @notice A listing.
    function listing(uint256 listingId) external view returns (Listing memory) {
        return _listings[listingId];
    }

    /// @notice An order.
    function order(uint256 orderId) external view returns (Order memory) {
        return _orders[orderId];
    }

    /// @notice Credits waiting for withdrawal.
    function owed(address account) external view returns (uint256) {
        return _owed[account];
    }

    /// @notice Whether a seller's nonce was used or cancelled.
    function isNonceUsed(address seller, uint256 nonce) external view returns (bool) {
        return _nonceUsed[seller][nonce];
    }

    /// @notice The EIP-712 digest a seller signs for `order`.
    function hashSellOrder(SellOrder calldata o) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(abi.encode(SELL_ORDER_TYPEHASH, o.seller, o.datasetId, o.price, o.buyer, o.nonce, o.deadline))
        );
    }

    // ---------------------------------------------------------------- internals

    function _open(uint256 datasetId, address seller, address buyer, uint256 price, bytes calldata buyerPublicKey)
        private
        returns (uint256 orderId)
    {
        if (buyerPublicKey.length == 0) revert EmptyPublicKey();
        orderId = _nextOrder++;
        _orders[orderId] = Order({
            datasetId: datasetId,
            seller: seller,
            buyer: buyer,
            payer: msg.sender,
            price: price,
            feeBps: feeBps,
            status: Status.Paid,
            accessPeriod: dataAsset.licenceOf(datasetId).accessPeriod,
            deliverBy: uint64(block.timestamp) + deliveryWindow,
            confirmBy: 0
        });
        totalEscrowed += price;
        emit OrderCreated(orderId, datasetId, buyer, seller, msg.sender, price, buyerPublicKey);
        token.safeTransferFrom(msg.sender, address(this), price);
    }

    function _release(uint256 orderId, Order storage o) private {
        o.status = Status.Completed;
        uint256 price = o.price;
        totalEscrowed -= price;
        uint256 fee = price * o.feeBps / 10_000;
        if (fee > 0) _credit(orderId, feeRecipient, fee);
        uint256 rest = price - fee;
        uint256 paid;
        DataAsset.Contributor[] memory cs = dataAsset.contributorsOf(o.datasetId);
        for (uint256 i; i < cs.length; ++i) {
            uint256 share = rest * cs[i].shareBps / 10_000;
            if (share > 0) {
                _credit(orderId, cs[i].account, share);
                paid += share;
            }
        }
        if (rest > paid) _credit(orderId, o.seller, rest - paid);
        uint64 expiresAt = o.accessPeriod == 0 ? type(uint64).max : uint64(block.timestamp) + o.accessPeriod;
        if (expiresAt > _access[o.datasetId][o.buyer]) _access[o.datasetId][o.buyer] = expiresAt;
        emit AccessGranted(o.datasetId, o.buyer, expiresAt);
    }

    function _refund(uint256 orderId, Order storage o) private {
        o.status = Status.Refunded;
        totalEscrowed -= o.price;
        _credit(orderId, o.payer, o.price);
        emit OrderRefunded(orderId, o.payer, o.price);
    }

    function _credit(uint256 orderId, address account, uint256 amount) private {
        _owed[account] += amount;
        totalOwed += amount;
        emit PaymentCredited(orderId, account, amount);
    }

    function _status(uint256 orderId, Status want) private view returns (Order storage o) {
        o = _orders[orderId];
        if (o.status != want) revert InvalidOrderStatus(orderId, o.status);
    }

    function _setFee(address recipient, uint16 feeBps_) private {
        if (recipient == address(0)) revert ZeroAddress();
        if (feeBps_ > MAX_FEE_BPS) revert FeeTooHigh(feeBps_);
        feeRecipient = recipient;
        feeBps = feeBps_;
        emit FeeUpdated(recipient, feeBps_);
    }

    function _setWindows(uint64 deliveryWindow_, uint64 confirmWindow_) private {
        if (deliveryWindow_ == 0 || confirmWindow_ == 0) revert ZeroWindow();
        deliveryWindow = deliveryWindow_;
        confirmWindow = confirmWindow_;
        emit WindowsUpdated(deliveryWindow_, confirmWindow_);
    }
}
