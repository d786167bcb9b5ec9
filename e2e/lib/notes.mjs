// Compiles lib/SignedNotes.sol and builds the EIP-712 typed data its notes are
// signed as. Shared by the viem and ethers JsonRpcSigner suites; kept outside
// test/ so node --test does not run it.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import solc from "solc";
import { EVM_VERSION } from "./probe.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const SOURCE = "SignedNotes.sol";

/**
 * Compiles SignedNotes for EVM_VERSION with the optimizer on.
 * Throws with solc's formatted messages if compilation reports any error.
 *
 * @returns {{abi: object[], bytecode: string, deployedBytecode: string}}
 */
export function compileSignedNotes() {
  const input = {
    language: "Solidity",
    sources: { [SOURCE]: { content: readFileSync(path.join(here, SOURCE), "utf8") } },
    settings: {
      evmVersion: EVM_VERSION,
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) {
    throw new Error(`solc ${solc.version()} failed on ${SOURCE}:\n${errors.map((e) => e.formattedMessage).join("\n")}`);
  }
  const contract = output.contracts?.[SOURCE]?.SignedNotes;
  if (!contract) {
    throw new Error(`solc output has no contract SignedNotes in ${SOURCE}`);
  }
  return {
    abi: contract.abi,
    bytecode: "0x" + contract.evm.bytecode.object,
    deployedBytecode: "0x" + contract.evm.deployedBytecode.object,
  };
}

/** The EIP-712 types of a note, without EIP712Domain (both viem and ethers derive it from the domain). */
export const NOTE_TYPES = Object.freeze({
  Note: [
    { name: "author", type: "address" },
    { name: "text", type: "string" },
    { name: "nonce", type: "uint256" },
  ],
});

/**
 * The EIP-712 domain of a SignedNotes deployment. Matches the contract's
 * domainSeparator(): name "SignedNotes", version "1", the chain and the contract.
 *
 * @param {bigint} chainId
 * @param {string} verifyingContract
 */
export function noteDomain(chainId, verifyingContract) {
  return { name: "SignedNotes", version: "1", chainId, verifyingContract };
}

/**
 * A 65-byte signature with s replaced by n - s and v flipped: the same
 * signer's malleable twin, which SignedNotes must refuse (EIP-2 low-s rule).
 *
 * @param {string} signature  0x-prefixed r ‖ s ‖ v with v = 27 or 28
 * @returns {string}
 */
export function highSTwin(signature) {
  const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
  const hex = signature.slice(2);
  if (hex.length !== 130) {
    throw new Error(`signature is ${hex.length / 2} bytes, want 65`);
  }
  const s = BigInt("0x" + hex.slice(64, 128));
  const v = parseInt(hex.slice(128, 130), 16);
  const twinS = (N - s).toString(16).padStart(64, "0");
  const twinV = (v === 27 ? 28 : 27).toString(16);
  return "0x" + hex.slice(0, 64) + twinS + twinV;
}
