// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Probe
/// @notice Test contract for the end-to-end suite. It exercises the EVM features
/// that Xiangchain enables from genesis (PUSH0 via Solidity >= 0.8.20, TSTORE and
/// TLOAD for a transient reentrancy lock, MCOPY for a memory copy), emits an event,
/// and reverts on purpose with a reason string and with a custom error.
contract Probe {
    /// @notice Emitted by ping with the caller, the new counter and the payload.
    event Pinged(address indexed sender, uint256 indexed count, bytes payload);

    /// @notice The custom error raised by failWithCustom.
    error ProbeFailure(address caller, uint256 code);

    /// @notice Revert reason used by failWithReason.
    string public constant REASON = "Probe: failed on purpose";

    /// @notice Number of successful pings; lives in storage slot 0.
    uint256 public count;

    /// @notice Payload of the last ping, copied in memory with MCOPY.
    bytes public lastPayload;

    /// @dev Transient storage slot of the reentrancy lock.
    uint256 private constant LOCK_SLOT = 0x01;

    /// @notice Raised when ping is re-entered while the transient lock is held.
    error Reentrant();

    modifier nonReentrant() {
        bool held;
        assembly {
            held := tload(LOCK_SLOT)
        }
        if (held) revert Reentrant();
        assembly {
            tstore(LOCK_SLOT, 1)
        }
        _;
        assembly {
            tstore(LOCK_SLOT, 0)
        }
    }

    /// @notice Increments the counter, stores a copy of payload and emits Pinged.
    function ping(bytes calldata payload) external nonReentrant returns (uint256) {
        bytes memory copied = copy(payload);
        count += 1;
        lastPayload = copied;
        emit Pinged(msg.sender, count, copied);
        return count;
    }

    /// @notice Returns a copy of data made with MCOPY.
    function echo(bytes calldata data) external pure returns (bytes memory) {
        return copy(data);
    }

    /// @notice Reports whether the transient lock is held (always false outside a call).
    function locked() external view returns (bool held) {
        assembly {
            held := tload(LOCK_SLOT)
        }
    }

    /// @notice Always reverts with the reason string REASON.
    function failWithReason() external pure {
        revert(REASON);
    }

    /// @notice Always reverts with ProbeFailure(msg.sender, code).
    function failWithCustom(uint256 code) external view {
        revert ProbeFailure(msg.sender, code);
    }

    /// @dev Copies data from calldata to memory, then into a second buffer with MCOPY.
    function copy(bytes calldata data) private pure returns (bytes memory out) {
        bytes memory src = data;
        out = new bytes(src.length);
        assembly {
            mcopy(add(out, 0x20), add(src, 0x20), mload(src))
        }
    }
}
