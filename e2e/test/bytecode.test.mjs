// Checks the suite's own tools: the bytecode walker and the Probe compilation.
// Needs no chain.

import { test } from "node:test";
import assert from "node:assert/strict";
import { getBytes } from "ethers";
import { compile, opcodesOf, stripMetadata, REQUIRED_OPCODES, EVM_VERSION } from "../lib/probe.mjs";

test("opcodesOf skips PUSH immediates", () => {
  const cases = [
    { name: "bare opcodes", code: "0x5f5c5d5e00", has: [0x5f, 0x5c, 0x5d, 0x5e, 0x00], lacks: [] },
    { name: "PUSH1 hides one byte", code: "0x605f00", has: [0x60, 0x00], lacks: [0x5f] },
    { name: "PUSH2 hides two bytes", code: "0x615c5d5e", has: [0x61, 0x5e], lacks: [0x5c, 0x5d] },
    { name: "PUSH32 hides 32 bytes", code: "0x7f" + "5e".repeat(32) + "5f", has: [0x7f, 0x5f], lacks: [0x5e] },
    { name: "truncated PUSH at the end", code: "0x5f62aabb", has: [0x5f, 0x62], lacks: [0xaa, 0xbb] },
  ];
  for (const c of cases) {
    const ops = opcodesOf(getBytes(c.code));
    for (const op of c.has) assert.ok(ops.has(op), `${c.name}: expected opcode 0x${op.toString(16)}`);
    for (const op of c.lacks) assert.ok(!ops.has(op), `${c.name}: byte 0x${op.toString(16)} is push data`);
  }
});

test("stripMetadata removes the CBOR tail solc appends", () => {
  // code 0x5f00, then 3 bytes of "CBOR", then the length 0x0003.
  const code = getBytes("0x5f00a1b2c30003");
  assert.deepEqual(Array.from(stripMetadata(code)), [0x5f, 0x00]);
  // A length longer than the code leaves it unchanged.
  const odd = getBytes("0x5fffff");
  assert.deepEqual(Array.from(stripMetadata(odd)), [0x5f, 0xff, 0xff]);
});

test(`Probe compiles for ${EVM_VERSION} and uses PUSH0, TLOAD, TSTORE and MCOPY`, () => {
  const probe = compile("Probe.sol", "Probe");
  assert.match(probe.compiler, /^0\.8\.\d+/);
  const ops = opcodesOf(stripMetadata(getBytes(probe.deployedBytecode)));
  for (const [name, op] of Object.entries(REQUIRED_OPCODES)) {
    assert.ok(ops.has(op), `runtime code lacks ${name} (0x${op.toString(16)})`);
  }
  const names = probe.abi.map((item) => `${item.type}:${item.name}`);
  for (const want of ["event:Pinged", "error:ProbeFailure", "function:failWithReason", "function:failWithCustom"]) {
    assert.ok(names.includes(want), `ABI lacks ${want}`);
  }
});
