// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {IERC3525} from "./IERC3525.sol";

/// @title BillRegistry
/// @notice Supply-chain-finance bills (数字债权凭证) as ERC-3525 semi-fungible tokens. A slot is one bill's terms
/// (drawer, acceptor, currency token, face value, maturity, bill number); tokens of the slot hold parts of its
/// value. The acceptor (a core enterprise) accepts (承兑) or rejects; holders endorse (背书) whole tokens or split
/// value into new tokens; financiers discount (贴现) bills with atomic payment; at maturity the acceptor pays and
/// holders redeem; a dishonoured (or rejected) bill gives its holder recourse (追索) against earlier endorsers and
/// the drawer.
/// @dev Value conservation: for every slot, the values of its live tokens + `redeemed` + `discharged` equal the
/// face value, after every operation. Endorsement chains are stored per token with a parent pointer for split
/// tokens (at most MAX_SPLIT_DEPTH levels, so resolving a position is a bounded walk) and a running hash over
/// (endorser, endorsee) pairs, so two tokens can merge value only when their chains, and hence their recourse
/// parties and current holder, are identical.
/// Deviations from ERC-3525: approve/transferFrom are not payable, and no onERC3525Received call is made.
contract BillRegistry is ERC721, AccessControl, Pausable, IERC3525 {
    using SafeERC20 for IERC20;

    /// @notice Role of enterprises allowed to draw (issue) bills.
    bytes32 public constant DRAWER_ROLE = keccak256("DRAWER_ROLE");
    /// @notice Role of core enterprises allowed to be named as acceptor.
    bytes32 public constant ACCEPTOR_ROLE = keccak256("ACCEPTOR_ROLE");
    /// @notice Role of banks and factors allowed to discount bills.
    bytes32 public constant FINANCIER_ROLE = keccak256("FINANCIER_ROLE");
    /// @notice Role that pauses and unpauses issuing, endorsement, splitting and financing.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    /// @notice Maximum number of nested splits of one bill.
    uint32 public constant MAX_SPLIT_DEPTH = 8;
    /// @notice After maturity plus this period an unpaid bill may be declared dishonoured by anyone.
    uint64 public constant PAYMENT_GRACE = 3 days;
    /// @notice Recourse position that designates the drawer.
    uint256 public constant DRAWER_POSITION = type(uint256).max;

    /// @notice State of a bill (slot).
    enum BillState {
        None,
        Issued,
        Accepted,
        Rejected,
        Paid,
        Dishonoured
    }

    /// @notice Terms of a bill; the slot id is keccak256 of their ABI encoding.
    struct Terms {
        address drawer;
        address acceptor;
        address currency;
        uint256 faceValue;
        uint64 maturity;
        bytes32 billNo;
    }

    /// @notice A bill: its terms, state and the value that left circulation.
    struct Bill {
        Terms terms;
        BillState state;
        /// @dev Value redeemed by holders after payment.
        uint256 redeemed;
        /// @dev Value discharged by the drawer paying recourse.
        uint256 discharged;
    }

    /// @notice A token's place in its bill.
    struct Part {
        uint256 slot;
        uint256 value;
        /// @dev Token this one was split from (0 for the issued token).
        uint256 parent;
        /// @dev Number of endorsement positions inherited from the parent.
        uint32 inherited;
        uint32 depth;
        /// @dev Positions below this may be claimed against (after a recourse payment it shrinks).
        uint32 recourseLimit;
        /// @dev Running hash over the endorsement chain.
        bytes32 chainHash;
    }

    /// @notice A pending financing (discount) request.
    struct FinancingRequest {
        address financier;
        uint256 price;
    }

    /// @notice An open recourse claim of a token's holder.
    struct RecourseClaim {
        address claimant;
        address obligor;
        uint256 position;
        uint256 amount;
    }

    /// @notice The account lacks a role it must hold for this bill.
    error MissingRole(address account, bytes32 role);
    /// @notice Terms are invalid (currency without code, zero value or maturity not in the future).
    error InvalidTerms();
    /// @notice A bill with identical terms exists.
    error BillExists(uint256 slot);
    /// @notice The bill is not in a state that allows the operation.
    error InvalidBillState(uint256 slot, BillState current);
    /// @notice Only the bill's acceptor may do this.
    error NotAcceptor(address caller);
    /// @notice The bill has matured (accept, transfers) or not yet (pay, dishonour).
    error MaturityMismatch(uint256 slot, uint64 maturity);
    /// @notice Before the grace period ends only the acceptor may dishonour.
    error GracePeriodRunning(uint256 slot, uint64 until);
    /// @notice The caller is neither the token owner nor approved for it.
    error NotOwnerOrApproved(address caller, uint256 tokenId);
    /// @notice Value transfers need a non-zero value not above the token's value.
    error InvalidValue(uint256 tokenId, uint256 value);
    /// @notice The operator's value allowance is too small.
    error InsufficientAllowance(uint256 tokenId, address operator, uint256 allowance, uint256 value);
    /// @notice Tokens of different slots cannot exchange value.
    error SlotMismatch(uint256 fromSlot, uint256 toSlot);
    /// @notice Tokens with different endorsement chains cannot merge value.
    error ChainMismatch(uint256 fromTokenId, uint256 toTokenId);
    /// @notice The split would exceed MAX_SPLIT_DEPTH.
    error SplitTooDeep(uint256 tokenId);
    /// @notice The approval operator is the owner.
    error ApprovalToOwner(address operator);
    /// @notice The financing price is zero or above the token value.
    error InvalidPrice(uint256 price, uint256 value);
    /// @notice No financing request for this caller.
    error NoFinancingRequest(uint256 tokenId, address caller);
    /// @notice The endorsement position does not exist or is beyond the recourse limit.
    error InvalidPosition(uint256 tokenId, uint256 position);
    /// @notice The holder cannot claim against itself.
    error SelfRecourse(address account);
    /// @notice No open recourse claim against the caller.
    error NoRecourseClaim(uint256 tokenId, address caller);

    /// @notice A bill was drawn and its first token minted to the payee.
    event BillIssued(
        uint256 indexed slot,
        uint256 indexed tokenId,
        address indexed drawer,
        address acceptor,
        address payee,
        address currency,
        uint256 faceValue,
        uint64 maturity,
        bytes32 billNo
    );
    /// @notice The acceptor accepted the bill (承兑).
    event BillAccepted(uint256 indexed slot, address indexed acceptor);
    /// @notice The acceptor refused acceptance.
    event BillRejected(uint256 indexed slot, address indexed acceptor, bytes32 reasonHash);
    /// @notice A token changed holder; `from` became endorser at `position` of the token's chain.
    event Endorsed(uint256 indexed tokenId, address indexed from, address indexed to, uint256 position);
    /// @notice Value was split from a token into a new token.
    event BillSplit(uint256 indexed fromTokenId, uint256 indexed newTokenId, uint256 value);
    /// @notice A holder asked a financier to discount a token at `price`.
    event FinancingRequested(uint256 indexed tokenId, address indexed holder, address indexed financier, uint256 price);
    /// @notice A financing request was withdrawn by the holder.
    event FinancingCancelled(uint256 indexed tokenId);
    /// @notice A financier discounted a token: paid `price` and received the token.
    event Financed(uint256 indexed tokenId, address indexed holder, address indexed financier, uint256 price, uint256 value);
    /// @notice The acceptor paid the outstanding value at maturity.
    event BillPaid(uint256 indexed slot, address indexed acceptor, uint256 amount);
    /// @notice A holder redeemed a token for its value.
    event BillRedeemed(uint256 indexed tokenId, address indexed holder, uint256 amount);
    /// @notice The bill was dishonoured (refused or unpaid after the grace period).
    event BillDishonoured(uint256 indexed slot, address indexed by, bytes32 reasonHash);
    /// @notice A holder claimed recourse against an endorser or the drawer.
    event RecourseClaimed(
        uint256 indexed tokenId, address indexed claimant, address indexed obligor, uint256 position, uint256 amount
    );
    /// @notice An obligor paid a recourse claim.
    event RecourseSettled(uint256 indexed tokenId, address indexed obligor, address indexed claimant, uint256 amount);

    uint256 private _nextTokenId = 1;
    mapping(uint256 slot => Bill) private _bills;
    mapping(uint256 tokenId => Part) private _parts;
    mapping(uint256 tokenId => address[]) private _endorsers;
    mapping(uint256 tokenId => uint256) private _approvalEpoch;
    mapping(uint256 tokenId => mapping(uint256 epoch => mapping(address operator => uint256))) private _allowances;
    mapping(uint256 tokenId => FinancingRequest) private _financing;
    mapping(uint256 tokenId => RecourseClaim) private _claims;
    bool private transient _recourseMove;

    /// @param admin Account that receives DEFAULT_ADMIN_ROLE.
    constructor(address admin) ERC721("Xiangchain Bill", "XBILL") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ---------------------------------------------------------------- issue and acceptance

    /// @notice Draws a bill on `acceptor` and mints its whole value to `payee`.
    function issue(
        address acceptor,
        address currency,
        uint256 faceValue,
        uint64 maturity,
        bytes32 billNo,
        address payee
    ) external onlyRole(DRAWER_ROLE) whenNotPaused returns (uint256 slot, uint256 tokenId) {
        if (!hasRole(ACCEPTOR_ROLE, acceptor)) revert MissingRole(acceptor, ACCEPTOR_ROLE);
        if (currency.code.length == 0 || faceValue == 0 || maturity <= block.timestamp) revert InvalidTerms();
        Terms memory t = Terms(msg.sender, acceptor, currency, faceValue, maturity, billNo);
        slot = uint256(keccak256(abi.encode(t)));
        Bill storage b = _bills[slot];
        if (b.state != BillState.None) revert BillExists(slot);
        b.terms = t;
        b.state = BillState.Issued;
        tokenId = _mintPart(payee, slot, faceValue, 0);
        emit BillIssued(slot, tokenId, msg.sender, acceptor, payee, currency, faceValue, maturity, billNo);
    }

    /// @notice The acceptor accepts the bill before maturity; it becomes transferable.
    function accept(uint256 slot) external whenNotPaused {
        Bill storage b = _acceptorBill(slot, BillState.Issued);
        if (block.timestamp >= b.terms.maturity) revert MaturityMismatch(slot, b.terms.maturity);
        b.state = BillState.Accepted;
        emit BillAccepted(slot, msg.sender);
    }

    /// @notice The acceptor refuses acceptance; the payee gains recourse against the drawer.
    function reject(uint256 slot, bytes32 reasonHash) external {
        Bill storage b = _acceptorBill(slot, BillState.Issued);
        b.state = BillState.Rejected;
        emit BillRejected(slot, msg.sender, reasonHash);
    }

    // ---------------------------------------------------------------- endorsement, split, financing

    /// @notice Endorses a whole token to `to` (same as an ERC-721 transfer, which also records the endorsement).
    function endorse(uint256 tokenId, address to) external {
        if (to == address(0)) revert ERC721InvalidReceiver(address(0));
        _update(to, tokenId, msg.sender);
    }

    /// @notice Splits `value` off a token into a new token owned by the same holder.
    function split(uint256 tokenId, uint256 value) external returns (uint256 newTokenId) {
        return _splitTo(tokenId, _requireOwned(tokenId), value);
    }

    /// @notice Asks a financier to discount a whole token at `price` (≤ its value). Replaces an earlier request;
    /// moving value out of the token or moving the token cancels it.
    function requestFinancing(uint256 tokenId, address financier, uint256 price) external whenNotPaused {
        address holder = _requireOwned(tokenId);
        if (holder != msg.sender) revert NotOwnerOrApproved(msg.sender, tokenId);
        if (!hasRole(FINANCIER_ROLE, financier)) revert MissingRole(financier, FINANCIER_ROLE);
        Part storage p = _parts[tokenId];
        if (price == 0 || price > p.value) revert InvalidPrice(price, p.value);
        _requireTransferable(p.slot);
        _financing[tokenId] = FinancingRequest(financier, price);
        emit FinancingRequested(tokenId, holder, financier, price);
    }

    /// @notice Withdraws the holder's financing request.
    function cancelFinancing(uint256 tokenId) external {
        if (_requireOwned(tokenId) != msg.sender) revert NotOwnerOrApproved(msg.sender, tokenId);
        if (_financing[tokenId].financier == address(0)) revert NoFinancingRequest(tokenId, msg.sender);
        delete _financing[tokenId];
        emit FinancingCancelled(tokenId);
    }

    /// @notice The financier named in a request takes the token and pays the price to the holder, atomically.
    function finance(uint256 tokenId) external whenNotPaused {
        FinancingRequest memory r = _financing[tokenId];
        if (r.financier != msg.sender || r.financier == address(0)) revert NoFinancingRequest(tokenId, msg.sender);
        address holder = _requireOwned(tokenId);
        Part storage p = _parts[tokenId];
        _update(msg.sender, tokenId, address(0)); // authorised by the holder's request; records the endorsement
        emit Financed(tokenId, holder, msg.sender, r.price, p.value);
        IERC20(_bills[p.slot].terms.currency).safeTransferFrom(msg.sender, holder, r.price);
    }

    // ---------------------------------------------------------------- maturity

    /// @notice The acceptor pays the outstanding value into the registry at or after maturity.
    function pay(uint256 slot) external {
        Bill storage b = _bills[slot];
        if (b.state != BillState.Accepted && b.state != BillState.Dishonoured) revert InvalidBillState(slot, b.state);
        if (msg.sender != b.terms.acceptor) revert NotAcceptor(msg.sender);
        if (block.timestamp < b.terms.maturity) revert MaturityMismatch(slot, b.terms.maturity);
        b.state = BillState.Paid;
        uint256 amount = b.terms.faceValue - b.discharged;
        emit BillPaid(slot, msg.sender, amount);
        IERC20(b.terms.currency).safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice The holder of a token of a paid bill burns it for its value in the currency.
    function redeem(uint256 tokenId) external {
        address holder = _requireOwned(tokenId);
        if (holder != msg.sender) revert NotOwnerOrApproved(msg.sender, tokenId);
        Part storage p = _parts[tokenId];
        Bill storage b = _bills[p.slot];
        if (b.state != BillState.Paid) revert InvalidBillState(p.slot, b.state);
        uint256 amount = p.value;
        b.redeemed += amount;
        _burnPart(tokenId, p);
        emit BillRedeemed(tokenId, holder, amount);
        IERC20(b.terms.currency).safeTransfer(holder, amount);
    }

    /// @notice Declares an accepted bill dishonoured: by the acceptor at or after maturity, by anyone after the
    /// grace period.
    function dishonour(uint256 slot, bytes32 reasonHash) external {
        Bill storage b = _bills[slot];
        if (b.state != BillState.Accepted) revert InvalidBillState(slot, b.state);
        uint64 maturity = b.terms.maturity;
        if (block.timestamp < maturity) revert MaturityMismatch(slot, maturity);
        if (msg.sender != b.terms.acceptor && block.timestamp < maturity + PAYMENT_GRACE) {
            revert GracePeriodRunning(slot, maturity + PAYMENT_GRACE);
        }
        b.state = BillState.Dishonoured;
        emit BillDishonoured(slot, msg.sender, reasonHash);
    }

    /// @notice The holder of a token of a dishonoured or rejected bill claims its value from the endorser at
    /// `position` or, with DRAWER_POSITION, from the drawer. Replaces an earlier claim.
    function claimRecourse(uint256 tokenId, uint256 position) external {
        address holder = _requireOwned(tokenId);
        if (holder != msg.sender) revert NotOwnerOrApproved(msg.sender, tokenId);
        Part storage p = _parts[tokenId];
        Bill storage b = _bills[p.slot];
        if (b.state != BillState.Dishonoured && b.state != BillState.Rejected) revert InvalidBillState(p.slot, b.state);
        address obligor;
        if (position == DRAWER_POSITION) {
            obligor = b.terms.drawer;
        } else {
            if (position >= p.recourseLimit) revert InvalidPosition(tokenId, position);
            obligor = endorserAt(tokenId, position);
        }
        if (obligor == holder) revert SelfRecourse(holder);
        _claims[tokenId] = RecourseClaim(holder, obligor, position, p.value);
        emit RecourseClaimed(tokenId, holder, obligor, position, p.value);
    }

    /// @notice The obligor of an open claim pays it. An endorser receives the token and may claim further up
    /// the chain (positions below its own); the drawer's payment discharges the token.
    function payRecourse(uint256 tokenId) external {
        RecourseClaim memory c = _claims[tokenId];
        if (c.obligor != msg.sender || c.obligor == address(0)) revert NoRecourseClaim(tokenId, msg.sender);
        Part storage p = _parts[tokenId];
        Bill storage b = _bills[p.slot];
        if (b.state != BillState.Dishonoured && b.state != BillState.Rejected) revert InvalidBillState(p.slot, b.state);
        delete _claims[tokenId];
        if (c.position == DRAWER_POSITION) {
            b.discharged += c.amount;
            _burnPart(tokenId, p);
        } else {
            _recourseMove = true;
            _update(msg.sender, tokenId, address(0));
            _recourseMove = false;
            p.recourseLimit = uint32(c.position);
        }
        emit RecourseSettled(tokenId, msg.sender, c.claimant, c.amount);
        IERC20(b.terms.currency).safeTransferFrom(msg.sender, c.claimant, c.amount);
    }

    // ---------------------------------------------------------------- ERC-3525

    /// @inheritdoc IERC3525
    function valueDecimals() external pure returns (uint8) {
        return 0; // values are in the currency token's base units
    }

    /// @inheritdoc IERC3525
    function balanceOf(uint256 tokenId) external view returns (uint256) {
        _requireOwned(tokenId);
        return _parts[tokenId].value;
    }

    /// @inheritdoc IERC3525
    function slotOf(uint256 tokenId) external view returns (uint256) {
        _requireOwned(tokenId);
        return _parts[tokenId].slot;
    }

    /// @inheritdoc IERC3525
    function approve(uint256 tokenId, address operator, uint256 value) external {
        address owner = _requireOwned(tokenId);
        if (operator == owner) revert ApprovalToOwner(operator);
        if (!_isAuthorized(owner, msg.sender, tokenId)) revert NotOwnerOrApproved(msg.sender, tokenId);
        _allowances[tokenId][_approvalEpoch[tokenId]][operator] = value;
        emit ApprovalValue(tokenId, operator, value);
    }

    /// @inheritdoc IERC3525
    function allowance(uint256 tokenId, address operator) external view returns (uint256) {
        _requireOwned(tokenId);
        return _allowances[tokenId][_approvalEpoch[tokenId]][operator];
    }

    /// @inheritdoc IERC3525
    function transferFrom(uint256 fromTokenId, uint256 toTokenId, uint256 value) external whenNotPaused {
        _spend(fromTokenId, value);
        _requireOwned(toTokenId);
        Part storage from = _parts[fromTokenId];
        Part storage to = _parts[toTokenId];
        if (from.slot != to.slot) revert SlotMismatch(from.slot, to.slot);
        if (from.chainHash != to.chainHash || fromTokenId == toTokenId) revert ChainMismatch(fromTokenId, toTokenId);
        _requireTransferable(from.slot);
        from.value -= value;
        to.value += value;
        emit TransferValue(fromTokenId, toTokenId, value);
    }

    /// @inheritdoc IERC3525
    function transferFrom(uint256 fromTokenId, address to, uint256 value) external returns (uint256) {
        return _splitTo(fromTokenId, to, value);
    }

    // ---------------------------------------------------------------- administration and views

    /// @notice Stops issuing, endorsement, splitting and financing (payment, redemption and recourse go on).
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes normal operation.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    /// @notice A bill by slot.
    function bill(uint256 slot) external view returns (Bill memory) {
        return _bills[slot];
    }

    /// @notice A token's part of its bill (kept after the token is burned).
    function part(uint256 tokenId) external view returns (Part memory) {
        return _parts[tokenId];
    }

    /// @notice The slot id that `terms` hash to.
    function slotFor(Terms calldata terms) external pure returns (uint256) {
        return uint256(keccak256(abi.encode(terms)));
    }

    /// @notice Number of endorsement positions of a token, including those inherited through splits.
    function endorsementCount(uint256 tokenId) public view returns (uint256) {
        return _parts[tokenId].inherited + _endorsers[tokenId].length;
    }

    /// @notice The endorser at `position` (0 = first endorser) of a token's chain.
    /// @dev Walks at most MAX_SPLIT_DEPTH parent links.
    function endorserAt(uint256 tokenId, uint256 position) public view returns (address) {
        if (position >= endorsementCount(tokenId)) revert InvalidPosition(tokenId, position);
        uint256 id = tokenId;
        while (position < _parts[id].inherited) {
            id = _parts[id].parent;
        }
        return _endorsers[id][position - _parts[id].inherited];
    }

    /// @notice The pending financing request of a token.
    function financingRequest(uint256 tokenId) external view returns (FinancingRequest memory) {
        return _financing[tokenId];
    }

    /// @notice The open recourse claim of a token.
    function recourseClaim(uint256 tokenId) external view returns (RecourseClaim memory) {
        return _claims[tokenId];
    }

    /// @inheritdoc ERC721
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, AccessControl) returns (bool) {
        return interfaceId == type(IERC3525).interfaceId || super.supportsInterface(interfaceId);
    }

    // ---------------------------------------------------------------- internals

    /// @dev Holder changes are endorsements, allowed only while the bill is accepted and not matured. Recourse
    /// moves (the paying endorser takes the bill back) skip both.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address from) {
        from = super._update(to, tokenId, auth);
        if (from != address(0) && to != address(0)) {
            delete _financing[tokenId];
            ++_approvalEpoch[tokenId];
            if (!_recourseMove) {
                _requireNotPaused();
                _requireTransferable(_parts[tokenId].slot);
                if (from != to) _endorse(tokenId, from, to);
            }
        }
    }

    function _splitTo(uint256 fromTokenId, address to, uint256 value) private whenNotPaused returns (uint256 id) {
        address owner = _spend(fromTokenId, value);
        Part storage from = _parts[fromTokenId];
        _requireTransferable(from.slot);
        if (from.depth >= MAX_SPLIT_DEPTH) revert SplitTooDeep(fromTokenId);
        from.value -= value;
        id = _mintPart(to, from.slot, 0, fromTokenId);
        Part storage p = _parts[id];
        p.value = value;
        emit TransferValue(fromTokenId, id, value);
        emit BillSplit(fromTokenId, id, value);
        if (to != owner) _endorse(id, owner, to);
    }

    /// @dev Checks that the caller may move `value` out of `tokenId` and spends the allowance if it needs one.
    function _spend(uint256 tokenId, uint256 value) private returns (address owner) {
        owner = _requireOwned(tokenId);
        if (value == 0 || value > _parts[tokenId].value) revert InvalidValue(tokenId, value);
        delete _financing[tokenId]; // a request was priced for the token's value at the time
        if (_isAuthorized(owner, msg.sender, tokenId)) return owner;
        mapping(address => uint256) storage a = _allowances[tokenId][_approvalEpoch[tokenId]];
        uint256 allowed = a[msg.sender];
        if (allowed < value) revert InsufficientAllowance(tokenId, msg.sender, allowed, value);
        if (allowed != type(uint256).max) {
            a[msg.sender] = allowed - value;
            emit ApprovalValue(tokenId, msg.sender, allowed - value);
        }
    }

    /// @dev Mints a token of `slot`; a split token inherits its parent's chain.
    function _mintPart(address to, uint256 slot, uint256 value, uint256 parent) private returns (uint256 id) {
        id = _nextTokenId++;
        Part storage p = _parts[id];
        p.slot = slot;
        p.value = value;
        if (parent != 0) {
            Part storage q = _parts[parent];
            uint32 count = uint32(endorsementCount(parent));
            p.parent = parent;
            p.inherited = count;
            p.depth = q.depth + 1;
            p.recourseLimit = count;
            p.chainHash = q.chainHash;
        }
        _mint(to, id);
        emit SlotChanged(id, 0, slot);
        if (value > 0) emit TransferValue(0, id, value);
    }

    function _burnPart(uint256 tokenId, Part storage p) private {
        uint256 value = p.value;
        p.value = 0;
        delete _claims[tokenId];
        _burn(tokenId);
        emit TransferValue(tokenId, 0, value);
    }

    /// @dev Appends `from` (endorsing to `to`) to `tokenId`'s chain. Positions are absolute: a split token's own
    /// endorsements follow the positions it inherited.
    function _endorse(uint256 tokenId, address from, address to) private {
        Part storage p = _parts[tokenId];
        uint256 position = endorsementCount(tokenId);
        _endorsers[tokenId].push(from);
        p.chainHash = keccak256(abi.encode(p.chainHash, from, to));
        p.recourseLimit = uint32(position + 1);
        emit Endorsed(tokenId, from, to, position);
    }

    function _requireTransferable(uint256 slot) private view {
        Bill storage b = _bills[slot];
        if (b.state != BillState.Accepted) revert InvalidBillState(slot, b.state);
        if (block.timestamp >= b.terms.maturity) revert MaturityMismatch(slot, b.terms.maturity);
    }

    function _acceptorBill(uint256 slot, BillState want) private view returns (Bill storage b) {
        b = _bills[slot];
        if (b.state != want) revert InvalidBillState(slot, b.state);
        if (msg.sender != b.terms.acceptor) revert NotAcceptor(msg.sender);
    }
}
