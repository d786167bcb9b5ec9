#!/usr/bin/env node
// Compiles contracts/src/**.sol with the pinned solc-js into contracts/artifacts/<family>/<Name>.{json,abi,bin}.
//
// The build is deterministic: sources are read in sorted order under stable source-unit names
// ("src/<family>/<Name>.sol", "@openzeppelin/contracts/..."), the compiler settings below are fixed, and
// the output files are rewritten from scratch, so running it twice yields identical bytes.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'src');
const outDir = path.join(root, 'artifacts');
const modulesDir = path.join(root, 'node_modules');

// Fixed compiler settings. Changing any of these changes every artifact.
const settings = {
  evmVersion: 'osaka', // DESIGN.md §3: QBFT chains run Osaka rules from genesis.
  optimizer: { enabled: true, runs: 200 },
  metadata: { bytecodeHash: 'ipfs', appendCBOR: true, useLiteralContent: false },
  outputSelection: {
    '*': {
      '*': ['abi', 'metadata', 'evm.bytecode.object', 'evm.deployedBytecode.object'],
    },
  },
};

// Expected compiler, so a drifted node_modules cannot silently produce different bytes.
const wantVersion = require(path.join(root, 'package.json')).dependencies.solc;

function walk(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.name.endsWith('.sol')) out.push(full);
  }
  return out;
}

function findImport(unit) {
  const candidates = [path.join(modulesDir, unit), path.join(root, unit)];
  for (const file of candidates) {
    if (file.startsWith(root) && fs.existsSync(file)) return { contents: fs.readFileSync(file, 'utf8') };
  }
  return { error: `import not found: ${unit}` };
}

function main() {
  const version = solc.version();
  if (!version.startsWith(wantVersion + '+')) {
    throw new Error(`solc ${version} loaded, package.json pins ${wantVersion}: run npm ci in contracts/`);
  }
  const sources = {};
  for (const file of walk(srcDir)) {
    const unit = path.relative(root, file).split(path.sep).join('/');
    sources[unit] = { content: fs.readFileSync(file, 'utf8') };
  }
  const input = { language: 'Solidity', sources, settings };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));

  let failed = false;
  for (const e of output.errors || []) {
    if (e.severity === 'error') failed = true;
    process.stderr.write(e.formattedMessage + '\n');
  }
  if (failed) throw new Error('compilation failed');

  fs.rmSync(outDir, { recursive: true, force: true });
  const units = Object.keys(output.contracts).sort();
  let count = 0;
  for (const unit of units.filter((u) => u.startsWith('src/'))) {
    const family = unit.split('/')[1];
    for (const name of Object.keys(output.contracts[unit]).sort()) {
      const c = output.contracts[unit][name];
      const bytecode = c.evm.bytecode.object;
      if (bytecode.length === 0) continue; // interfaces and abstract contracts
      const dir = path.join(outDir, family);
      fs.mkdirSync(dir, { recursive: true });
      const artifact = {
        contractName: name,
        sourceName: unit,
        compiler: version,
        abi: c.abi,
        bytecode: '0x' + bytecode,
        deployedBytecode: '0x' + c.evm.deployedBytecode.object,
        metadata: c.metadata,
      };
      fs.writeFileSync(path.join(dir, name + '.json'), JSON.stringify(artifact, null, 2) + '\n');
      fs.writeFileSync(path.join(dir, name + '.abi'), JSON.stringify(c.abi) + '\n');
      fs.writeFileSync(path.join(dir, name + '.bin'), bytecode + '\n');
      process.stdout.write(`${family}/${name}: ${c.evm.deployedBytecode.object.length / 2} bytes deployed\n`);
      count++;
    }
  }
  process.stdout.write(`compiled ${count} contracts with solc ${version}\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`compile: ${err.message}\n`);
  process.exit(1);
}
