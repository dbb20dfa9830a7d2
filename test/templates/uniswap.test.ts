import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { explain } from '../../compiler/explain/explain.ts';
import type { ConfigBody } from '../../compiler/generated/charter-config.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { compiled, template } from '../simulate/compiled.ts';

// Uniswap's temperature check and on-chain proposal, each number worked out by hand from the process document
// (Uniswap/docs docs/concepts/governance/02-process.md), GovernorBravo's block counts and Uni.sol: whole UNI × 10^18,
// days × 86,400 s, blocks × 12 s.

type Json = Record<string, unknown>;
const document = template('uniswap');
const config = JSON.parse(JSON.stringify(compiled(document))) as Json & { bodies: ConfigBody[] };
const body = (id: string) => config.bodies.find((candidate) => candidate.id === id)!;
const wei = (tokens: bigint) => (tokens * 10n ** 18n).toString();
const DAY = 86_400;
const targets = config.targets as Record<string, { verdict: string; problems: unknown[]; parameters: any }>;

describe('Uniswap (poll and GovernorBravo)', () => {
  it('draws the poll and the on-chain proposal as two entry points, neither waiting on the other', () => {
    const routes = config.routes as { entry: string; proposalType: string; minVotingPower: string }[];
    expect(routes.map((route) => [route.entry, route.proposalType, route.minVotingPower])).toEqual([
      ['propose', 'general', wei(1_000_000n)],
      ['poll', 'temperature-check', wei(10_000n)],
    ]);
    // The poll ends in a signal: nothing on chain reads it.
    const edges = document.edges as { from: { node: string; port: string }; to: { node: string } }[];
    expect(edges.filter((edge) => edge.from.node === 'temperature').map((edge) => edge.to.node)).toEqual([
      'sentiment',
      'no-change',
    ]);
    expect(document.nodes.find((node) => node.id === 'sentiment')!.kind).toBe('signal');
  });

  it('polls for 5 days with a 10M UNI quorum of every vote; votes 13,140 + 40,320 blocks and needs 40M UNI For', () => {
    expect(body('temperature').rule).toMatchObject({
      votingDelay: 0,
      votingPeriod: 5 * DAY,
      quorum: { absolute: wei(10_000_000n) },
      quorumCounts: 'all',
      votingMode: 'vote-replacement',
    });
    expect(body('onchain').rule).toMatchObject({
      votingDelay: 13_140 * 12,
      votingPeriod: 40_320 * 12,
      quorum: { absolute: wei(40_000_000n) },
      quorumCounts: 'for',
    });
    // 40,320 blocks were the process document's 7 days at 15 s blocks; 40M of the 1B genesis supply is 4 %.
    expect(40_320 * 15).toBe(7 * DAY);
    expect((10n ** 9n * 4n) / 100n).toBe(40_000_000n);
    expect((config.electorates as { token: { totalSupply: string } }[])[0]!.token.totalSupply).toBe(
      wei(10n ** 9n),
    );
  });

  it('deploys the poll as a Snapshot space that snapshot.js accepts: 5 days, quorum 10,000,000, 10,000 UNI to post', () => {
    expect(targets.snapshot!.verdict).toBe('supported');
    expect(targets.snapshot!.problems).toEqual([]);
    const [entry] = targets.snapshot!.parameters.spaces;
    expect(entry.decision).toBe('temperature');
    expect(entry.space.voting).toEqual({ delay: 0, period: 432_000, type: 'basic', quorum: 10_000_000 });
    expect(entry.space.validation).toEqual({ name: 'basic', params: { minScore: 10_000 } });
    expect(entry.space.name.length).toBeLessThanOrEqual(32);
  });

  it('deploys the on-chain proposal as CharterCompoundGovernor: For-only 40M UNI, Compound Timelock of 2 + 14 days', () => {
    expect(targets.openzeppelin!.verdict).toBe('supported');
    expect(targets.openzeppelin!.problems).toEqual([]);
    const [governor] = targets.openzeppelin!.parameters.governors;
    expect(governor.vote).toBe('onchain');
    expect(governor.governor).toMatchObject({
      quorumCounts: 'for',
      fixedQuorum: wei(40_000_000n),
      proposalThreshold: wei(1_000_000n),
      votingDelay: '13140',
      votingPeriod: '40320',
    });
    expect(governor.compoundTimelock).toEqual({
      admin: 'governor',
      cancellers: [],
      delay: String(2 * DAY),
      gracePeriod: String(14 * DAY),
    });
  });

  it('says in its description that the poll-first order is custom, not code', () => {
    const description = String(document.description);
    expect(description).toContain('The order is custom, not code');
    expect(description).toContain(
      'GovernorBravo accepts any proposal from an address with enough delegated UNI whether or not a Snapshot poll passed',
    );
    for (const figure of [
      '10M UNI Yes',
      '1M UNI',
      '40M UNI',
      '1_000_000_000e18',
      '13,140',
      '40,320',
      '10,000 UNI',
    ])
      expect(description).toContain(figure);
  });

  it('explains both entry points in English and Korean', () => {
    const sentence = (language: 'en' | 'ko') => {
      const result = explain(document, language);
      if (!result.ok) throw new Error('does not explain');
      return result.paragraphs.map((paragraph) => paragraph.text).join(' ');
    };
    expect(sentence('en')).toContain(
      'lasts 5 days. At least 10,000,000 UNI must vote, and For must beat Against',
    );
    expect(sentence('en')).toContain(
      'lasts 5 days 14 hours 24 minutes. At least 40,000,000 UNI must vote For',
    );
    expect(sentence('ko')).toContain('40,000,000 UNI 이상이 찬성해야');
  });

  it('simulates: an on-chain proposal that passes executes 13,140 + 40,320 blocks and 2 days after it is made', async () => {
    const file = 'rules-schema/examples/uniswap.charter.json';
    const io = fakeIO({ [file]: readFileSync(file, 'utf8') });
    expect(await main(['simulate', file, '--runs', '100', '--json'], io)).toBe(0);
    const types = JSON.parse(io.out).types as { proposalType: string; timeToExecution: unknown }[];
    // 157,680 + 483,840 + 172,800 s: the poll no longer comes first. The poll only signals: it never executes.
    const time = (type: string) =>
      types.find((candidate) => candidate.proposalType === type)!.timeToExecution;
    expect(time('general')).toMatchObject({
      min: (13_140 + 40_320) * 12 + 2 * DAY,
      max: (13_140 + 40_320) * 12 + 2 * DAY,
    });
    expect(time('temperature-check')).toBeNull();
  });
});
