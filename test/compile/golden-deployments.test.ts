// Beside the golden files: the numbers a founder would check by hand in the templates that first deployed with
// issue 17, worked out here from the rules' own words (percent × 10^6, days × 86,400 s, keccak256-derived addresses),
// not read back from the compiler's constants.
import { readFileSync } from 'node:fs';
import { decodeAbiParameters, getAddress, keccak256, parseAbiParameters, slice, toBytes } from 'viem';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';

const examples = new URL('../../rules-schema/examples/', import.meta.url);
function targetsOf(name: string) {
  const result = compile(JSON.parse(readFileSync(new URL(`${name}.charter.json`, examples), 'utf8')));
  if (!result.ok) throw new Error(`${name} does not compile`);
  return result.config.targets as Record<string, { verdict: string; parameters: Record<string, unknown[]> }>;
}
const verdicts = (targets: ReturnType<typeof targetsOf>) =>
  Object.fromEntries(Object.entries(targets).map(([name, target]) => [name, target.verdict]));
/** A placeholder address as the templates derive them: the last 20 bytes of keccak256 of the text. */
const placeholder = (text: string) => getAddress(slice(keccak256(toBytes(text)), 12));

describe('the templates that deploy since issue 17, checked by hand', () => {
  it('cooperative: two AddresslistVoting plugins on Aragon, one vote per member, quorum 5 of 9', () => {
    const targets = targetsOf('cooperative');
    expect(verdicts(targets)).toEqual({
      aragon: 'supported',
      gardens: 'not-applicable',
      openzeppelin: 'not-applicable',
      safe: 'not-applicable',
      snapshot: 'not-applicable',
    });
    const members = Array.from({ length: 9 }, (_, n) => placeholder(`charter-example:member-${n + 1}`));
    const plugins = targets.aragon!.parameters.plugins as {
      plugin: string;
      decision: string;
      installData: `0x${string}`;
    }[];
    // Written from AddresslistVotingSetup.prepareInstallation's abi.decode in @aragon/osx 1.3.0.
    const layout = parseAbiParameters('(uint8, uint32, uint32, uint64, uint256), address[]');
    const decoded = Object.fromEntries(
      plugins.map((p) => [`${p.plugin} ${p.decision}`, decodeAbiParameters(layout, p.installData)]),
    );
    // Ordinary: over 50% of For+Against, half the members voting (Aragon: ceil(9 × 0.5) = 5), 7 days, members propose.
    // Amendment: over 66.6666% (666,666 millionths), the same quorum, 14 days. Standard voting mode (0).
    expect(decoded).toEqual({
      'addresslist-voting ordinary': [[0, 500_000, 500_000, 7n * 86_400n, 1n], members],
      'addresslist-voting amend': [[0, 666_666, 500_000, 14n * 86_400n, 1n], members],
    });
    // (Exactly two-thirds passes: 4 For, 2 Against is (10^6 − 666666) × 4 > 666666 × 2; `charter verify` runs it.)
  });

  it('grants-qf: the payout is a 3-of-5 Safe; the QF round deploys nowhere and is not refused', () => {
    const targets = targetsOf('grants-qf');
    expect(verdicts(targets)).toEqual({
      aragon: 'not-applicable',
      gardens: 'not-applicable',
      openzeppelin: 'not-applicable',
      safe: 'supported',
      snapshot: 'not-applicable',
    });
    const [safe, ...more] = targets.safe!.parameters.safes as {
      owners: string[];
      threshold: string;
      nodes: string[];
    }[];
    expect(more).toEqual([]);
    expect(safe!.owners).toEqual(
      Array.from({ length: 5 }, (_, n) => placeholder(`charter-example:grants-signer-${n + 1}`)),
    );
    expect(safe!.threshold).toBe('3');
    expect(safe!.nodes).not.toContain('round');
  });
  it('uniswap: the temperature check is a Snapshot space; the on-chain proposal a Governor over a Compound Timelock', () => {
    const targets = targetsOf('uniswap');
    expect(verdicts(targets)).toEqual({
      aragon: 'not-applicable',
      gardens: 'not-applicable',
      openzeppelin: 'supported',
      safe: 'not-applicable',
      snapshot: 'supported',
    });
    const [space] = targets.snapshot!.parameters.spaces as {
      decision: string;
      space: { voting: Record<string, unknown>; validation: unknown; strategies: { params: unknown }[] };
    }[];
    // Phase 2 of the process document: 5 days (5 × 86,400 s), 10M UNI (Snapshot counts whole tokens), 10,000 UNI to
    // post; UNI read at its own address with 18 decimals.
    expect(space!.decision).toBe('temperature');
    expect(space!.space.voting).toEqual({ delay: 0, period: 5 * 86_400, type: 'basic', quorum: 10_000_000 });
    expect(space!.space.validation).toEqual({ name: 'basic', params: { minScore: 10_000 } });
    expect(space!.space.strategies[0]!.params).toEqual({
      address: '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984',
      decimals: 18,
      symbol: 'UNI',
    });
    const [unit] = targets.openzeppelin!.parameters.governors as {
      governor: Record<string, string>;
      compoundTimelock: Record<string, unknown>;
    }[];
    // Phase 3 and GovernorBravo: 40M and 1M UNI in base units (× 10^18), the delay and period in blocks, For alone
    // toward the quorum; Compound's Timelock with the Governor its admin, 2 days then 14 days' grace (× 86,400 s).
    expect(unit!.governor).toMatchObject({
      fixedQuorum: (40_000_000n * 10n ** 18n).toString(),
      proposalThreshold: (1_000_000n * 10n ** 18n).toString(),
      quorumCounts: 'for',
      votingDelay: '13140',
      votingPeriod: '40320',
    });
    expect(unit!.compoundTimelock).toEqual({
      admin: 'governor',
      cancellers: [],
      delay: String(2 * 86_400),
      gracePeriod: String(14 * 86_400),
    });
  });

  it("bicameral-veto: the Token House's Governor, and the Citizens' veto as a Safe of 3 of 10 cancelling for a week", () => {
    const targets = targetsOf('bicameral-veto');
    expect(verdicts(targets)).toEqual({
      aragon: 'not-applicable',
      gardens: 'not-applicable',
      openzeppelin: 'supported',
      safe: 'not-applicable',
      snapshot: 'not-applicable',
    });
    const [unit] = targets.openzeppelin!.parameters.governors as {
      governor: Record<string, string>;
      timelockController: { minDelay: string; cancellers: string[] };
      vetoSafe: { owners: string[]; threshold: string; address: string };
    }[];
    // 76 % of For + Against, 30 % of all OP voting (every vote counts), 7 days of 2 s blocks (604,800 / 2).
    expect(unit!.governor).toMatchObject({
      quorumCounts: 'all',
      quorumNumerator: '30',
      supportNumerator: '76',
      supportDenominator: '100',
      votingDelay: '0',
      votingPeriod: '302400',
    });
    // The veto's week (7 × 86,400 s) is the timelock's delay; 30 % of the 10 placeholder citizens is 3.
    const citizens = Array.from({ length: 10 }, (_, n) => placeholder(`charter-example:citizen-${n + 1}`));
    expect(unit!.timelockController.minDelay).toBe(String(7 * 86_400));
    expect(unit!.vetoSafe.owners).toEqual(citizens);
    expect(unit!.vetoSafe.threshold).toBe('3');
    expect(unit!.timelockController.cancellers).toEqual([unit!.vetoSafe.address]);
  });
});
