// End-to-end checks of what chain.test.mjs leaves out of ethers v6: a
// JsonRpcSigner for an account the node holds unlocked (provider.getSigner),
// so the node fills and signs transactions (eth_sendTransaction,
// eth_signTransaction), messages (eth_sign) and typed data
// (eth_signTypedData_v4); provider-level event filters; and fee data.
//
// Environment (set by e2e_test.go): RPC_URL, WS_URL, FEES ("free" or "market").
// Sends from dev accounts 3 and 4 only (see lib/env.mjs).

import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ethers } from "ethers";
import { CHAIN_ID, DEV_ACCOUNTS, DEV_SEED, devPath, deferred, nodeEnv, poll } from "../lib/env.mjs";
import { NOTE_TYPES, compileSignedNotes, highSTwin, noteDomain } from "../lib/notes.mjs";

const { rpcUrl, wsUrl, fees } = nodeEnv();
const TX_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 60_000;

/** The local wallet of dev account i, for comparing signatures the node made with the same key. */
const devRoot = ethers.HDNodeWallet.fromSeed(DEV_SEED);
function devWallet(i) {
  return devRoot.derivePath(devPath(i));
}

/** Waits for a receipt and fails unless the transaction succeeded. */
async function succeeded(provider, hash) {
  const receipt = await provider.waitForTransaction(hash, 1, TX_TIMEOUT_MS);
  assert.ok(receipt, `no receipt for ${hash} within ${TX_TIMEOUT_MS} ms`);
  assert.equal(receipt.status, 1, `transaction ${hash} reverted`);
  return receipt;
}

/** Checks the fees the node chose for a transaction it filled: EIP-1559, zero under free, enough under market. */
async function assertNodeFilledFees(provider, hash, receipt) {
  const tx = await provider.getTransaction(hash);
  assert.equal(tx.type, 2, "the node fills EIP-1559 fees");
  const block = await provider.getBlock(receipt.blockHash);
  if (fees === "free") {
    assert.equal(tx.maxFeePerGas, 0n, "free: maxFeePerGas");
    assert.equal(tx.maxPriorityFeePerGas, 0n, "free: maxPriorityFeePerGas");
    assert.equal(receipt.gasPrice, 0n, "free: effectiveGasPrice");
  } else {
    assert.ok(tx.maxFeePerGas >= block.baseFeePerGas && block.baseFeePerGas > 0n, `market: maxFeePerGas ${tx.maxFeePerGas}, base fee ${block.baseFeePerGas}`);
    const tip = tx.maxFeePerGas - block.baseFeePerGas < tx.maxPriorityFeePerGas ? tx.maxFeePerGas - block.baseFeePerGas : tx.maxPriorityFeePerGas;
    assert.equal(receipt.gasPrice, block.baseFeePerGas + tip, "market: effectiveGasPrice");
  }
  return tx;
}

let provider;
let ws;
let signer; // JsonRpcSigner of dev account 3 over HTTP
let other; // JsonRpcSigner of dev account 4 over HTTP
let notes;
let contract; // SignedNotes connected to signer

before(async () => {
  provider = new ethers.JsonRpcProvider(rpcUrl, undefined, { pollingInterval: 200, cacheTimeout: -1 });
  ws = new ethers.WebSocketProvider(wsUrl);
  signer = await provider.getSigner(DEV_ACCOUNTS.ethers.signer);
  other = await provider.getSigner(DEV_ACCOUNTS.ethers.other);
  notes = compileSignedNotes();
});

after(async () => {
  provider?.destroy();
  await ws?.destroy();
});

describe("ethers JsonRpcSigner of an unlocked dev account", () => {
  test("listAccounts and getSigner follow eth_accounts: the ten dev accounts in mnemonic order", async () => {
    const accounts = await provider.listAccounts();
    assert.equal(accounts.length, 10, "eth_accounts");
    accounts.forEach((account, i) => assert.equal(account.address, devWallet(i).address, `eth_accounts[${i}]`));
    assert.equal(signer.address, devWallet(DEV_ACCOUNTS.ethers.signer).address);
    assert.equal((await ws.getSigner(DEV_ACCOUNTS.ethers.signer)).address, signer.address, "getSigner over WebSocket");
    await assert.rejects(provider.getSigner(10), /no such account/, "getSigner(10)");
    await assert.rejects(provider.getSigner(ethers.Wallet.createRandom().address), /invalid account/, "getSigner of an address the node does not hold");
  });

  test("sendTransaction: the node fills nonce, gas and fees and signs", { timeout: TEST_TIMEOUT_MS }, async () => {
    const to = ethers.Wallet.createRandom().address;
    const value = ethers.parseUnits("3", "gwei");
    const nonce = await provider.getTransactionCount(signer.address, "pending");
    const balanceBefore = await provider.getBalance(signer.address);
    const sent = await signer.sendTransaction({ to, value });
    assert.equal(sent.from, signer.address);
    assert.equal(sent.nonce, nonce, "nonce the node chose");
    const receipt = await succeeded(provider, sent.hash);
    assert.equal(receipt.gasUsed, 21_000n);
    const tx = await assertNodeFilledFees(provider, sent.hash, receipt);
    assert.equal(tx.chainId, CHAIN_ID);
    assert.equal(await provider.getBalance(to), value);
    const balanceAfter = await provider.getBalance(signer.address, receipt.blockNumber);
    assert.equal(balanceBefore - balanceAfter, value + receipt.gasUsed * receipt.gasPrice, "sender paid value + gas");

    // The same through a JsonRpcSigner of the WebSocket provider.
    const wsSigner = await ws.getSigner(DEV_ACCOUNTS.ethers.signer);
    const overWs = await wsSigner.sendTransaction({ to, value: 1n });
    const wsReceipt = await overWs.wait(1, TX_TIMEOUT_MS);
    assert.equal(wsReceipt.status, 1);
    assert.equal(overWs.nonce, nonce + 1, "nonce of the second transaction");
    assert.equal(await provider.getBalance(to), value + 1n);
  });

  test("eth_signTransaction signs what the caller filled in, and the result is accepted", { timeout: TEST_TIMEOUT_MS }, async () => {
    const to = ethers.Wallet.createRandom().address;
    const nonce = await provider.getTransactionCount(signer.address, "pending");
    const fee = await provider.getFeeData();
    const maxPriorityFeePerGas = fee.maxPriorityFeePerGas ?? 0n;
    const maxFeePerGas = fee.maxFeePerGas ?? 0n;
    const request = {
      from: signer.address,
      to,
      value: ethers.toQuantity(5n),
      gas: ethers.toQuantity(21_000n),
      nonce: ethers.toQuantity(nonce),
      maxFeePerGas: ethers.toQuantity(maxFeePerGas),
      maxPriorityFeePerGas: ethers.toQuantity(maxPriorityFeePerGas),
    };
    // go-ethereum answers {raw, tx}; ethers' JsonRpcSigner.signTransaction passes that object through as is.
    const signed = await provider.send("eth_signTransaction", [request]);
    assert.ok(ethers.isHexString(signed.raw), `eth_signTransaction answered ${JSON.stringify(signed)}`);
    const tx = ethers.Transaction.from(signed.raw);
    assert.equal(tx.from, signer.address, "signer of the raw transaction");
    assert.equal(tx.chainId, CHAIN_ID);
    assert.equal(tx.nonce, nonce);
    assert.equal(tx.maxFeePerGas, maxFeePerGas);
    assert.equal(tx.hash, signed.tx.hash, "hash of the raw and of the JSON form");
    assert.equal(await provider.getTransactionCount(signer.address, "pending"), nonce, "signing alone used the nonce");
    const sent = await provider.broadcastTransaction(signed.raw);
    await succeeded(provider, sent.hash);
    assert.equal(await provider.getBalance(to), 5n);

    const missingGas = { ...request, gas: undefined };
    await assert.rejects(provider.send("eth_signTransaction", [missingGas]), /gas not specified/, "eth_signTransaction without gas");
  });

  test("eth_sign by the node is the EIP-191 signature of the same key", async () => {
    const message = `xiangchain ethers ${Date.now()}`;
    const signature = await signer._legacySignMessage(message);
    assert.match(signature, /^0x[0-9a-f]{128}(1b|1c)$/, "65 bytes with v = 27 or 28");
    assert.equal(ethers.verifyMessage(message, signature), signer.address, "verifyMessage");
    assert.equal(signature, await devWallet(DEV_ACCOUNTS.ethers.signer).signMessage(message), "node and local signatures differ (RFC 6979)");
    await assert.rejects(
      provider.send("eth_sign", [ethers.Wallet.createRandom().address, ethers.hexlify(ethers.toUtf8Bytes(message))]),
      /unknown account/,
      "eth_sign for an account the node does not hold",
    );
  });

  // ethers' JsonRpcSigner.signMessage calls personal_sign, which go-ethereum removed with
  // its personal namespace; a node with unlocked dev keys serves it, as Hardhat and Anvil do.
  test("signMessage (personal_sign) by the node verifies as the account", async () => {
    const message = `xiangchain ethers ${Date.now()}`;
    const signature = await signer.signMessage(message);
    assert.equal(ethers.verifyMessage(message, signature), signer.address);
  });

  test("deploys SignedNotes through a ContractFactory on the JsonRpcSigner", { timeout: TEST_TIMEOUT_MS }, async () => {
    const factory = new ethers.ContractFactory(notes.abi, notes.bytecode, signer);
    const deployed = await factory.deploy();
    const receipt = await deployed.deploymentTransaction().wait(1, TX_TIMEOUT_MS);
    assert.equal(receipt.status, 1);
    assert.equal(receipt.contractAddress, await deployed.getAddress());
    await assertNodeFilledFees(provider, receipt.hash, receipt);
    assert.equal(await provider.getCode(receipt.contractAddress), notes.deployedBytecode, "eth_getCode");
    contract = deployed;
  });

  test("signTypedData (eth_signTypedData_v4) verifies with ethers.verifyTypedData and on chain", { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.ok(contract, "SignedNotes was not deployed");
    const address = await contract.getAddress();
    const domain = noteDomain(CHAIN_ID, address);
    const nonce = await contract.nonces(signer.address);
    const note = { author: signer.address, text: "ethers asked the node to sign this", nonce };

    const signature = await signer.signTypedData(domain, NOTE_TYPES, note);
    assert.match(signature, /^0x[0-9a-f]{128}(1b|1c)$/, "65 bytes with v = 27 or 28");
    assert.equal(ethers.verifyTypedData(domain, NOTE_TYPES, note, signature), signer.address, "verifyTypedData");
    assert.equal(signature, await devWallet(DEV_ACCOUNTS.ethers.signer).signTypedData(domain, NOTE_TYPES, note), "node and local signatures differ");
    const wsSigner = await ws.getSigner(DEV_ACCOUNTS.ethers.signer);
    assert.equal(await wsSigner.signTypedData(domain, NOTE_TYPES, note), signature, "eth_signTypedData_v4 over WebSocket");

    const digest = ethers.TypedDataEncoder.hash(domain, NOTE_TYPES, note);
    assert.equal(await contract.noteDigest(note.author, note.text, note.nonce), digest, "EIP-712 digest on chain");
    assert.equal(await contract.recover(digest, signature), signer.address, "ecrecover on chain");
    await assert.rejects(contract.recover(digest, highSTwin(signature)), (err) => {
      assert.equal(err.revert?.name, "BadSignature", `high-s twin: ${err.shortMessage}`);
      return true;
    });

    // Dev account 4 relays what dev account 3 signed; both transactions are signed by the node.
    const relayed = await contract.connect(other).post(note.author, note.text, signature);
    const receipt = await relayed.wait(1, TX_TIMEOUT_MS);
    assert.equal(receipt.status, 1);
    const posted = receipt.logs.map((log) => contract.interface.parseLog(log)).find((log) => log?.name === "NotePosted");
    assert.ok(posted, "no NotePosted in the receipt");
    assert.equal(posted.args.author, signer.address);
    assert.equal(posted.args.relayer, other.address);
    assert.equal(posted.args.nonce, nonce);
    assert.equal(posted.args.text, note.text);
    assert.equal(await contract.nonces(signer.address), nonce + 1n);

    // A note signed by someone else than its author is refused.
    const forged = await other.signTypedData(domain, NOTE_TYPES, { ...note, nonce: nonce + 1n });
    await assert.rejects(contract.post.staticCall(note.author, note.text, forged), (err) => {
      assert.equal(err.revert?.name, "WrongSigner", `forged: ${err.shortMessage}`);
      assert.deepEqual([...err.revert.args], [other.address, signer.address]);
      return true;
    });
  });

  test("contract events through provider.on (eth_newFilter polling and eth_subscribe) and raw filters", { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.ok(contract, "SignedNotes was not deployed");
    const address = await contract.getAddress();
    const topic = contract.interface.getEvent("ValueChanged").topicHash;
    const filter = { address, topics: [topic, ethers.zeroPadValue(signer.address, 32)] };
    const newValue = 4242n;

    const httpLog = deferred(TX_TIMEOUT_MS, "ValueChanged through provider.on over HTTP");
    const wsLog = deferred(TX_TIMEOUT_MS, "ValueChanged through provider.on over WebSocket");
    const contractEvent = deferred(TX_TIMEOUT_MS, "ValueChanged through contract.on");
    const onHttp = (log) => httpLog.resolve(log);
    const onWs = (log) => wsLog.resolve(log);
    const onContract = (by, previous, current, payload) => current === newValue && contractEvent.resolve(payload.log);
    const pendingSeen = new Set();
    const onPending = (hash) => pendingSeen.add(hash);

    const rawLogFilter = await provider.send("eth_newFilter", [{ ...filter, fromBlock: "latest" }]);
    const rawBlockFilter = await provider.send("eth_newBlockFilter", []);
    await provider.on(filter, onHttp);
    await ws.on(filter, onWs);
    await contract.on("ValueChanged", onContract);
    await provider.on("pending", onPending);
    try {
      // Let the listeners install: ethers starts them asynchronously; a new block after that is a safe point.
      const seen = await ws.getBlockNumber();
      await poll("a block after the listeners started", async () => ((await provider.getBlockNumber()) > seen ? true : undefined), TX_TIMEOUT_MS);

      const sent = await contract.setValue(newValue);
      const receipt = await sent.wait(1, TX_TIMEOUT_MS);
      assert.equal(receipt.status, 1);
      const want = receipt.logs[0];

      for (const [name, got] of [["HTTP provider.on", httpLog], ["WebSocket provider.on", wsLog], ["contract.on", contractEvent]]) {
        const log = await got.promise;
        assert.equal(log.transactionHash, sent.hash, `${name}: transaction`);
        assert.equal(log.blockHash, receipt.blockHash, `${name}: block`);
        assert.equal(log.index, want.index, `${name}: log index`);
        assert.deepEqual([...log.topics], [...want.topics], `${name}: topics`);
      }
      const parsed = contract.interface.parseLog(await wsLog.promise);
      assert.equal(parsed.args.current, newValue);

      const changes = await provider.send("eth_getFilterChanges", [rawLogFilter]);
      assert.deepEqual(changes.map((l) => l.transactionHash), [sent.hash], "eth_getFilterChanges of the log filter");
      assert.deepEqual((await provider.send("eth_getFilterLogs", [rawLogFilter])).map((l) => l.transactionHash), [sent.hash], "eth_getFilterLogs");
      assert.deepEqual(await provider.send("eth_getFilterChanges", [rawLogFilter]), [], "changes are reported once");
      const blocks = await poll("the receipt's block in the block filter", async () => {
        const got = await provider.send("eth_getFilterChanges", [rawBlockFilter]);
        return got.includes(receipt.blockHash) ? got : undefined;
      }, TX_TIMEOUT_MS);
      assert.ok(blocks.length >= 1);
      await poll("the transaction through provider.on('pending')", async () => (pendingSeen.has(sent.hash) ? true : undefined), TX_TIMEOUT_MS);
    } finally {
      await provider.off(filter, onHttp);
      await ws.off(filter, onWs);
      await contract.off("ValueChanged", onContract);
      await provider.off("pending", onPending);
    }
    assert.equal(await provider.send("eth_uninstallFilter", [rawLogFilter]), true);
    assert.equal(await provider.send("eth_uninstallFilter", [rawBlockFilter]), true);
    assert.equal(await provider.send("eth_uninstallFilter", [rawLogFilter]), false, "uninstalling twice");
    await assert.rejects(provider.send("eth_getFilterChanges", [rawLogFilter]), /filter not found/);
  });

  test(`getFeeData and estimateGas under the ${fees} profile`, async () => {
    const data = await provider.getFeeData();
    const latest = await provider.getBlock("latest");
    const gas = await provider.estimateGas({ from: signer.address, to: other.address, value: 1n });
    assert.equal(gas, 21_000n, "transfer gas");
    if (fees === "free") {
      assert.equal(data.gasPrice, 0n, "gasPrice");
      // ethers reads a zero base fee as "no EIP-1559" and leaves the EIP-1559 fields null.
      assert.equal(data.maxFeePerGas ?? 0n, 0n, "maxFeePerGas");
      assert.equal(data.maxPriorityFeePerGas ?? 0n, 0n, "maxPriorityFeePerGas");
      assert.equal(latest.baseFeePerGas, 0n);
    } else {
      assert.ok(data.gasPrice > 0n, `gasPrice ${data.gasPrice}`);
      assert.ok(data.maxPriorityFeePerGas !== null && data.maxPriorityFeePerGas >= 0n, `maxPriorityFeePerGas ${data.maxPriorityFeePerGas}`);
      // ethers: maxFeePerGas = 2 × base fee + tip, from the eth_maxPriorityFeePerGas the node suggests.
      assert.ok(data.maxFeePerGas > data.maxPriorityFeePerGas, `maxFeePerGas ${data.maxFeePerGas}`);
      // The base fee moves at most 12.5% a block, so twice an earlier one still covers the latest.
      assert.ok(latest.baseFeePerGas > 0n && data.maxFeePerGas >= latest.baseFeePerGas, `maxFeePerGas ${data.maxFeePerGas}, base fee ${latest.baseFeePerGas}`);
    }
  });
});
