// A veto after the Governor's vote is its TimelockController: the veto's window the delay, the vetoing body's
// addresses the cancellers when any one veto blocks, or a Safe of them with threshold k when k > 1 do; anything the TimelockController would run differently is
// refused, naming the node. Every document here is compiled; numbers are checked against the document itself.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { concat, decodeFunctionData, getAddress, type Hex, keccak256, pad, toHex } from 'viem';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { diagnosticText } from '../../compiler/diagnostics/diagnostic-text.ts';
import { explainTargets } from '../../compiler/explain/explain-targets.ts';
import { veto } from '../../compiler/simulate/mechanisms/veto.ts';
import { vetoesNeeded } from '../../compiler/targets/openzeppelin/veto-cancellers.ts';
import { safeContract } from '../../compiler/verify/safe/safe-contracts.ts';
import { type WiredDocument, wiredDocument } from '../fixtures/wired-document.ts';

type Problem = {
  nodeId: string | null;
  field: string | null;
  message: string;
  template?: string;
  args?: Record<string, unknown>;
};
type Target = { verdict: string; parameters: { governors: any[] }; problems: Problem[] };

/** The n-th placeholder address, as the templates make theirs. */
const address = (n: number) => getAddress(`0x${keccak256(toHex(`charter-test:member-${n}`)).slice(26)}`);
const list = (n: number) => Array.from({ length: n }, (_, index) => address(index));

/** A token vote, then a veto by `body` (a Members list unless given), then Execute by the governor. */
function vetoed(options: {
  threshold?: object;
  window?: number;
  members?: number;
  body?: { kind: string; label: string; params: Record<string, unknown> };
  timelock?: boolean;
}): WiredDocument {
  return wiredDocument(
    [
      { id: 'propose', kind: 'proposal', params: { types: ['any'] } },
      {
        id: 'holders',
        kind: 'token-holders',
        params: { token: { symbol: 'ACME', decimals: 18, totalSupply: '1000000' } },
      },
      options.body
        ? { id: 'house', ...options.body }
        : {
            id: 'house',
            kind: 'members',
            label: 'House',
            params: { source: 'list', members: list(options.members ?? 3) },
          },
      { id: 'vote', kind: 'majority-vote', params: { quorum: { percent: '4' } } },
      {
        id: 'veto',
        kind: 'veto',
        label: 'House veto',
        params: { threshold: options.threshold ?? { count: 1 }, window: options.window ?? 259200 },
      },
      { id: 'run', kind: 'execute', params: { executor: 'governor' } },
      { id: 'stop', kind: 'reject' },
    ],
    [
      'propose.out->vote.in',
      'holders.voters->vote.voters',
      'vote.passed->veto.in',
      'vote.failed->stop.in',
      'house.voters->veto.voters',
      'veto.passed->run.in',
      'veto.vetoed->stop.in',
    ],
  );
}

function openzeppelin(document: WiredDocument): Target {
  const result = compile(document);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.config.targets.openzeppelin as unknown as Target;
}

describe('a veto on OpenZeppelin', () => {
  it('deploys as the TimelockController: the window is its delay, each listed member a canceller', () => {
    const document = vetoed({ threshold: { percent: '30' }, members: 3 }); // ⌈3 × 30 %⌉ = 1 veto blocks
    const target = openzeppelin(document);
    expect(target.verdict).toBe('supported');
    const [governor] = target.parameters.governors;
    expect(governor.veto).toBe('veto');
    expect(governor.timelock).toBeNull();
    expect(governor.timelockController.minDelay).toBe('259200'); // 3 days, the document's window
    expect(governor.timelockController.cancellers).toEqual([address(0), address(1), address(2)]);
    expect(governor.timelockController.proposers).toEqual(['governor']);
  });

  it('explain says any one canceller may cancel, in the delay and after it until someone executes (EN and KO)', () => {
    const document = vetoed({ threshold: { count: 1 }, members: 3 });
    const said = (language: 'en' | 'ko') => {
      const result = explainTargets(document, language);
      if (!result.ok) throw new Error('invalid');
      return result.targets.find((target) => target.target === 'openzeppelin')!.enforces[0]!.text;
    };
    expect(said('en')).toContain(
      'House veto is the TimelockController: each of its 3 cancellers may cancel the queued proposal alone, during the delay of 3 days and after it until someone executes the proposal',
    );
    expect(said('ko')).toContain(
      '취소자 3명은 저마다 혼자 대기 중인 제안을 취소할 수 있고, 3일 지연 동안은 물론',
    );
  });

  it('holds a veto of 3 of 10 as a Safe of the ten with threshold 3, the one canceller, at its predicted address', () => {
    const target = openzeppelin(vetoed({ threshold: { percent: '30' }, members: 10 })); // ⌈10 × 30 %⌉ = 3
    expect(target.verdict).toBe('supported');
    const [governor] = target.parameters.governors;
    expect(governor.vetoSafe.owners).toEqual(list(10));
    expect(governor.vetoSafe.threshold).toBe('3');
    expect(governor.timelockController.cancellers).toEqual([governor.vetoSafe.address]);
    // The setup is Safe's own `setup` call: decoded with Safe v1.4.1's ABI from its npm artifact, not Charter's.
    const { abi } = safeContract('Safe');
    const setup = decodeFunctionData({ abi, data: governor.vetoSafe.setupCalldata });
    expect(setup.functionName).toBe('setup');
    expect(setup.args!.slice(0, 2)).toEqual([list(10), 3n]);
    // CREATE2 by hand, from the factory's formula (SafeProxyFactory.deployProxy) and SafeProxy's npm creation code.
    const creationCode = JSON.parse(
      readFileSync(
        createRequire(import.meta.url).resolve(
          '@safe-global/safe-contracts/build/artifacts/contracts/proxies/SafeProxy.sol/SafeProxy.json',
        ),
        'utf8',
      ),
    ).bytecode as Hex;
    const salt = keccak256(concat([keccak256(governor.vetoSafe.setupCalldata), pad('0x0')]));
    const initCode = concat([creationCode, pad(governor.vetoSafe.singleton)]);
    const hashed = keccak256(concat(['0xff', governor.vetoSafe.factory, salt, keccak256(initCode)]));
    expect(governor.vetoSafe.address).toBe(getAddress(`0x${hashed.slice(26)}`));
  });

  it('explain says any 3 of the 10 listed can cancel through the Safe, until someone executes (EN and KO)', () => {
    const document = vetoed({ threshold: { count: 3 }, members: 10 });
    const said = (language: 'en' | 'ko') => {
      const result = explainTargets(document, language);
      if (!result.ok) throw new Error('invalid');
      return result.targets.find((target) => target.target === 'openzeppelin')!.enforces[0]!.text;
    };
    expect(said('en')).toContain(
      'its canceller is a Safe of the 10 listed, with threshold 3, so any 3 of the 10 listed can cancel the queued proposal through the Safe, during the delay of 3 days and after it until someone executes the proposal',
    );
    expect(said('ko')).toContain('10명 중 누구든 3명이 Safe를 통해 대기 중인 제안을 취소할 수 있고');
  });

  it('refuses an address no Safe can be owned by, naming the list', () => {
    const body = {
      kind: 'signers',
      label: 'Guardians',
      params: { signers: [address(0), '0x0000000000000000000000000000000000000001', address(2)] },
    };
    const target = openzeppelin(vetoed({ body, threshold: { count: 2 } }));
    expect(target.problems.map((problem) => [problem.nodeId, problem.template])).toEqual([
      ['house', 'safe.owner-refused'],
    ]);
    expect(diagnosticText(target.problems[0]!, 'ko')).toContain(
      '0x0000000000000000000000000000000000000001 주소는 Safe를 소유할 수 없습니다',
    );
  });

  it('refuses a veto of 2 among 1,268 listed: a Safe with that many owners does not fit a 30-million-gas block', () => {
    const target = openzeppelin(vetoed({ threshold: { count: 2 }, members: 1268 }));
    expect(target.problems.map((problem) => [problem.nodeId, problem.template])).toEqual([
      ['house', 'safe.too-many-owners'],
    ]);
    // One fewer fits (test/onchain/safe-owner-limit.test.ts measures the limit on the real contracts).
    expect(openzeppelin(vetoed({ threshold: { count: 2 }, members: 1267 })).verdict).toBe('supported');
  });

  it('refuses a veto with no time limit: cancellers act only in the delay', () => {
    const target = openzeppelin(vetoed({ window: 0 }));
    expect(target.problems.map((problem) => problem.nodeId)).toEqual(['veto']);
    expect(target.problems[0]!.message).toContain('with no time limit');
  });

  it('refuses a veto by token holders: cancellers are addresses', () => {
    const body = {
      kind: 'token-holders',
      label: 'Guardians',
      params: { token: { symbol: 'GRD', decimals: 0, totalSupply: '5' } },
    };
    const target = openzeppelin(vetoed({ body, threshold: { percent: '50' } }));
    expect(target.problems.map((problem) => [problem.nodeId, problem.template])).toEqual([
      ['veto', 'oz.veto-no-list'],
    ]);
  });

  it('refuses a veto before the vote, naming it', () => {
    const document = vetoed({});
    document.edges = document.edges.filter(
      (edge: any) =>
        !['propose', 'vote'].includes(edge.from.node) ||
        (edge.from.node === 'vote' && edge.from.port === 'failed'),
    );
    document.edges.push(
      { id: 'a', from: { node: 'propose', port: 'out' }, to: { node: 'veto', port: 'in' } },
      { id: 'b', from: { node: 'vote', port: 'passed' }, to: { node: 'run', port: 'in' } },
      { id: 'c', from: { node: 'holders', port: 'voters' }, to: { node: 'vote', port: 'voters' } },
    );
    document.edges = document.edges.filter(
      (edge: any) => !(edge.from.node === 'veto' && edge.from.port === 'passed'),
    );
    document.edges.push({
      id: 'd',
      from: { node: 'veto', port: 'passed' },
      to: { node: 'vote', port: 'in' },
    });
    const target = openzeppelin(document);
    expect(target.problems.map((problem) => [problem.nodeId, problem.template])).toEqual([
      ['veto', 'oz.veto-before-vote'],
    ]);
  });

  it("keeps refusing a Members list that votes in the Governor's vote, with the list's own reason", () => {
    const document = vetoed({});
    document.edges = document.edges.map((edge: any) =>
      edge.from.node === 'holders' ? { ...edge, from: { node: 'house', port: 'voters' } } : edge,
    );
    const target = openzeppelin(document);
    expect(target.verdict).toBe('unsupported');
    expect(
      target.problems.some((problem) => problem.nodeId === 'house' && /one per member/.test(problem.message)),
    ).toBe(true);
  });

  it('needs as many vetoes as the simulator counts, for any share of any body (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.oneof(
          fc.integer({ min: 0, max: 1_000_000 }).map((millis) => ({ percent: (millis / 10_000).toFixed(4) })),
          fc.integer({ min: 1, max: 400 }).map((count) => ({ count })),
        ),
        (members, threshold) => {
          const simulated = veto({ members: list(members), threshold, vetoes: [] }).needed;
          expect(vetoesNeeded(threshold, members)).toBe(BigInt(simulated));
        },
      ),
      { numRuns: 300 },
    );
  });
});
