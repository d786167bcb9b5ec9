// End-to-end checks of a running xiang dev node through ethers v6.
//
// Environment (set by e2e_test.go):
//   RPC_URL  HTTP JSON-RPC endpoint, e.g. http://127.0.0.1:8545
//   WS_URL   WebSocket JSON-RPC endpoint, e.g. ws://127.0.0.1:8546
//   FEES     the node's fee profile: "free" or "market"

import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import { compile, opcodesOf, stripMetadata, REQUIRED_OPCODES } from "../lib/probe.mjs";

const RPC_URL = process.env.RPC_URL;
const WS_URL = process.env.WS_URL;
const FEES = process.env.FEES;
if (!RPC_URL || !WS_URL) {
  throw new Error("RPC_URL and WS_URL must point at a running xiang dev node (go test ./e2e/ sets them)");
}
if (FEES !== "free" && FEES !== "market") {
  throw new Error(`FEES must be "free" or "market", got ${JSON.stringify(FEES)}`);
}

const CHAIN_ID = 1337n;
// Account 0 of the mnemonic "test test ... junk", prefunded by xiang dev.
const DEV_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const DEV_ADDRESS = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const DEV_FUNDS = ethers.parseEther("10000");
const TX_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 90_000;

/** Sends one raw JSON-RPC request over HTTP and returns the decoded reply ({result} or {error}). */
let rpcID = 0;
async function rpc(method, params = []) {
  const res = await fetch(RPC_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: ++rpcID, method, params }),
  });
  assert.equal(res.status, 200, `${method}: HTTP status`);
  return res.json();
}

/** Like rpc, but fails the test if the node answers with an error. */
async function rpcResult(method, params = []) {
  const reply = await rpc(method, params);
  assert.equal(reply.error, undefined, `${method} failed: ${JSON.stringify(reply.error)}`);
  return reply.result;
}

/** Waits for a transaction's receipt; returns it even if the transaction reverted. */
async function mined(provider, hash) {
  const receipt = await provider.waitForTransaction(hash, 1, TX_TIMEOUT_MS);
  assert.ok(receipt, `no receipt for ${hash} within ${TX_TIMEOUT_MS} ms`);
  return receipt;
}

/** Resolves with the value passed to the first call of the returned callback, or rejects after ms. */
function deferred(ms, what) {
  let resolve;
  const promise = new Promise((res, rej) => {
    resolve = res;
    setTimeout(() => rej(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms).unref();
  });
  // A deferred that a failed test never awaits must not become an unhandled rejection.
  promise.catch(() => {});
  return { promise, resolve };
}

/** The fee fields a sender uses for each transaction type under the node's fee profile. */
function feeOverrides(profile) {
  if (profile === "free") {
    return {
      eip1559: { type: 2, maxFeePerGas: 0n, maxPriorityFeePerGas: 0n },
      legacy: { type: 0, gasPrice: 0n },
    };
  }
  // Under market, ethers fills the fields from eth_gasPrice, eth_maxPriorityFeePerGas and the base fee.
  return { eip1559: { type: 2 }, legacy: { type: 0 } };
}

/** Checks effectiveGasPrice of a mined transaction against its fee fields and the block's base fee. */
async function assertEffectiveGasPrice(provider, tx, receipt) {
  const block = await provider.getBlock(receipt.blockNumber);
  const baseFee = block.baseFeePerGas ?? 0n;
  let want;
  if (tx.type === 2) {
    const tip = tx.maxFeePerGas - baseFee < tx.maxPriorityFeePerGas ? tx.maxFeePerGas - baseFee : tx.maxPriorityFeePerGas;
    want = baseFee + tip;
  } else {
    want = tx.gasPrice;
  }
  assert.equal(receipt.gasPrice, want, `effectiveGasPrice of type ${tx.type} tx (base fee ${baseFee})`);
  if (FEES === "free") {
    assert.equal(receipt.gasPrice, 0n, "free profile charges nothing");
  }
}

let provider;
let ws;
let probe;

before(async () => {
  // cacheTimeout -1: every call reaches the node (ethers otherwise reuses identical answers for 250 ms).
  provider = new ethers.JsonRpcProvider(RPC_URL, undefined, { pollingInterval: 200, cacheTimeout: -1 });
  ws = new ethers.WebSocketProvider(WS_URL);
  probe = compile("Probe.sol", "Probe");
});

after(async () => {
  provider?.destroy();
  await ws?.destroy();
});

describe("node identity and block tags", () => {
  test("chain id is 1337 over both transports and net_version agrees", async () => {
    assert.equal(await rpcResult("eth_chainId"), "0x539");
    assert.equal(await rpcResult("net_version"), "1337");
    assert.equal((await provider.getNetwork()).chainId, CHAIN_ID);
    assert.equal((await ws.getNetwork()).chainId, CHAIN_ID);
    const version = await rpcResult("web3_clientVersion");
    assert.equal(typeof version, "string");
    assert.ok(version.length > 0, "web3_clientVersion is empty");
  });

  test("dev account 0 is prefunded", async () => {
    const balance = await provider.getBalance(DEV_ADDRESS, 0);
    assert.equal(balance, DEV_FUNDS, "genesis balance of dev account 0");
  });

  test("earliest, latest, pending, safe and finalized blocks are consistent", { timeout: TEST_TIMEOUT_MS }, async () => {
    const earliest = await provider.getBlock("earliest");
    assert.equal(earliest.number, 0);
    assert.equal((await provider.getBlock(0)).hash, earliest.hash, "block 0 and earliest differ");

    const latest = await provider.getBlock("latest");
    assert.ok(latest, "no latest block");
    const byHash = await provider.getBlock(latest.hash);
    assert.equal(byHash.number, latest.number, "eth_getBlockByHash(latest.hash).number");
    assert.equal(byHash.hash, latest.hash);

    const pending = await provider.getBlock("pending");
    assert.ok(pending, "no pending block");
    assert.ok(pending.number >= latest.number, `pending ${pending.number} < latest ${latest.number}`);

    for (const tag of ["safe", "finalized"]) {
      const block = await provider.getBlock(tag);
      assert.ok(block, `no ${tag} block`);
      const head = await provider.getBlockNumber();
      assert.ok(block.number <= head, `${tag} ${block.number} > latest ${head}`);
      assert.equal((await provider.getBlock(block.number)).hash, block.hash, `${tag} block is not canonical`);
    }

    // QBFT finality is immediate: once a newer block exists, the block we saw as latest is final.
    const seen = latest.number;
    const deadline = Date.now() + 30_000;
    while ((await provider.getBlockNumber()) <= seen) {
      assert.ok(Date.now() < deadline, `no block after ${seen} within 30 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const tag of ["safe", "finalized"]) {
      const block = await provider.getBlock(tag);
      assert.ok(block.number >= seen, `${tag} ${block.number} behind a block already superseded (${seen})`);
    }
  });
});

describe(`fee profile ${FEES}`, () => {
  if (FEES === "free") {
    test("gas price, priority fee and base fee are all zero", async () => {
      assert.equal(BigInt(await rpcResult("eth_gasPrice")), 0n, "eth_gasPrice");
      assert.equal(BigInt(await rpcResult("eth_maxPriorityFeePerGas")), 0n, "eth_maxPriorityFeePerGas");
      const latest = await provider.getBlock("latest");
      assert.equal(latest.baseFeePerGas, 0n, "latest.baseFeePerGas");
      const history = await rpcResult("eth_feeHistory", ["0x4", "latest", [50]]);
      assert.ok(history.baseFeePerGas.length >= 2, "eth_feeHistory returned no base fees");
      history.baseFeePerGas.forEach((fee, i) => assert.equal(BigInt(fee), 0n, `feeHistory baseFeePerGas[${i}]`));
      const fees = await provider.getFeeData();
      assert.equal(fees.gasPrice, 0n, "ethers getFeeData().gasPrice");
    });
  } else {
    test("base fee, gas price and fee history are positive", async () => {
      const latest = await provider.getBlock("latest");
      assert.ok(latest.baseFeePerGas > 0n, `latest.baseFeePerGas = ${latest.baseFeePerGas}`);
      assert.ok(BigInt(await rpcResult("eth_gasPrice")) > 0n, "eth_gasPrice");
      const history = await rpcResult("eth_feeHistory", ["0x4", "latest", [50]]);
      assert.ok(history.baseFeePerGas.length >= 2, "eth_feeHistory returned no base fees");
      history.baseFeePerGas.forEach((fee, i) => assert.ok(BigInt(fee) > 0n, `feeHistory baseFeePerGas[${i}] = ${fee}`));
      const fees = await provider.getFeeData();
      assert.ok(fees.maxFeePerGas > 0n, "ethers getFeeData().maxFeePerGas");
    });

    test("zero-priced transactions are rejected", { timeout: TEST_TIMEOUT_MS }, async () => {
      const cases = [
        { name: "eip1559 from dev account", key: DEV_KEY, fields: { type: 2, maxFeePerGas: 0n, maxPriorityFeePerGas: 0n } },
        { name: "legacy from dev account", key: DEV_KEY, fields: { type: 0, gasPrice: 0n } },
        { name: "eip1559 from a zero-balance wallet", key: null, fields: { type: 2, maxFeePerGas: 0n, maxPriorityFeePerGas: 0n } },
        { name: "legacy from a zero-balance wallet", key: null, fields: { type: 0, gasPrice: 0n } },
      ];
      for (const c of cases) {
        const wallet = c.key ? new ethers.Wallet(c.key, provider) : ethers.Wallet.createRandom(provider);
        const nonce = await provider.getTransactionCount(wallet.address, "pending");
        await assert.rejects(
          wallet.sendTransaction({ to: ethers.Wallet.createRandom().address, value: 0n, gasLimit: 21000n, nonce, ...c.fields }),
          (err) => {
            assert.ok(err instanceof Error, `${c.name}: ${err}`);
            return true;
          },
          `${c.name}: a zero-priced transaction was accepted`,
        );
        assert.equal(await provider.getTransactionCount(wallet.address, "pending"), nonce, `${c.name}: pending nonce moved`);
      }
    });
  }

  test("ethers' default fee population yields a transaction the node accepts", { timeout: TEST_TIMEOUT_MS }, async () => {
    const dev = new ethers.Wallet(DEV_KEY, provider);
    const tx = await dev.sendTransaction({ to: ethers.Wallet.createRandom().address, value: 1n });
    const receipt = await mined(provider, tx.hash);
    assert.equal(receipt.status, 1);
    // A zero base fee reads as "no EIP-1559" to ethers, so under free it falls back to legacy.
    assert.equal(tx.type, FEES === "free" ? 0 : 2, "transaction type ethers chose");
    await assertEffectiveGasPrice(provider, tx, receipt);
  });
});

/** The senders exercised: the prefunded dev account always, a fresh zero-balance wallet under free. */
const actors = [{ label: "dev account 0", key: DEV_KEY, funded: true }];
if (FEES === "free") {
  actors.push({ label: "fresh zero-balance wallet at gas price 0", key: null, funded: false });
}

for (const actor of actors) {
  describe(actor.label, () => {
    const fees = feeOverrides(FEES);
    const value = actor.funded ? ethers.parseUnits("1", "gwei") : 0n;
    let signer;
    let contract;

    before(async () => {
      signer = actor.key ? new ethers.Wallet(actor.key, provider) : ethers.Wallet.createRandom(provider);
      if (!actor.funded) {
        assert.equal(await provider.getBalance(signer.address), 0n, "fresh wallet has a balance");
      }
    });

    test("deploys Probe, whose code uses PUSH0, TLOAD, TSTORE and MCOPY", { timeout: TEST_TIMEOUT_MS }, async () => {
      const factory = new ethers.ContractFactory(probe.abi, probe.bytecode, signer);
      const deployed = await factory.deploy({ ...fees.eip1559 });
      const tx = deployed.deploymentTransaction();
      const receipt = await mined(provider, tx.hash);
      assert.equal(receipt.status, 1, "deployment reverted");
      assert.equal(receipt.contractAddress, await deployed.getAddress());
      await assertEffectiveGasPrice(provider, tx, receipt);
      contract = deployed;

      const code = await provider.getCode(receipt.contractAddress);
      assert.equal(code, probe.deployedBytecode, "eth_getCode differs from the compiled runtime code");
      const ops = opcodesOf(stripMetadata(ethers.getBytes(code)));
      for (const [name, op] of Object.entries(REQUIRED_OPCODES)) {
        assert.ok(ops.has(op), `deployed code lacks ${name}`);
      }
      assert.equal(await provider.getCode(receipt.contractAddress, receipt.blockNumber - 1), "0x", "code existed before deployment");
    });

    test("EIP-1559 transfer", { timeout: TEST_TIMEOUT_MS }, async () => {
      const to = ethers.Wallet.createRandom().address;
      const nonce = await provider.getTransactionCount(signer.address, "pending");
      const before = await provider.getBalance(signer.address);
      const tx = await signer.sendTransaction({ to, value, nonce, ...fees.eip1559 });
      assert.equal(tx.type, 2);
      // Read now, assert once mined, so that a failure here does not leave a
      // pooled transaction behind to break the tests after it.
      const pendingNonce = BigInt(await rpcResult("eth_getTransactionCount", [signer.address, "pending"]));
      const receipt = await mined(provider, tx.hash);
      assert.ok(
        pendingNonce >= BigInt(nonce + 1),
        `eth_getTransactionCount(pending) = ${pendingNonce} right after submitting nonce ${nonce}: pooled transactions not counted`,
      );
      assert.equal(receipt.status, 1);
      assert.equal(receipt.type, 2);
      assert.equal(receipt.gasUsed, 21000n);
      assert.equal(receipt.from, signer.address);
      assert.equal(receipt.to, to);
      assert.equal(receipt.logs.length, 0);
      await assertEffectiveGasPrice(provider, tx, receipt);

      const fetched = await provider.getTransaction(tx.hash);
      assert.equal(fetched.blockHash, receipt.blockHash);
      assert.equal(fetched.nonce, nonce);
      assert.equal(fetched.maxFeePerGas, tx.maxFeePerGas);
      assert.equal(fetched.maxPriorityFeePerGas, tx.maxPriorityFeePerGas);
      const block = await provider.getBlock(receipt.blockHash);
      assert.ok(block.transactions.includes(tx.hash), "block does not list the transaction");

      assert.equal(await provider.getBalance(to), value, "recipient balance");
      assert.equal(await provider.getTransactionCount(signer.address, "latest"), nonce + 1);
      const after = await provider.getBalance(signer.address);
      assert.equal(before - after, value + receipt.gasUsed * receipt.gasPrice, "sender paid value + gas");
    });

    test("legacy (type 0) transfer", { timeout: TEST_TIMEOUT_MS }, async () => {
      const to = ethers.Wallet.createRandom().address;
      const nonce = await provider.getTransactionCount(signer.address, "pending");
      const tx = await signer.sendTransaction({ to, value, nonce, ...fees.legacy });
      assert.equal(tx.type, 0);
      const receipt = await mined(provider, tx.hash);
      assert.equal(receipt.status, 1);
      assert.equal(receipt.type, 0);
      assert.equal(receipt.gasUsed, 21000n);
      await assertEffectiveGasPrice(provider, tx, receipt);
      const fetched = await provider.getTransaction(tx.hash);
      assert.equal(fetched.type, 0);
      assert.equal(fetched.gasPrice, tx.gasPrice);
      assert.equal(fetched.chainId, CHAIN_ID, "legacy transaction is not replay-protected (EIP-155)");
      assert.equal(await provider.getBalance(to), value, "recipient balance");
    });

    test("event reaches the receipt, eth_getLogs and a WebSocket logs subscription", { timeout: TEST_TIMEOUT_MS }, async () => {
      assert.ok(contract, "Probe was not deployed");
      const address = await contract.getAddress();
      const payload = ethers.hexlify(ethers.randomBytes(70));
      assert.equal(await contract.echo(payload), payload, "echo (MCOPY) changed the bytes");
      assert.equal(await contract.locked(), false, "transient lock leaked out of a call");
      const countBefore = await contract.count();

      const filter = { address, topics: [contract.interface.getEvent("Pinged").topicHash, ethers.zeroPadValue(signer.address, 32)] };
      const got = deferred(TX_TIMEOUT_MS, "the Pinged log over WebSocket");
      const listener = (log) => got.resolve(log);
      await ws.on(filter, listener);
      try {
        // Let the subscription settle: a newHeads event on the same socket after it was requested.
        const nextBlock = deferred(TX_TIMEOUT_MS, "a newHeads event over WebSocket");
        await ws.once("block", (n) => nextBlock.resolve(n));
        await nextBlock.promise;

        const tx = await contract.ping(payload, { ...fees.eip1559 });
        const receipt = await mined(provider, tx.hash);
        assert.equal(receipt.status, 1);
        await assertEffectiveGasPrice(provider, tx, receipt);

        assert.equal(receipt.logs.length, 1, "receipt logs");
        const parsed = contract.interface.parseLog(receipt.logs[0]);
        assert.equal(parsed.name, "Pinged");
        assert.equal(parsed.args.sender, signer.address);
        assert.equal(parsed.args.count, countBefore + 1n);
        assert.equal(parsed.args.payload, payload);

        const logs = await provider.getLogs({ ...filter, fromBlock: receipt.blockNumber, toBlock: receipt.blockNumber });
        assert.equal(logs.length, 1, "eth_getLogs");
        assert.equal(logs[0].transactionHash, tx.hash);
        assert.equal(logs[0].index, receipt.logs[0].index);

        const pushed = await got.promise;
        assert.equal(pushed.transactionHash, tx.hash, "subscription delivered another transaction's log");
        assert.equal(pushed.blockHash, receipt.blockHash);
        assert.equal(pushed.blockNumber, receipt.blockNumber);
        assert.equal(pushed.index, receipt.logs[0].index);
        assert.equal(pushed.data, receipt.logs[0].data);
        assert.deepEqual(pushed.topics, receipt.logs[0].topics);
      } finally {
        await ws.off(filter, listener);
      }

      // count is storage slot 0; lastPayload's length lives in slot 1 (long bytes: 2*len+1).
      const slot0 = await provider.getStorage(address, 0);
      assert.equal(BigInt(slot0), countBefore + 1n, "eth_getStorageAt slot 0");
      const slot1 = await provider.getStorage(address, 1);
      assert.equal(BigInt(slot1), BigInt(2 * ethers.dataLength(payload) + 1), "eth_getStorageAt slot 1");
      assert.equal(await contract.lastPayload(), payload);
    });

    test("revert with a reason string surfaces through eth_call, eth_estimateGas and the receipt", { timeout: TEST_TIMEOUT_MS }, async () => {
      assert.ok(contract, "Probe was not deployed");
      const address = await contract.getAddress();
      const reason = await contract.REASON();
      const wantData = contract.interface.encodeErrorResult("Error", [reason]);

      await assert.rejects(contract.failWithReason.staticCall(), (err) => {
        assert.equal(err.code, "CALL_EXCEPTION");
        assert.equal(err.reason, reason);
        assert.equal(err.revert?.name, "Error");
        assert.equal(err.data, wantData);
        return true;
      });

      const raw = await rpc("eth_call", [{ from: signer.address, to: address, data: contract.interface.encodeFunctionData("failWithReason") }, "latest"]);
      assert.ok(raw.error, "eth_call of a reverting function returned a result");
      assert.equal(raw.error.code, 3, "eth_call revert error code");
      assert.equal(raw.error.data, wantData, "eth_call revert data");
      assert.match(raw.error.message, /execution reverted/);

      await assert.rejects(contract.failWithReason.estimateGas({ ...fees.eip1559 }), (err) => {
        assert.equal(err.code, "CALL_EXCEPTION");
        assert.equal(err.reason, reason);
        return true;
      });

      // With an explicit gas limit the transaction is mined and fails.
      // failWithReason is pure, so plain invocation would be an eth_call: send explicitly.
      const tx = await contract.failWithReason.send({ ...fees.eip1559, gasLimit: 100_000n });
      const receipt = await mined(provider, tx.hash);
      assert.equal(receipt.status, 0, "reverting transaction has status 1");
      assert.ok(receipt.gasUsed > 21000n && receipt.gasUsed < 100_000n, `gasUsed ${receipt.gasUsed}`);
      await assert.rejects(tx.wait(), (err) => {
        assert.equal(err.code, "CALL_EXCEPTION");
        assert.equal(err.receipt?.status, 0);
        return true;
      });
    });

    test("revert with a custom error surfaces its data", { timeout: TEST_TIMEOUT_MS }, async () => {
      assert.ok(contract, "Probe was not deployed");
      const address = await contract.getAddress();
      const code = 42n;
      const wantData = contract.interface.encodeErrorResult("ProbeFailure", [signer.address, code]);

      await assert.rejects(contract.failWithCustom.staticCall(code), (err) => {
        assert.equal(err.code, "CALL_EXCEPTION");
        assert.equal(err.data, wantData);
        assert.equal(err.revert?.name, "ProbeFailure");
        assert.equal(err.revert.args[0], signer.address);
        assert.equal(err.revert.args[1], code);
        const decoded = contract.interface.parseError(err.data);
        assert.equal(decoded.name, "ProbeFailure");
        return true;
      });

      const raw = await rpc("eth_call", [
        { from: signer.address, to: address, data: contract.interface.encodeFunctionData("failWithCustom", [code]) },
        "latest",
      ]);
      assert.equal(raw.error?.code, 3, "eth_call revert error code");
      assert.equal(raw.error.data, wantData, "eth_call revert data");

      const est = await rpc("eth_estimateGas", [
        { from: signer.address, to: address, data: contract.interface.encodeFunctionData("failWithCustom", [code]) },
      ]);
      assert.equal(est.error?.code, 3, "eth_estimateGas revert error code");
      assert.equal(est.error.data, wantData, "eth_estimateGas revert data");
    });

    if (!actor.funded) {
      test("the zero-balance wallet still has zero balance and a nonce that counted every transaction", async () => {
        assert.equal(await provider.getBalance(signer.address), 0n);
        // deploy, EIP-1559 transfer, legacy transfer, ping, mined revert
        assert.equal(await provider.getTransactionCount(signer.address, "latest"), 5);
      });
    }
  });
}
