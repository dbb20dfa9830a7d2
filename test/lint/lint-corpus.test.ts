// One risky design per lint code: each yields exactly its own warning, with the message a founder reads.
import { getAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { diagnosticCodes } from '../../compiler/diagnostics/diagnostic-codes.ts';
import { diagnosticText } from '../../compiler/diagnostics/diagnostic-text.ts';
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
  'expiry-without-cancellers': {
    mutate: (doc) => {
      node(doc, 'delay').params.cancellersUntil = '2028-06-26T19:29:35Z';
    },
    message:
      "Timelock: the cancellers' power has an end date, but there are no extra cancellers for it to end, so it changes nothing. Add the cancellers it is meant for (a guardian, a security council), or clear the date.",
  },
};

/** The same warnings as a Korean founder reads them. */
const korean: Record<string, string> = {
  'capture-risk':
    'Token vote: 상위 ACME 보유자 2명(Fund A 2.5%, Founder 2%)이 합쳐 ACME의 4.5%를 가져 정족수 4% 이상이므로, 다른 사람들이 나서서 반대하지 않는 한 어떤 제안이든 통과시킬 수 있습니다. 정족수를 높이거나 거부권, 이차 가중치를 검토하세요.',
  'executes-on-failure':
    'Token vote: "failed" 출구로 나간 제안이 Execute에 이르러, 부결된 것이 실행됩니다. 가결 출구를 실행에, "failed" 출구를 기각에 연결하세요.',
  'multisig-threshold-one':
    'Core multisig: 서명자 2명 중 누구든 혼자 승인할 수 있어 열쇠 하나를 잃거나 도난당하면 그대로 결정됩니다. 승인을 2개 이상 요구하세요.',
  'no-timelock':
    '"treasury-transfer" 제안이 도중에 타임락 없이 Execute에 이를 수 있어, 잘못된 이체에 보유자가 대응할 시간이 없습니다. 그 앞에 타임락을 추가하세요.',
  'period-under-one-block':
    'Token vote: 투표 기간 7초는 이 체인의 블록 하나(12초)보다 짧아서 투표할 블록이 없을 수 있고, 블록 수로 세는 거버너에서는 꼭 한 블록이 됩니다. 12초 이상으로 정하세요. 대부분의 DAO는 3~7일 동안 투표합니다.',
  'quorum-zero':
    'Token vote: 정족수가 0이라서 다른 사람이 없는 사이 찬성 한 표로 제안이 통과할 수 있습니다. 정족수를 정하세요.',
  'short-voting-period':
    'Token vote: 투표 기간이 6시간뿐이라 하루 자리를 비우거나 다른 시간대에 있는 사람은 놓칠 수 있습니다. 대부분의 DAO는 3~7일 동안 투표합니다.',
  'stage-no-criteria':
    'Stages: "Core team" 단계에 넘어갈 기준이 없어 언제 "Community" 단계로 통제권이 넘어가는지 아무도 알 수 없습니다. 보유자 수나 감사 같은 기준을 추가하세요.',
  'stage-no-later-stage':
    'Stages: 단계가 "Core team" 하나뿐이라 통제권을 넘겨줄 다음 단계가 없습니다. 다음에 올 단계를 추가하세요.',
  'expiry-without-cancellers':
    'Timelock: 취소권에 만료 시각이 있지만 그 시각에 권한이 끝날 추가 취소권자가 없어 아무것도 바꾸지 않습니다. 해당하는 취소권자(가디언, 보안 위원회)를 추가하거나 시각을 지우세요.',
  'veto-no-window':
    'Guardian veto: 거부권에 기한이 없어 가결된 제안이 언제든 막힐 수 있고 끝내 확정되지 않습니다. 7일 같은 기한을 정하세요.',
  'yes-no-for-allocation':
    'Token vote: "annual-budget" 제안을 찬반 투표로 정하는데, 찬반 투표는 배분안 하나를 받아들이거나 거부할 수밖에 없습니다. 예산 배분이나 이차 펀딩을 쓰면 모두의 답이 반영되어 중간값을 찾습니다.',
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
      expect(diagnosticText(result.diagnostics[0]!, 'ko')).toBe(korean[code]);
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
