// One risky design per lint code: each yields exactly its own warning, with the message a founder reads.
import { getAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { diagnosticCodes } from '../../compiler/diagnostics/diagnostic-codes.ts';
import { lintDocument } from '../../compiler/lint/lint-document.ts';
import { fixture } from '../fixtures/fixtures.ts';

type Doc = { nodes: any[]; edges: any[]; [key: string]: any };
const node = (doc: Doc, id: string) => doc.nodes.find((n) => n.id === id);
const signers = [
  '0x52908400098527886e0f7030069857d2e4169ee7',
  '0x8617e340b3d01fa5f11f306f4090fd50e238070d',
].map((a) => getAddress(a));

/**
 * Each lint code's design, and the message a founder reads. A code whose severity is an error makes the result not
 * ok; `also` lists the other lints the same design rightly raises.
 */
const corpus: Record<string, { mutate: (doc: Doc) => void; message: string; also?: string[] }> = {
  'executes-on-failure': {
    mutate: (doc) => {
      for (const edge of doc.edges) {
        if (edge.id === 'e3') edge.from.port = 'failed';
        else if (edge.id === 'e5') edge.from.port = 'passed';
      }
    },
    message:
      'Token vote: proposals that leave by "failed" reach Execute, so what it rejects would be executed. Connect its passing exit to the execution and its "failed" exit to Reject.',
  },
  'quorum-zero': {
    mutate: (doc) => (node(doc, 'vote').params.quorum = { percent: '0' }),
    message:
      'Token vote: the quorum is 0, so a single vote For could pass a proposal while everyone else is away. Set a quorum.',
  },
  'capture-risk': {
    mutate: (doc) =>
      (node(doc, 'holders').params.topHolders = [
        { label: 'Fund A', balance: '25000' },
        { label: 'Founder', balance: '20000' },
        { label: 'Small', balance: '10' },
      ]),
    message:
      'Token vote: the 2 largest ACME holders (Fund A 2.5%, Founder 2%) together hold 4.5% of ACME, at least the 4% quorum, so they could pass any proposal that others do not turn out to vote against. Consider a higher quorum, a veto, or quadratic weighting.',
  },
  'no-timelock': {
    mutate: (doc) => {
      doc.edges = doc.edges.filter((e) => e.id !== 'e3');
      doc.edges.push({ id: 'e3', from: { node: 'vote', port: 'passed' }, to: { node: 'run', port: 'in' } });
      doc.nodes = doc.nodes.filter((n) => n.id !== 'delay');
      doc.edges = doc.edges.filter((e) => e.id !== 'e4');
    },
    message:
      '"treasury-transfer" proposals can reach Execute with no timelock on the way, leaving holders no time to react to a bad transfer. Add a Timelock before it.',
  },
  'short-voting-period': {
    mutate: (doc) => (node(doc, 'vote').params.votingPeriod = 21_600),
    message:
      'Token vote: voting lasts only 6 hours, so people who are away for a day, or in another time zone, could miss it. Most DAOs vote for 3 to 7 days.',
  },
  'period-under-one-block': {
    mutate: (doc) => (node(doc, 'vote').params.votingPeriod = 7),
    message:
      'Token vote: voting lasts 7 seconds, shorter than one block of this chain (12 seconds), so nobody may get a block to vote in, and a governor that counts in blocks would make it one whole block. Make it at least 12 seconds; most DAOs vote for 3 to 7 days.',
    also: ['short-voting-period'],
  },
  'stage-no-criteria': {
    mutate: (doc) =>
      stages(doc, [
        { id: 'team', name: 'Core team' },
        { id: 'dao', name: 'Community' },
      ]),
    message:
      'Stages: the stage "Core team" has no criteria to move on, so nobody can tell when control passes to "Community". Add criteria, such as a number of holders or an audit.',
  },
  'stage-no-later-stage': {
    mutate: (doc) => stages(doc, [{ id: 'team', name: 'Core team' }]),
    message:
      'Stages: there is only one stage, "Core team", so there is no later stage to hand control to. Add the stage that comes next.',
  },
  'yes-no-for-allocation': {
    mutate: (doc) => (node(doc, 'propose').params.types = ['annual-budget']),
    message:
      'Token vote: "annual-budget" proposals are decided by a yes/no vote, which can only accept or reject one split. A budget split or quadratic funding lets everyone\'s answer count and finds a middle.',
  },
  'multisig-threshold-one': {
    mutate: (doc) => {
      Object.assign(node(doc, 'vote'), {
        kind: 'multisig',
        label: 'Core multisig',
        params: { threshold: 1 },
      });
      Object.assign(node(doc, 'holders'), { kind: 'signers', params: { signers } });
    },
    message:
      'Core multisig: any one of the 2 signers can approve alone, so one lost or stolen key decides. Require at least 2 approvals.',
  },
  'veto-no-window': {
    mutate: (doc) => {
      doc.nodes.push(
        { id: 'guard', kind: 'signers', params: { signers } },
        { id: 'veto', kind: 'veto', label: 'Guardian veto', params: { window: 0, threshold: { count: 1 } } },
      );
      doc.edges = doc.edges.filter((e) => e.id !== 'e3');
      doc.edges.push(
        { id: 'e3', from: { node: 'vote', port: 'passed' }, to: { node: 'veto', port: 'in' } },
        { id: 'e6', from: { node: 'guard', port: 'voters' }, to: { node: 'veto', port: 'voters' } },
        { id: 'e7', from: { node: 'veto', port: 'passed' }, to: { node: 'delay', port: 'in' } },
        { id: 'e8', from: { node: 'veto', port: 'vetoed' }, to: { node: 'stop', port: 'in' } },
      );
    },
    message:
      'Guardian veto: the veto has no time window, so a passed proposal could be blocked at any time and never become final. Set a window, such as 7 days.',
  },
};

function stages(doc: Doc, list: { id: string; name: string }[]): void {
  doc.nodes.push({ id: 'stages', kind: 'stage', label: 'Stages', params: { stages: list } });
  doc.currentStage = list[0]!.id;
  doc.edges = doc.edges.filter((e) => e.id !== 'e1');
  doc.edges.push({ id: 'e1', from: { node: 'propose', port: 'out' }, to: { node: 'stages', port: 'in' } });
  for (const [i, stage] of list.entries()) {
    doc.edges.push({
      id: `s${i}`,
      from: { node: 'stages', port: stage.id },
      to: { node: 'vote', port: 'in' },
    });
  }
}

describe('design lints', () => {
  it('find nothing in the minimal governor', () => {
    expect(lintDocument(fixture('minimal'))).toEqual({ ok: true, diagnostics: [] });
  });

  it('cover every lint code', () => {
    const lintCodes = Object.entries(diagnosticCodes)
      .filter(([, info]) => info.stage === 'lint')
      .map(([code]) => code);
    expect(Object.keys(corpus).sort()).toEqual(lintCodes.sort());
  });

  for (const [code, { mutate, message, also = [] }] of Object.entries(corpus)) {
    const severity = diagnosticCodes[code as keyof typeof diagnosticCodes].severity;
    it(`${code}: exactly one ${severity}, in words`, () => {
      const doc = fixture('minimal') as unknown as Doc;
      mutate(doc);
      const result = lintDocument(doc);
      expect(result.ok).toBe(severity !== 'error');
      expect(result.diagnostics.filter((d) => d.code === code).map((d) => [d.severity, d.message])).toEqual([
        [severity, message],
      ]);
      expect(result.diagnostics.map((d) => d.code).sort()).toEqual([code, ...also].sort());
    });
  }

  it('lets a one-block vote be: 12 seconds on 12-second blocks is no error', () => {
    const doc = fixture('minimal') as unknown as Doc;
    node(doc, 'vote').params.votingPeriod = 12;
    expect(lintDocument(doc).ok).toBe(true);
    doc.chain.blockTime = 2.5;
    node(doc, 'vote').params.votingPeriod = 2;
    const [error] = lintDocument(doc).diagnostics.filter((d) => d.code === 'period-under-one-block');
    expect(error?.message).toContain('shorter than one block of this chain (2.5 seconds)');
    expect(error?.message).toContain('Make it at least 3 seconds');
  });

  it('does not call holders a capture risk when they fall short of quorum together', () => {
    const doc = fixture('minimal') as unknown as Doc;
    node(doc, 'holders').params.topHolders = [
      { label: 'A', balance: '13333' },
      { label: 'B', balance: '13333' },
      { label: 'C', balance: '13333' },
      { label: 'D', balance: '13333' },
    ];
    expect(lintDocument(doc).diagnostics).toEqual([]);
  });

  // No timing assertion (the machine's load is not the code's): a walk that listed the 2^20 paths would not end
  // within the test's timeout.
  it('reads the one path analysis, so 20 routing diamonds (2^20 paths) lint', () => {
    const doc = fixture('minimal') as unknown as Doc;
    doc.nodes = doc.nodes.filter((n) => n.id !== 'delay');
    doc.edges = doc.edges.filter((e) => e.id !== 'e3' && e.id !== 'e4');
    const routers = Array.from({ length: 20 }, (_, i) => `r${String(i).padStart(2, '0')}`);
    for (const id of routers)
      doc.nodes.push({
        id,
        kind: 'route-by-amount',
        params: { asset: { symbol: 'USDC', decimals: 6 }, bands: [{ port: 'small', below: '1000' }] },
      });
    const chain = ['vote', ...routers, 'run'];
    chain.slice(0, -1).forEach((from, i) => {
      for (const port of from === 'vote' ? ['passed'] : ['small', 'otherwise'])
        doc.edges.push({
          id: `${from}-${port}`,
          from: { node: from, port },
          to: { node: chain[i + 1], port: 'in' },
        });
    });
    const result = lintDocument(doc);
    expect(result.diagnostics.map((d) => [d.code, d.nodeId])).toEqual([['no-timelock', 'run']]);
  });

  it('refuses to lint an invalid document', () => {
    const doc = fixture('minimal') as unknown as Doc;
    doc.edges.pop();
    expect(lintDocument(doc).ok).toBe(false);
  });
});

describe('charter lint', () => {
  it('prints the warnings, exits 0, or 1 with --strict', async () => {
    const { main } = await import('../../compiler/cli/main.ts');
    const { fakeIO } = await import('../cli/fake-io.ts');
    const doc = fixture('minimal') as unknown as Doc;
    node(doc, 'vote').params.votingPeriod = 21_600;
    const io = fakeIO({ 'gov.json': JSON.stringify(doc) });
    expect(await main(['lint', 'gov.json'], io)).toBe(0);
    expect(io.out).toContain(
      'gov.json: 1 warning\n  warning short-voting-period (node vote, field params.votingPeriod)\n',
    );
    expect(await main(['lint', '--strict', 'gov.json'], fakeIO({ 'gov.json': JSON.stringify(doc) }))).toBe(1);
    const json = fakeIO({ 'gov.json': JSON.stringify(doc) });
    await main(['lint', '--json', 'gov.json'], json);
    expect(JSON.parse(json.out)).toEqual(lintDocument(doc));
  });

  it('exits 1 on a lint error: a 7-second vote on 12-second blocks', async () => {
    const { main } = await import('../../compiler/cli/main.ts');
    const { fakeIO } = await import('../cli/fake-io.ts');
    const doc = fixture('minimal') as unknown as Doc;
    node(doc, 'vote').params.votingPeriod = 7;
    const io = fakeIO({ 'gov.json': JSON.stringify(doc) });
    expect(await main(['lint', 'gov.json'], io)).toBe(1);
    expect(io.out).toContain('error   period-under-one-block (node vote, field params.votingPeriod)');
  });
});
