// Compiles contracts/Probe.sol with solc-js and inspects EVM bytecode.
// Used by the tests in ../test; kept outside test/ so node --test does not run it.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import solc from "solc";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Directory holding the Solidity sources of the suite. */
export const contractsDir = path.join(here, "..", "contracts");

/** EVM version every contract of the suite is compiled for. */
export const EVM_VERSION = "osaka";

/**
 * Compiles one contract from contracts/ and returns its ABI and bytecode.
 * Throws with solc's formatted messages if compilation reports any error.
 *
 * @param {string} file  file name inside contracts/, e.g. "Probe.sol"
 * @param {string} name  contract name inside the file
 * @returns {{abi: object[], bytecode: string, deployedBytecode: string, compiler: string}}
 */
export function compile(file, name) {
  const input = {
    language: "Solidity",
    sources: { [file]: { content: readFileSync(path.join(contractsDir, file), "utf8") } },
    settings: {
      evmVersion: EVM_VERSION,
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) {
    throw new Error(`solc ${solc.version()} failed on ${file}:\n${errors.map((e) => e.formattedMessage).join("\n")}`);
  }
  const contract = output.contracts?.[file]?.[name];
  if (!contract) {
    throw new Error(`solc output has no contract ${name} in ${file}`);
  }
  return {
    abi: contract.abi,
    bytecode: "0x" + contract.evm.bytecode.object,
    deployedBytecode: "0x" + contract.evm.deployedBytecode.object,
    compiler: solc.version(),
  };
}

/**
 * Removes the CBOR metadata that solc appends to runtime code. Its last two
 * bytes hold the big-endian length of the CBOR blob before them.
 *
 * @param {Uint8Array} code
 * @returns {Uint8Array}
 */
export function stripMetadata(code) {
  if (code.length < 2) {
    return code;
  }
  const cborLength = (code[code.length - 2] << 8) | code[code.length - 1];
  const end = code.length - 2 - cborLength;
  if (end < 0) {
    return code;
  }
  return code.subarray(0, end);
}

/**
 * Returns the set of opcodes found at instruction boundaries of code, that is
 * skipping the immediate data of PUSH1..PUSH32 (0x60..0x7f).
 *
 * @param {Uint8Array} code
 * @returns {Set<number>}
 */
export function opcodesOf(code) {
  const seen = new Set();
  for (let pc = 0; pc < code.length; pc++) {
    const op = code[pc];
    seen.add(op);
    if (op >= 0x60 && op <= 0x7f) {
      pc += op - 0x5f;
    }
  }
  return seen;
}

/** Opcodes the suite requires in Probe's runtime code, by name. */
export const REQUIRED_OPCODES = Object.freeze({
  PUSH0: 0x5f,
  TLOAD: 0x5c,
  TSTORE: 0x5d,
  MCOPY: 0x5e,
});
