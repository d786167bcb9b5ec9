// The environment of a suite that runs against a live node, the dev accounts
// each suite may use, and small async helpers. Kept outside test/ so node
// --test does not run it.

import { pbkdf2Sync } from "node:crypto";

/**
 * Reads RPC_URL, WS_URL and FEES (set by e2e_test.go) and throws if one is
 * missing or FEES is neither "free" nor "market".
 *
 * @returns {{rpcUrl: string, wsUrl: string, fees: "free" | "market"}}
 */
export function nodeEnv() {
  const { RPC_URL: rpcUrl, WS_URL: wsUrl, FEES: fees } = process.env;
  if (!rpcUrl || !wsUrl) {
    throw new Error("RPC_URL and WS_URL must point at a running xiang dev node (go test ./e2e/ sets them)");
  }
  if (fees !== "free" && fees !== "market") {
    throw new Error(`FEES must be "free" or "market", got ${JSON.stringify(fees)}`);
  }
  return { rpcUrl, wsUrl, fees };
}

/** Chain id of every `xiang dev` chain. */
export const CHAIN_ID = 1337n;

/** The mnemonic `xiang dev` derives its ten prefunded, unlocked accounts from (m/44'/60'/0'/0/i). */
export const DEV_MNEMONIC = "test test test test test test test test test test test junk";

/**
 * The BIP-39 seed of DEV_MNEMONIC (no passphrase). Computed once with Node's
 * native PBKDF2: viem's and ethers' JavaScript ones take about 0.4 s per
 * account derived from the phrase.
 */
export const DEV_SEED = new Uint8Array(pbkdf2Sync(DEV_MNEMONIC.normalize("NFKD"), "mnemonic", 2048, 64, "sha512"));

/** The BIP-44 path of dev account i. */
export function devPath(i) {
  return `m/44'/60'/0'/0/${i}`;
}

/**
 * Dev accounts by suite. node --test may run the files of test/ at the same
 * time against one node, so each suite sends from its own accounts and their
 * nonces never race. chain.test.mjs uses account 0.
 */
export const DEV_ACCOUNTS = Object.freeze({
  viem: Object.freeze({ signer: 1, local: 2 }),
  ethers: Object.freeze({ signer: 3, other: 4 }),
});

/**
 * Polls check every intervalMs until it returns a value other than undefined,
 * and returns that value; throws after timeoutMs naming what it waited for.
 *
 * @template T
 * @param {string} what
 * @param {() => Promise<T | undefined>} check
 * @param {number} timeoutMs
 * @param {number} [intervalMs]
 * @returns {Promise<T>}
 */
export async function poll(what, check, timeoutMs, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = await check();
    if (got !== undefined) {
      return got;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * A promise and the function that resolves it, rejected after ms unless
 * resolved first. An abandoned one never becomes an unhandled rejection.
 *
 * @param {number} ms
 * @param {string} what
 */
export function deferred(ms, what) {
  let resolve;
  const promise = new Promise((res, rej) => {
    resolve = res;
    setTimeout(() => rej(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms).unref();
  });
  promise.catch(() => {});
  return { promise, resolve };
}
