import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { type DiagnosticWords, diagnosticText } from '../../compiler/diagnostics/diagnostic-text.ts';
import { explain } from '../../compiler/explain/explain.ts';
import { formatDuration } from '../../compiler/format/format-duration.ts';
import { getNodeKind } from '../../compiler/nodes/catalogue.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { allFor, compiled, template } from '../simulate/compiled.ts';

// The real-DAO templates' key numbers, worked out by hand from their sources (block counts × 12 s, whole tokens ×
// 10^18) and compared with what Charter compiles: a slip in a template's seconds shows here, not only in the golden.

/** The compiled config, read as plain JSON. */
type Json = Record<string, unknown>;
const config = (document: unknown) => JSON.parse(JSON.stringify(compiled(document))) as Json;
const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
const node = (document: { nodes: { id: string; params: Json }[] }, id: string) =>
  document.nodes.find((candidate) => candidate.id === id)!.params;

/** `charter simulate --json` on a template: the seconds from proposal to execution, over 200 runs. */
async function timeToExecution(name: string) {
  const file = `rules-schema/examples/${name}.charter.json`;
  const io = fakeIO({ [file]: readFileSync(file, 'utf8') });
  expect(await main(['simulate', file, '--runs', '200', '--json'], io)).toBe(0);
  return JSON.parse(io.out).types[0].timeToExecution as { min: number; max: number };
}

const wei = (tokens: bigint) => (tokens * 10n ** 18n).toString();
const BLOCK = 12;
const DAY = 86_400;

describe('Compound (CompoundGovernor, 2025)', () => {
  const document = template('compound-governor');

  it('has CompoundGovernorConstants.sol numbers in seconds of 12-second blocks', () => {
    const vote = at(config(document), 'bodies', 0, 'rule');
    expect(at(vote, 'votingDelay')).toBe(13_140 * BLOCK); // 157,680 s = 1 d 19 h 48 min
    expect(at(vote, 'votingDelay')).toBe(DAY + 19 * 3600 + 48 * 60);
    expect(at(vote, 'votingPeriod')).toBe(19_710 * BLOCK); // 236,520 s = 2 d 17 h 42 min
    expect(at(vote, 'votingPeriod')).toBe(2 * DAY + 17 * 3600 + 42 * 60);
    expect(at(vote, 'lateQuorumExtension')).toBe(14_400 * BLOCK); // the constant's comment: '2 days'
    expect(at(vote, 'lateQuorumExtension')).toBe(2 * DAY);
    // _quorumReached: For votes alone against a fixed 400,000 COMP, which is 4% of COMP's constant 10,000,000.
    expect(at(vote, 'quorumCounts')).toBe('for');
    expect(at(vote, 'quorum')).toEqual({ absolute: wei(400_000n) });
    expect((10_000_000n * 4n) / 100n).toBe(400_000n);
  });

  it('proposes with 25,000 COMP and waits 2 days, with a 14-day grace period and the guardian as canceller', () => {
    const compiledConfig = config(document);
    const route = at(compiledConfig, 'routes', 0);
    expect(at(route, 'minVotingPower')).toBe(wei(25_000n));
    expect(at(compiledConfig, 'electorates', 0, 'token', 'totalSupply')).toBe(wei(10_000_000n));
    const timelock = (at(route, 'steps') as Json[]).find((step) => step.kind === 'timelock')!.rule;
    expect(timelock).toEqual({
      delay: 2 * DAY,
      gracePeriod: 14 * DAY,
      executors: 'anyone',
      cancellers: ['0xbbf3f1421D886E9b2c5D716B5192aC998af2012c'],
    });
  });

  it("is deployed by the OpenZeppelin target with CompoundGovernor's three overrides as settings", () => {
    const openzeppelin = at(config(document), 'targets', 'openzeppelin');
    expect(at(openzeppelin, 'problems')).toEqual([]);
    // For alone toward a fixed 400,000 COMP (no share of supply), For > Against, Compound's Timelock (2 + 14 days).
    expect(at(openzeppelin, 'parameters', 'governors', 0, 'governor')).toMatchObject({
      quorumCounts: 'for',
      fixedQuorum: wei(400_000n),
      quorumNumerator: '0',
      supportNumerator: '50',
      supportDenominator: '100',
    });
    expect(at(openzeppelin, 'parameters', 'governors', 0, 'compoundTimelock')).toEqual({
      admin: 'governor',
      cancellers: ['0xbbf3f1421D886E9b2c5D716B5192aC998af2012c'],
      delay: String(2 * DAY),
      gracePeriod: String(14 * DAY),
    });
  });

  it('with those three as OpenZeppelin defaults, deploys the same block counts and threshold on a TimelockController', () => {
    const changed = structuredClone(document) as typeof document & { nodes: { id: string; params: Json }[] };
    Object.assign(node(changed, 'vote'), { quorum: { percent: '4' }, quorumCounts: 'for+abstain' });
    Object.assign(node(changed, 'delay'), { gracePeriod: 0 });
    // COMP keeps no past total supply (Comp.sol has no getPastTotalSupply): 4 % of it is refused, naming the quorum.
    const refused = at(config(changed), 'targets', 'openzeppelin');
    expect(at(refused, 'verdict')).toBe('unsupported');
    expect(JSON.stringify(at(refused, 'problems'))).toContain('keeps no past total supply');
    // Over an ERC20Votes token, as OpenZeppelin's defaults assume, it deploys.
    Object.assign(node(changed, 'comp'), { standard: 'erc20-votes' });
    const openzeppelin = at(config(changed), 'targets', 'openzeppelin');
    expect(at(openzeppelin, 'verdict')).toBe('supported');
    expect(at(openzeppelin, 'parameters', 'governors', 0, 'governor')).toMatchObject({
      votingDelay: '13140',
      votingPeriod: '19710',
      lateQuorumVoteExtension: '14400',
      proposalThreshold: wei(25_000n),
      quorumNumerator: '4',
      quorumDenominator: '100',
    });
  });

  it('says in its description every number the contract sets and what it does not draw', () => {
    const description = String(document.description);
    for (const figure of ['13,140', '19,710', '25,000', '400,000', '14,400', '157,680', '236,520', '14 days'])
      expect(description).toContain(figure);
    expect(description).toContain('quorum=for&params=fractional');
    expect(description).toMatch(
      /Not drawn: its power to cancel a pending or active proposal; and its expiry, because no stored source gives the value/,
    );
    // Why an end drawn from CompoundGovernor's expiration is one second later: cancel allows block.timestamp <= it.
    expect(description).toContain('that is expiration + 1 s');
    expect(description).toMatch(/whitelist/);
  });

  it('explains itself in English and Korean with the durations of its block counts', () => {
    // The rules in words (charter explain): the OpenZeppelin target refuses this design, so its "will enforce"
    // section says nothing of it; the explanation of the rules themselves does.
    const sentence = (language: 'en' | 'ko') => {
      const result = explain(document, language);
      if (!result.ok) throw new Error('does not explain');
      return result.paragraphs.map((paragraph) => paragraph.text).join(' ');
    };
    expect(sentence('en')).toContain(
      'voting starts 1 day 19 hours 48 minutes after the proposal and lasts 2 days 17 hours 42 minutes',
    );
    expect(sentence('en')).toContain('At least 400,000 COMP must vote For');
    expect(sentence('ko')).toContain('제안 1일 19시간 48분 뒤부터 2일 17시간 42분 동안 투표합니다');
    expect(sentence('ko')).toContain('400,000 COMP 이상이 찬성해야');
  });

  it('simulates: no proposal executes sooner than delay + period + timelock, nor later than the extension allows', async () => {
    const seconds = await timeToExecution('compound-governor');
    expect(seconds.min).toBe(157_680 + 236_520 + 172_800); // 567,000 s = 6 d 13 h 30 min
    expect(seconds.max).toBeLessThanOrEqual(567_000 + 172_800);
  });
});

describe('an end to a guardian’s power on Compound’s Timelock', () => {
  it('is refused by the OpenZeppelin target, naming the timelock and the field, in both languages', () => {
    const document = template('compound-governor');
    const delay = document.nodes.find((candidate) => candidate.id === 'delay')!;
    // CompoundGovernor: the guardian cancels while block.timestamp <= expiration; Charter's end is the second after.
    delay.params = { ...delay.params, cancellersUntil: '2030-02-28T00:00:01Z' };
    const openzeppelin = at(config(document), 'targets', 'openzeppelin') as Json;
    expect(openzeppelin.verdict).toBe('unsupported');
    const [problem] = openzeppelin.problems as Json[];
    expect(problem).toMatchObject({
      code: 'target-unsupported',
      nodeId: 'delay',
      field: 'params.cancellersUntil',
    });
    const words = problem as unknown as DiagnosticWords;
    expect(diagnosticText(words, 'en')).toContain(
      'so their power cannot end on 28 February 2030, 00:00:01 UTC',
    );
    expect(diagnosticText(words, 'ko')).toContain('2030년 2월 28일 00:00:01(UTC)에 끝나게 할 수 없습니다');
  });
});

describe('ENS DAO (ENS Governor, timelock and Security Council)', () => {
  const document = template('ens-dao');

  it("deploys ENSGovernor.sol's numbers as an OpenZeppelin Governor, block for block", () => {
    const openzeppelin = at(config(document), 'targets', 'openzeppelin');
    expect(at(openzeppelin, 'verdict')).toBe('supported');
    expect(at(openzeppelin, 'problems')).toEqual([]);
    const governor = at(openzeppelin, 'parameters', 'governors', 0, 'governor') as Json;
    expect(governor.votingDelay).toBe('1');
    expect(governor.votingPeriod).toBe('45818');
    expect(governor.lateQuorumVoteExtension).toBe('0');
    expect(governor.proposalThreshold).toBe(wei(100_000n));
    // GovernorVotesQuorumFraction(100) over quorumDenominator() 10,000: the same 1%.
    expect(BigInt(String(governor.quorumNumerator)) * 10_000n).toBe(
      100n * BigInt(String(governor.quorumDenominator)),
    );
  });

  it('has the deployed timelock: 172,800 s, anyone executes, the Security Council may cancel until its expiration', () => {
    const timelock = at(
      config(document),
      'targets',
      'openzeppelin',
      'parameters',
      'governors',
      0,
      'timelockController',
    );
    expect(timelock).toEqual({
      admin: '0x0000000000000000000000000000000000000000',
      cancellers: ['0xB8fA0cE3f91F41C5292D07475b445c35ddF63eE0'],
      // SecurityCouncil.sol: expiration = deployment + 2 × 365 days + 7 days; EP 6.45 gives 24 July 2026 18:52:59
      // UTC, which is 1,784,919,179 s: 20,658 whole days after 1970 (18,800 s short of the next), plus 68,000 s.
      cancellersUntil: '1784919179',
      executors: ['0x0000000000000000000000000000000000000000'],
      minDelay: String(2 * DAY),
      proposers: ['governor'],
    });
    expect(20_658 * DAY + 18 * 3600 + 52 * 60 + 59).toBe(1_784_919_179);
    // Deployed 737 days before: 17 July 2024 18:52:59 UTC (day 19,921), a week before EP 5.13 passed.
    expect(1_784_919_179 - (2 * 365 + 7) * DAY).toBe(19_921 * DAY + 18 * 3600 + 52 * 60 + 59);
  });

  it('counts For and Abstain toward 1% of the 100,000,000 ENS supply, in seconds of 12-second blocks', () => {
    const compiledConfig = config(document);
    const vote = at(compiledConfig, 'bodies', 0, 'rule');
    expect(at(vote, 'votingDelay')).toBe(1 * BLOCK);
    expect(at(vote, 'votingPeriod')).toBe(45_818 * BLOCK); // 549,816 s = 6 d 8 h 43 min 36 s
    expect(at(vote, 'votingPeriod')).toBe(6 * DAY + 8 * 3600 + 43 * 60 + 36);
    expect(at(vote, 'quorumCounts')).toBe('for+abstain');
    expect(at(compiledConfig, 'electorates', 0, 'token', 'totalSupply')).toBe(wei(100_000_000n));
    // The ENS token's two constructor amounts (deployments/mainnet/ENSToken.json) add up to that supply.
    expect(74_999_999_999_999_998_618_845_952n + 25_000_000_000_000_001_381_154_048n).toBe(10n ** 26n);
  });

  it('draws the council expiry, 24 July 2026 18:52:59 UTC, and says the renewal failed', () => {
    const description = String(document.description);
    for (const figure of ['45,818', '100,000', '1,000,000', '172,800', '549,816', '2 × 365 days + 7 days'])
      expect(description).toContain(figure);
    expect(description).toContain('24 July 2026 18:52:59 UTC');
    expect(description).toContain('1,784,919,179');
    expect(node(document as never, 'delay').cancellersUntil).toBe('2026-07-24T18:52:59Z');
    expect(description).toMatch(/The renewal failed: EP 6\.48/);
  });

  it("shows the council's end on the timelock's card, in both languages, and only with cancellers", () => {
    const params = node(document as never, 'delay');
    const summary = getNodeKind('timelock')!.summary as (params: unknown, language: 'en' | 'ko') => string;
    expect(summary(params, 'en')).toBe('2 days delay · cancel until 2026-07-24');
    expect(summary(params, 'ko')).toBe('2일 대기 · 2026-07-24까지 취소 가능');
    expect(summary({ ...params, cancellers: [] }, 'en')).toBe('2 days delay');
  });

  it('simulates proposals made before and after the expiry: the council could cancel throughout, for part, then not', () => {
    const proposals = ['2026-07-10T00:00:00Z', '2026-07-17T00:00:00Z', '2026-07-25T00:00:00Z'].map(
      (date) => ({
        type: 'executable',
        date,
      }),
    );
    const result = simulate(compiled(document), { seed: 1, turnout: 0.9, preference: allFor, proposals });
    const timelock = (index: number) => result.proposals[index]!.steps.find((step) => step.node === 'delay')!;
    // Every proposal reaches the timelock after the vote (12 + 549,816 s) and leaves it 2 days later.
    for (const index of [0, 1, 2]) expect(timelock(index)).toMatchObject({ at: 549_828, until: 722_628 });
    // Made 10 July 00:00: the power ends 14 days 18:52:59 later, after the timelock's 2 days.
    expect(timelock(0).cancelUntil).toBe(14 * DAY + 67_979);
    // Made 17 July 00:00: it ends 7 days 18:52:59 later, 122,951 s into the timelock's 172,800.
    expect(timelock(1).cancelUntil).toBe(7 * DAY + 67_979);
    expect(timelock(1).cancelUntil! - 549_828).toBe(122_951);
    // Made 25 July 00:00: it had ended 5:07:01 before.
    expect(timelock(2).cancelUntil).toBe(-(5 * 3600 + 7 * 60 + 1));
    const context = (language: 'en' | 'ko') => ({
      language,
      amount: String,
      unit: '',
      share: () => '',
      number: String,
      duration: (seconds: number) => formatDuration(seconds, language),
      stageName: String,
    });
    const note = (index: number, language: 'en' | 'ko') =>
      getNodeKind('timelock')!.stepNote!(timelock(index), context(language));
    const notes = [0, 1, 2].map((index) => note(index, 'en'));
    expect(notes).toEqual([
      'waits 2 days · cancellers could cancel throughout',
      'waits 2 days · cancellers could cancel for the first 1 day 10 hours 9 minutes 11 seconds',
      "waits 2 days · cancellers' power had ended",
    ]);
    expect(note(1, 'ko')).toBe('2일 대기 · 처음 1일 10시간 9분 11초 동안만 취소 가능');
  });

  it('explains itself in English and Korean', () => {
    // The rules in words (charter explain): the OpenZeppelin target refuses this design, so its "will enforce"
    // section says nothing of it; the explanation of the rules themselves does.
    const sentence = (language: 'en' | 'ko') => {
      const result = explain(document, language);
      if (!result.ok) throw new Error('does not explain');
      return result.paragraphs.map((paragraph) => paragraph.text).join(' ');
    };
    expect(sentence('en')).toContain(
      'lasts 6 days 8 hours 43 minutes 36 seconds. At least 1% of all ENS must vote For or Abstain',
    );
    expect(sentence('ko')).toContain(
      '6일 8시간 43분 36초 동안 투표합니다. 전체 ENS의 1% 이상이 찬성 또는 기권해야',
    );
  });

  it('simulates: every executed proposal takes 1 block + 45,818 blocks + 2 days, 722,628 s', async () => {
    expect(await timeToExecution('ens-dao')).toMatchObject({ min: 722_628, max: 722_628 });
    expect(12 + 549_816 + 172_800).toBe(8 * DAY + 8 * 3600 + 43 * 60 + 48);
  });
});
