import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { explain } from '../../compiler/explain/explain.ts';
import type { ConfigBody } from '../../compiler/generated/charter-config.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { compiled, template } from '../simulate/compiled.ts';

// Uniswap's temperature check and on-chain vote, each number worked out by hand from the process document
// (Uniswap/docs docs/concepts/governance/02-process.md) and Uni.sol: whole UNI × 10^18, days × 86,400 s.

type Json = Record<string, unknown>;
const document = template('uniswap');
const config = JSON.parse(JSON.stringify(compiled(document))) as Json & { bodies: ConfigBody[] };
const body = (id: string) => config.bodies.find((candidate) => candidate.id === id)!;
const wei = (tokens: bigint) => (tokens * 10n ** 18n).toString();
const DAY = 86_400;

describe('Uniswap (temperature check, then GovernorBravo)', () => {
  it('polls for 5 days and needs 10M UNI Yes, then votes 2 + 7 days and needs 40M UNI For', () => {
    expect(body('temperature').rule).toMatchObject({
      votingDelay: 0,
      votingPeriod: 5 * DAY,
      quorum: { absolute: wei(10_000_000n) },
      quorumCounts: 'for',
      votingMode: 'vote-replacement',
    });
    expect(body('onchain').rule).toMatchObject({
      votingDelay: 2 * DAY,
      votingPeriod: 7 * DAY,
      quorum: { absolute: wei(40_000_000n) },
      quorumCounts: 'for',
    });
    // 40M of the 1B genesis supply is 4%, 1M is 0.1%.
    expect((10n ** 9n * 4n) / 100n).toBe(40_000_000n);
    expect((config.electorates as { token: { totalSupply: string } }[])[0]!.token.totalSupply).toBe(
      wei(10n ** 9n),
    );
  });

  it('proposes with 1,000,000 UNI and waits 2 days in the timelock', () => {
    const route = (config.routes as { minVotingPower: string; steps: { kind: string; rule: Json }[] }[])[0]!;
    expect(route.minVotingPower).toBe(wei(1_000_000n));
    expect(route.steps.find((step) => step.kind === 'timelock')!.rule).toMatchObject({ delay: 2 * DAY });
  });

  it('is refused by the OpenZeppelin target for running two decisions; without the poll it runs on a Governor', () => {
    const targets = config.targets as Record<string, { verdict: string; problems: { template?: string }[] }>;
    expect(targets.openzeppelin!.verdict).toBe('unsupported');
    expect(targets.openzeppelin!.problems.map((problem) => problem.template)).toEqual([
      'target.second-decision',
    ]);
    // Without the poll: Bravo's counting, which the OpenZeppelin target now runs (as for Compound).
    const withoutPoll = structuredClone(document) as typeof document & {
      edges: { from: { node: string; port: string }; to: { node: string; port: string } }[];
    };
    withoutPoll.nodes = withoutPoll.nodes.filter(
      (node) => node.id !== 'temperature' && node.id !== 'no-change',
    );
    withoutPoll.edges = withoutPoll.edges.filter(
      (edge) => edge.from.node !== 'temperature' && edge.to.node !== 'temperature',
    );
    withoutPoll.edges.push({
      from: { node: 'propose', port: 'out' },
      to: { node: 'onchain', port: 'in' },
    } as never);
    (withoutPoll.edges as { id?: string }[]).at(-1)!.id = 'e10';
    const alone = JSON.parse(JSON.stringify(compiled(withoutPoll))).targets.openzeppelin as {
      problems: { template: string }[];
      parameters: { governors: { governor: Record<string, string> }[] };
    };
    // The on-chain vote alone runs on a Governor, counting For only toward a fixed 40M UNI quorum, as Bravo does.
    expect(alone.problems).toEqual([]);
    const [governor] = alone.parameters.governors;
    expect(governor!.governor.quorumCounts).toBe('for');
    expect(governor!.governor.fixedQuorum).toBe(String(40_000_000n * 10n ** 18n));
  });

  it('says in its description what the chain does not enforce', () => {
    const description = String(document.description);
    expect(description).toContain(
      'GovernorBravo accepts any proposal from an address with enough delegated UNI',
    );
    for (const figure of ['10M UNI Yes', '1M UNI', '40M UNI', '1_000_000_000e18'])
      expect(description).toContain(figure);
  });

  it('explains both votes in English and Korean', () => {
    const sentence = (language: 'en' | 'ko') => {
      const result = explain(document, language);
      if (!result.ok) throw new Error('does not explain');
      return result.paragraphs.map((paragraph) => paragraph.text).join(' ');
    };
    expect(sentence('en')).toContain('lasts 5 days. At least 10,000,000 UNI must vote For');
    expect(sentence('en')).toContain('lasts 7 days. At least 40,000,000 UNI must vote For');
    expect(sentence('ko')).toContain('40,000,000 UNI 이상이 찬성해야');
  });

  it('simulates: a proposal that passes both executes 5 + 2 + 7 + 2 = 16 days after it is made', async () => {
    const file = 'rules-schema/examples/uniswap.charter.json';
    const io = fakeIO({ [file]: readFileSync(file, 'utf8') });
    expect(await main(['simulate', file, '--runs', '100', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out).types[0].timeToExecution).toMatchObject({ min: 16 * DAY, max: 16 * DAY });
  });
});
