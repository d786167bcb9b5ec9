// End-to-end checks of a running xiang dev node through viem, the way a dapp
// uses it: public clients over HTTP and WebSocket, a wallet client whose
// account is one the node holds unlocked (the node signs: eth_sendTransaction,
// eth_signTypedData_v4, eth_sign) and one with a local mnemonic account
// (viem signs and estimates fees itself).
//
// Environment (set by e2e_test.go): RPC_URL, WS_URL, FEES ("free" or "market").
// Sends from dev accounts 1 and 2 only (see lib/env.mjs).

import { describe, test, after } from "node:test";
import assert from "node:assert/strict";
import {
  ContractFunctionRevertedError,
  createPublicClient,
  createWalletClient,
  defineChain,
  getAddress,
  hashTypedData,
  http,
  isAddressEqual,
  keccak256,
  parseEventLogs,
  parseGwei,
  recoverTypedDataAddress,
  toHex,
  verifyMessage,
  verifyTypedData,
  webSocket,
} from "viem";
import { HDKey, hdKeyToAccount, privateKeyToAccount, generatePrivateKey } from "viem/accounts";
import { CHAIN_ID, DEV_ACCOUNTS, DEV_SEED, deferred, nodeEnv, poll } from "../lib/env.mjs";
import { NOTE_TYPES, compileSignedNotes, highSTwin, noteDomain } from "../lib/notes.mjs";

const { rpcUrl, wsUrl, fees } = nodeEnv();
const TX_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 60_000;

const chain = defineChain({
  id: Number(CHAIN_ID),
  name: "Xiangchain dev",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [rpcUrl], webSocket: [wsUrl] } },
});

/** The local account of dev account i (m/44'/60'/0'/0/i of the dev mnemonic). */
const devRoot = HDKey.fromMasterSeed(DEV_SEED);
function devAccount(i) {
  return hdKeyToAccount(devRoot, { addressIndex: i });
}

// The node signs for signerAddress (dev account 1); localAccount (dev account 2) signs in viem.
const signerAddress = devAccount(DEV_ACCOUNTS.viem.signer).address;
const localAccount = devAccount(DEV_ACCOUNTS.viem.local);

// cacheTime 0: every read reaches the node; 200 ms polling instead of viem's 4 s default.
const httpClient = createPublicClient({ chain, transport: http(rpcUrl), pollingInterval: 200, cacheTime: 0 });
const wsClient = createPublicClient({ chain, transport: webSocket(wsUrl), pollingInterval: 200, cacheTime: 0 });
const wallet = createWalletClient({ chain, transport: http(rpcUrl), account: signerAddress, pollingInterval: 200 });
const wsWallet = createWalletClient({ chain, transport: webSocket(wsUrl), account: signerAddress, pollingInterval: 200 });
const localWallet = createWalletClient({ chain, transport: http(rpcUrl), account: localAccount, pollingInterval: 200 });

const notes = compileSignedNotes();

/** The revert a viem contract error carries: {errorName, args}, or undefined if it did not revert. */
function revertOf(err) {
  const reverted = err?.walk?.((e) => e instanceof ContractFunctionRevertedError);
  return reverted?.data;
}

/** Waits for a receipt over the given client and fails unless the transaction succeeded. */
async function succeeded(client, hash) {
  const receipt = await client.waitForTransactionReceipt({ hash, timeout: TX_TIMEOUT_MS, pollingInterval: 200 });
  assert.equal(receipt.status, "success", `transaction ${hash} reverted`);
  return receipt;
}

/**
 * Checks the fees of a mined transaction: EIP-1559, effectiveGasPrice =
 * min(maxFeePerGas, baseFee + maxPriorityFeePerGas), and nothing at all under free.
 */
async function assertFees(hash, receipt) {
  const tx = await httpClient.getTransaction({ hash });
  assert.equal(tx.type, "eip1559", "transaction type");
  const block = await httpClient.getBlock({ blockHash: receipt.blockHash });
  const tip = tx.maxFeePerGas - block.baseFeePerGas < tx.maxPriorityFeePerGas ? tx.maxFeePerGas - block.baseFeePerGas : tx.maxPriorityFeePerGas;
  assert.equal(receipt.effectiveGasPrice, block.baseFeePerGas + tip, `effectiveGasPrice (base fee ${block.baseFeePerGas})`);
  if (fees === "free") {
    assert.equal(tx.maxFeePerGas, 0n, "free: maxFeePerGas");
    assert.equal(tx.maxPriorityFeePerGas, 0n, "free: maxPriorityFeePerGas");
  } else {
    assert.ok(block.baseFeePerGas > 0n, "market: base fee of the block");
    assert.ok(tx.maxFeePerGas >= block.baseFeePerGas, `market: maxFeePerGas ${tx.maxFeePerGas} below the base fee`);
  }
  return tx;
}

let notesAddress;

after(async () => {
  // The WebSocket clients share one socket per URL; closing it lets the test process exit.
  const socket = await wsClient.transport.getRpcClient();
  socket.close();
});

describe("viem clients", () => {
  test("eth_accounts lists the ten unlocked dev accounts in mnemonic order, over both transports", async () => {
    for (const client of [wallet, wsWallet]) {
      const addresses = await client.getAddresses();
      assert.equal(addresses.length, 10, `${client.transport.type}: eth_accounts`);
      addresses.forEach((address, i) => {
        const want = devAccount(i).address;
        assert.equal(getAddress(address), want, `${client.transport.type}: eth_accounts[${i}]`);
      });
      assert.equal(await client.getChainId(), Number(CHAIN_ID));
    }
    assert.equal(await wsClient.getChainId(), Number(CHAIN_ID));
  });

  test("walletClient.deployContract (the node signs) and waitForTransactionReceipt over WebSocket", { timeout: TEST_TIMEOUT_MS }, async () => {
    const hash = await wallet.deployContract({ abi: notes.abi, bytecode: notes.bytecode });
    const receipt = await succeeded(wsClient, hash);
    assert.ok(receipt.contractAddress, "no contractAddress in the receipt");
    assert.ok(isAddressEqual(receipt.from, signerAddress), "deployed from another account");
    await assertFees(hash, receipt);
    notesAddress = receipt.contractAddress;
    assert.equal(await httpClient.getCode({ address: notesAddress }), notes.deployedBytecode, "eth_getCode");
    assert.equal(await wsClient.getCode({ address: notesAddress, blockNumber: receipt.blockNumber - 1n }), undefined, "code before deployment");
  });

  test("readContract, simulateContract and writeContract over HTTP and WebSocket", { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.ok(notesAddress, "SignedNotes was not deployed");
    const contract = { address: notesAddress, abi: notes.abi };
    const start = await httpClient.readContract({ ...contract, functionName: "value" });

    // HTTP: simulate, then send what the simulation prepared.
    const { request, result } = await httpClient.simulateContract({ ...contract, account: signerAddress, functionName: "setValue", args: [start + 42n] });
    assert.equal(result, undefined, "setValue returns nothing");
    const first = await succeeded(httpClient, await wallet.writeContract(request));
    await assertFees(first.transactionHash, first);
    const [changed] = parseEventLogs({ abi: notes.abi, logs: first.logs, eventName: "ValueChanged" });
    assert.ok(changed, "no ValueChanged in the receipt");
    assert.ok(isAddressEqual(changed.args.by, signerAddress));
    assert.equal(changed.args.previous, start);
    assert.equal(changed.args.current, start + 42n);

    // WebSocket: write and read back on the other transport.
    const second = await succeeded(wsClient, await wsWallet.writeContract({ ...contract, functionName: "setValue", args: [start + 43n] }));
    await assertFees(second.transactionHash, second);
    assert.equal(await wsClient.readContract({ ...contract, functionName: "value" }), start + 43n, "value over WebSocket");
    assert.equal(await httpClient.readContract({ ...contract, functionName: "value", blockNumber: first.blockNumber }), start + 42n, "value at the first block");
  });

  test("a local mnemonic account signs with the fees and gas viem estimates", { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.ok(notesAddress, "SignedNotes was not deployed");
    const hash = await localWallet.writeContract({ address: notesAddress, abi: notes.abi, functionName: "setValue", args: [7n] });
    const receipt = await succeeded(httpClient, hash);
    assert.ok(isAddressEqual(receipt.from, localAccount.address));
    await assertFees(hash, receipt);
    const [changed] = parseEventLogs({ abi: notes.abi, logs: receipt.logs, eventName: "ValueChanged" });
    assert.ok(isAddressEqual(changed.args.by, localAccount.address));
    assert.equal(changed.args.current, 7n);

    if (fees === "free") {
      // A brand-new account with no balance sends at price 0 through the same path.
      const fresh = createWalletClient({ chain, transport: http(rpcUrl), account: privateKeyToAccount(generatePrivateKey()), pollingInterval: 200 });
      const freshHash = await fresh.writeContract({ address: notesAddress, abi: notes.abi, functionName: "setValue", args: [8n] });
      await assertFees(freshHash, await succeeded(httpClient, freshHash));
      assert.equal(await httpClient.getBalance({ address: fresh.account.address }), 0n);
    }
  });

  test(`estimateGas, estimateFeesPerGas and fee history follow the ${fees} profile`, async () => {
    assert.ok(notesAddress, "SignedNotes was not deployed");
    const transferGas = await httpClient.estimateGas({ account: signerAddress, to: localAccount.address, value: 1n });
    assert.equal(transferGas, 21_000n, "plain transfer");
    const callGas = await wsClient.estimateContractGas({ address: notesAddress, abi: notes.abi, functionName: "setValue", args: [99n], account: signerAddress });
    assert.ok(callGas > 21_000n && callGas < 100_000n, `setValue gas ${callGas}`);

    const block = await httpClient.getBlock();
    const eip1559 = await httpClient.estimateFeesPerGas();
    const legacy = await httpClient.estimateFeesPerGas({ type: "legacy" });
    const priority = await httpClient.estimateMaxPriorityFeePerGas();
    const gasPrice = await httpClient.getGasPrice();
    const history = await httpClient.getFeeHistory({ blockCount: 4, rewardPercentiles: [50] });
    assert.ok(history.baseFeePerGas.length >= 2, "fee history has no base fees");
    if (fees === "free") {
      assert.equal(block.baseFeePerGas, 0n, "base fee");
      assert.equal(eip1559.maxFeePerGas, 0n, "estimateFeesPerGas().maxFeePerGas");
      assert.equal(eip1559.maxPriorityFeePerGas, 0n, "estimateFeesPerGas().maxPriorityFeePerGas");
      assert.equal(legacy.gasPrice, 0n, "estimateFeesPerGas({type: legacy}).gasPrice");
      assert.equal(priority, 0n, "estimateMaxPriorityFeePerGas");
      assert.equal(gasPrice, 0n, "getGasPrice");
      history.baseFeePerGas.forEach((fee, i) => assert.equal(fee, 0n, `feeHistory baseFeePerGas[${i}]`));
    } else {
      assert.ok(block.baseFeePerGas > 0n, "base fee");
      // viem: maxFeePerGas = 1.2 × base fee + tip, which covers the base fee.
      assert.ok(eip1559.maxFeePerGas >= block.baseFeePerGas + eip1559.maxPriorityFeePerGas, `maxFeePerGas ${eip1559.maxFeePerGas}`);
      assert.ok(legacy.gasPrice >= gasPrice && gasPrice > 0n, `legacy gasPrice ${legacy.gasPrice}, eth_gasPrice ${gasPrice}`);
      assert.ok(priority >= 0n && priority < parseGwei("1000"), `priority fee ${priority}`);
      history.baseFeePerGas.forEach((fee, i) => assert.ok(fee > 0n, `feeHistory baseFeePerGas[${i}] = ${fee}`));
    }
  });

  test("events reach getLogs, getContractEvents, event and block filters, and watchContractEvent over both transports", { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.ok(notesAddress, "SignedNotes was not deployed");
    const contract = { address: notesAddress, abi: notes.abi };
    const eventFilter = await httpClient.createContractEventFilter({ ...contract, eventName: "ValueChanged", args: { by: signerAddress } });
    const blockFilter = await httpClient.createBlockFilter();
    const pendingFilter = await httpClient.createPendingTransactionFilter();

    const overWs = deferred(TX_TIMEOUT_MS, "ValueChanged through watchContractEvent over WebSocket");
    const overHttp = deferred(TX_TIMEOUT_MS, "ValueChanged through watchContractEvent polling over HTTP");
    const errors = [];
    const match = (d) => (logs) => logs.forEach((log) => isAddressEqual(log.args.by, signerAddress) && log.args.current === 1234n && d.resolve(log));
    const unwatchWs = wsClient.watchContractEvent({ ...contract, eventName: "ValueChanged", onLogs: match(overWs), onError: (e) => errors.push(e) });
    const unwatchHttp = httpClient.watchContractEvent({ ...contract, eventName: "ValueChanged", poll: true, pollingInterval: 200, onLogs: match(overHttp), onError: (e) => errors.push(e) });
    try {
      // Let both watchers install: a new block seen over the same socket after they were started.
      const seen = await wsClient.getBlockNumber();
      await poll("a block after the watchers started", async () => ((await wsClient.getBlockNumber()) > seen ? true : undefined), TX_TIMEOUT_MS);

      const hash = await wallet.writeContract({ ...contract, functionName: "setValue", args: [1234n] });
      const receipt = await succeeded(httpClient, hash);
      const want = { transactionHash: hash, blockHash: receipt.blockHash, logIndex: receipt.logs[0].logIndex };

      const fromWs = await overWs.promise;
      const fromHttp = await overHttp.promise;
      for (const [name, log] of [["WebSocket", fromWs], ["HTTP", fromHttp]]) {
        assert.equal(log.transactionHash, want.transactionHash, `${name} watcher: transaction`);
        assert.equal(log.blockHash, want.blockHash, `${name} watcher: block`);
        assert.equal(log.logIndex, want.logIndex, `${name} watcher: log index`);
        assert.equal(log.eventName, "ValueChanged");
      }

      const changes = await httpClient.getFilterChanges({ filter: eventFilter });
      const ours = changes.filter((log) => log.transactionHash === hash);
      assert.equal(ours.length, 1, "eth_getFilterChanges of the event filter");
      assert.equal(ours[0].args.current, 1234n, "decoded args of the filter change");
      const filterLogs = await httpClient.getFilterLogs({ filter: eventFilter });
      assert.ok(filterLogs.some((log) => log.transactionHash === hash), "eth_getFilterLogs");

      const blocks = await poll("the receipt's block in the block filter", async () => {
        const got = await httpClient.getFilterChanges({ filter: blockFilter });
        return got.includes(receipt.blockHash) ? got : undefined;
      }, TX_TIMEOUT_MS);
      assert.ok(blocks.length >= 1);
      const pending = await httpClient.getFilterChanges({ filter: pendingFilter });
      assert.ok(pending.includes(hash), "eth_newPendingTransactionFilter did not report the transaction");

      const logs = await wsClient.getLogs({
        address: notesAddress,
        event: notes.abi.find((item) => item.type === "event" && item.name === "ValueChanged"),
        args: { by: signerAddress },
        fromBlock: receipt.blockNumber,
        toBlock: receipt.blockNumber,
      });
      assert.equal(logs.length, 1, "eth_getLogs");
      assert.equal(logs[0].transactionHash, hash);
      const events = await httpClient.getContractEvents({ ...contract, eventName: "ValueChanged", fromBlock: receipt.blockNumber, toBlock: receipt.blockNumber });
      assert.deepEqual(events.map((e) => e.args.current), [1234n], "getContractEvents");
    } finally {
      unwatchWs();
      unwatchHttp();
    }
    assert.deepEqual(errors, [], "watcher errors");

    for (const filter of [eventFilter, blockFilter, pendingFilter]) {
      assert.equal(await httpClient.uninstallFilter({ filter }), true, `uninstall ${filter.type} filter`);
    }
    await assert.rejects(httpClient.getFilterChanges({ filter: eventFilter }), /filter not found/, "an uninstalled filter still answers");
  });

  test("typed data signed by the node verifies in viem and on chain with ecrecover", { timeout: TEST_TIMEOUT_MS }, async () => {
    assert.ok(notesAddress, "SignedNotes was not deployed");
    const contract = { address: notesAddress, abi: notes.abi };
    const nonce = await httpClient.readContract({ ...contract, functionName: "nonces", args: [signerAddress] });
    const typed = {
      domain: noteDomain(CHAIN_ID, notesAddress),
      types: NOTE_TYPES,
      primaryType: "Note",
      message: { author: signerAddress, text: "signed by the node, checked by the EVM", nonce },
    };

    const signature = await wallet.signTypedData(typed);
    assert.match(signature, /^0x[0-9a-f]{128}(1b|1c)$/, "65 bytes with v = 27 or 28");
    const signer1 = devAccount(DEV_ACCOUNTS.viem.signer);
    assert.equal(signature, await signer1.signTypedData(typed), "node signature differs from the same key's local signature (RFC 6979)");
    assert.equal(await wsWallet.signTypedData(typed), signature, "eth_signTypedData_v4 over WebSocket");

    assert.equal(await verifyTypedData({ ...typed, address: signerAddress, signature }), true, "verifyTypedData");
    assert.equal(await verifyTypedData({ ...typed, address: localAccount.address, signature }), false, "verifyTypedData with another address");
    assert.equal(await recoverTypedDataAddress({ ...typed, signature }), signerAddress);
    assert.equal(await httpClient.verifyTypedData({ ...typed, address: signerAddress, signature }), true, "publicClient.verifyTypedData");

    // Domain-only data (primaryType EIP712Domain): viem, MetaMask and Hardhat sign 0x1901 ‖ domainSeparator
    // alone, and so does the node.
    const domainOnly = { domain: typed.domain, types: {}, primaryType: "EIP712Domain", message: {} };
    const domainSig = await wallet.signTypedData(domainOnly);
    assert.equal(domainSig, await signer1.signTypedData(domainOnly), "domain-only: node and local signatures differ");
    assert.equal(await verifyTypedData({ ...domainOnly, address: signerAddress, signature: domainSig }), true, "domain-only verifyTypedData");

    const digest = hashTypedData(typed);
    assert.equal(await httpClient.readContract({ ...contract, functionName: "noteDigest", args: [signerAddress, typed.message.text, nonce] }), digest, "EIP-712 digest on chain");
    assert.equal(await httpClient.readContract({ ...contract, functionName: "recover", args: [digest, signature] }), signerAddress, "ecrecover on chain");
    await assert.rejects(httpClient.readContract({ ...contract, functionName: "recover", args: [digest, highSTwin(signature)] }), (err) => {
      assert.equal(revertOf(err)?.errorName, "BadSignature", `high-s twin: ${err.shortMessage}`);
      return true;
    });

    // Dev account 2 relays the note dev account 1 signed.
    const hash = await localWallet.writeContract({ ...contract, functionName: "post", args: [signerAddress, typed.message.text, signature] });
    const receipt = await succeeded(wsClient, hash);
    const [posted] = parseEventLogs({ abi: notes.abi, logs: receipt.logs, eventName: "NotePosted" });
    assert.ok(posted, "no NotePosted in the receipt");
    assert.ok(isAddressEqual(posted.args.author, signerAddress));
    assert.ok(isAddressEqual(posted.args.relayer, localAccount.address));
    assert.equal(posted.args.nonce, nonce);
    assert.equal(posted.args.text, typed.message.text);
    assert.equal(await httpClient.readContract({ ...contract, functionName: "nonces", args: [signerAddress] }), nonce + 1n);

    // Replaying it: the nonce moved on, so the signature now recovers someone else.
    await assert.rejects(
      httpClient.simulateContract({ ...contract, account: localAccount, functionName: "post", args: [signerAddress, typed.message.text, signature] }),
      (err) => {
        const revert = revertOf(err);
        assert.equal(revert?.errorName, "WrongSigner", `replay: ${err.shortMessage}`);
        assert.ok(isAddressEqual(revert.args[1], signerAddress));
        assert.ok(!isAddressEqual(revert.args[0], signerAddress));
        return true;
      },
    );
  });

  test("eth_sign by the node is an EIP-191 personal-message signature of the account", async () => {
    const message = `xiangchain viem ${Date.now()}`;
    const signature = await wallet.request({ method: "eth_sign", params: [signerAddress, toHex(message)] });
    assert.match(signature, /^0x[0-9a-f]{128}(1b|1c)$/, "65 bytes with v = 27 or 28");
    assert.equal(await verifyMessage({ address: signerAddress, message, signature }), true, "verifyMessage");
    const signer1 = devAccount(DEV_ACCOUNTS.viem.signer);
    assert.equal(signature, await signer1.signMessage({ message }), "node signature differs from the same key's local one");
  });

  // viem's walletClient.signMessage calls personal_sign, which go-ethereum removed with
  // its personal namespace; a node with unlocked dev keys serves it, as Hardhat and Anvil do.
  test("walletClient.signMessage (personal_sign) by the node verifies as the account", async () => {
    const message = `xiangchain viem ${Date.now()}`;
    const signature = await wallet.signMessage({ message });
    assert.equal(await verifyMessage({ address: signerAddress, message, signature }), true, "verifyMessage");
    const raw = { raw: toHex("raw bytes") };
    const rawSignature = await wallet.signMessage({ message: raw });
    assert.equal(await verifyMessage({ address: signerAddress, message: raw, signature: rawSignature }), true, "raw message");
  });

  test("sendTransaction of value by the node over WebSocket", { timeout: TEST_TIMEOUT_MS }, async () => {
    const to = privateKeyToAccount(generatePrivateKey()).address;
    const balanceBefore = await wsClient.getBalance({ address: signerAddress });
    const hash = await wsWallet.sendTransaction({ to, value: 12345n });
    const receipt = await succeeded(wsClient, hash);
    assert.equal(receipt.gasUsed, 21_000n);
    await assertFees(hash, receipt);
    assert.equal(await httpClient.getBalance({ address: to }), 12345n);
    // Other tests of this file send from the same account only sequentially, so the balance moved by exactly this.
    const balanceAfter = await httpClient.getBalance({ address: signerAddress, blockNumber: receipt.blockNumber });
    assert.equal(balanceBefore - balanceAfter, 12345n + receipt.gasUsed * receipt.effectiveGasPrice, "sender paid value + gas");
  });

  test("eth_getProof of the contract's storage hashes up to the block's state root", async () => {
    assert.ok(notesAddress, "SignedNotes was not deployed");
    const blockNumber = await httpClient.getBlockNumber();
    const block = await httpClient.getBlock({ blockNumber });
    const value = await httpClient.readContract({ address: notesAddress, abi: notes.abi, functionName: "value", blockNumber });
    assert.ok(value !== 0n, "slot 0 is empty: nothing to prove");
    const proof = await httpClient.getProof({ address: notesAddress, storageKeys: [toHex(0n, { size: 32 })], blockNumber });
    assert.equal(keccak256(proof.accountProof[0]), block.stateRoot, "account proof root");
    assert.equal(proof.storageProof.length, 1);
    assert.equal(proof.storageProof[0].value, value, "proved value of slot 0");
    assert.equal(keccak256(proof.storageProof[0].proof[0]), proof.storageHash, "storage proof root");
    const code = await httpClient.getCode({ address: notesAddress, blockNumber });
    assert.equal(proof.codeHash, keccak256(code), "codeHash");
  });
});
