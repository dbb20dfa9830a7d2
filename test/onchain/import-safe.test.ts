// A Safe created with the Safe target's own setup calldata through the real v1.4.1 SafeProxyFactory on a local node,
// then read back by `charter import`: the owners and threshold must be the template's, and an enabled module (which
// executes without signatures) must be named in a note in both languages.
import { readFileSync } from 'node:fs';
import {
  type Address,
  decodeFunctionResult,
  encodeDeployData,
  encodeFunctionData,
  getAddress,
  type Hex,
  parseAbi,
} from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import { diffDocuments } from '../../compiler/diff/diff-documents.ts';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { readSafeEntries } from '../../compiler/targets/safe/read-safe-entries.ts';
import { safeContract } from '../../compiler/verify/safe/safe-contracts.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { type ServedChain, serveChain } from './serve-chain.ts';

let chain: ServedChain;
let deployer: Address;
beforeAll(async () => {
  chain = await serveChain(1);
  deployer = getAddress(((await chain.request('eth_accounts')) as Address[])[0]!);
});
afterAll(async () => {
  await chain?.close();
});

async function send(from: Address, data: Hex, to?: Address) {
  const hash = (await chain.request('eth_sendTransaction', [
    { from, ...(to ? { to } : {}), data, gas: '0x1c9c380', gasPrice: '0x0' },
  ])) as Hex;
  const receipt = (await chain.request('eth_getTransactionReceipt', [hash])) as {
    status: Hex;
    contractAddress: Address | null;
  };
  expect(receipt.status).toBe('0x1');
  return receipt.contractAddress ? getAddress(receipt.contractAddress) : undefined;
}

const template = (): CharterDocument =>
  JSON.parse(
    readFileSync(
      new URL('../../rules-schema/examples/team-treasury-safe.charter.json', import.meta.url),
      'utf8',
    ),
  );

/** Creates the template's Safe as the Safe target emits it, through the real factory. */
async function createSafe(): Promise<Address> {
  const compiled = compile(template());
  if (!compiled.ok) throw new Error('the template does not compile');
  const [entry] = readSafeEntries(compiled.config);
  const [singleton, factory, handler] = (
    ['Safe', 'SafeProxyFactory', 'CompatibilityFallbackHandler'] as const
  ).map(safeContract);
  const singletonAddress = (await send(deployer, singleton!.bytecode))!;
  const factoryAddress = (await send(deployer, factory!.bytecode))!;
  // The emitted setup names the canonical handler: give that address the handler's code here.
  const handlerAddress = (await send(
    deployer,
    encodeDeployData({ abi: handler!.abi, bytecode: handler!.bytecode }),
  ))!;
  const code = await chain.request('eth_getCode', [handlerAddress, 'latest']);
  await chain.request('hardhat_setCode', [entry!.fallbackHandler, code]);
  const create = encodeFunctionData({
    abi: factory!.abi,
    functionName: 'createProxyWithNonce',
    args: [singletonAddress, entry!.setupCalldata, 1n],
  });
  const predicted = decodeFunctionResult({
    abi: factory!.abi,
    functionName: 'createProxyWithNonce',
    data: (await chain.request('eth_call', [
      { from: deployer, to: factoryAddress, data: create },
      'latest',
    ])) as Hex,
  }) as Address;
  await send(deployer, create, factoryAddress);
  return getAddress(predicted);
}

async function runImport(...args: string[]) {
  const io = fakeIO();
  const code = await main(['import', '--rpc', chain.url, ...args], io);
  return { code, io };
}

describe('charter import of a Safe', () => {
  it('reads the team-treasury Safe back: the same 4 owners in order and 3 of them, nothing else differs', async () => {
    const safe = await createSafe();
    const { code, io } = await runImport(safe);
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
    const imported = JSON.parse(io.out) as CharterDocument;
    const design = template();
    const owners = (design.nodes.find((node) => node.kind === 'signers')!.params as { signers: string[] })
      .signers;
    expect(imported.nodes.find((node) => node.kind === 'signers')!.params).toMatchObject({
      signers: owners.map((owner) => getAddress(owner)),
    });
    expect(imported.nodes.find((node) => node.kind === 'multisig')!.params).toMatchObject({ threshold: 3 });
    expect(io.err).toBe(
      'note: Proposal types are not kept on chain: every transaction is drawn as one type, "transaction".\n',
    );
    // The same Safe on the Safe target: the same owners, threshold and setup calldata as the template's.
    const again = compile(imported);
    const original = compile(design);
    if (!again.ok || !original.ok) throw new Error('no compile');
    expect(readSafeEntries(again.config)[0]!.setupCalldata).toBe(
      readSafeEntries(original.config)[0]!.setupCalldata,
    );
    // The drawing, ids lined up by kind: only the proposal types (not on chain) and words differ.
    const idOf = new Map(
      imported.nodes.map((node) => [node.id, design.nodes.find((n) => n.kind === node.kind)!.id]),
    );
    const aligned = {
      ...imported,
      nodes: imported.nodes.map((node) => ({ ...node, id: idOf.get(node.id)! })),
      edges: imported.edges.map((edge) => ({
        ...edge,
        from: { ...edge.from, node: idOf.get(edge.from.node)! },
        to: { ...edge.to, node: idOf.get(edge.to.node)! },
      })),
    };
    const diff = diffDocuments(design, aligned);
    expect([diff.added, diff.removed, diff.connected, diff.disconnected]).toEqual([[], [], [], []]);
    const changed = diff.changed.flatMap((node) => node.changes.map((change) => `${node.id}.${change.path}`));
    expect(changed.filter((path) => !/\.(label|description|params\.body)$/.test(path))).toEqual([
      'propose.params.types.0',
    ]);
  });

  it('names an enabled module, which executes without signatures, in Korean too', async () => {
    const safe = await createSafe();
    const module = getAddress('0x000000000000000000000000000000000000d0d0');
    await chain.request('hardhat_impersonateAccount', [safe]);
    await chain.request('hardhat_setBalance', [safe, '0xde0b6b3a7640000']);
    await send(
      safe,
      encodeFunctionData({
        abi: parseAbi(['function enableModule(address)']),
        functionName: 'enableModule',
        args: [module],
      }),
      safe,
    );
    const { code, io } = await runImport(safe, '--lang', 'ko');
    expect(code).toBe(0);
    expect(io.err).toContain(`모듈(${module})이 켜져 있습니다`);
    expect(JSON.parse(io.out).description).toContain(
      `The module ${module} is enabled: it may execute any transaction from the Safe without the owners' signatures`,
    );
  });
});
