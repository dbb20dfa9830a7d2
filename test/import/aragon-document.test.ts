// aragonDocument on settings no template has: any TokenVoting, AddresslistVoting or Multisig settings the plugins
// accept must compile back, on the Aragon target, to exactly the settings read; what no node holds is refused by name.
import fc from 'fast-check';
import { type Address, getAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { aragonDocument } from '../../compiler/import/aragon-document.ts';
import type { AragonFacts, AragonPluginFacts } from '../../compiler/import/aragon-facts.ts';

const address = (n: number): Address => getAddress(`0x${n.toString(16).padStart(40, '0')}`);
const token = {
  address: address(0xacce55),
  name: 'Acme',
  symbol: 'ACME',
  decimals: 18,
  totalSupply: 10_000_000n * 10n ** 18n,
};
const facts = (plugins: AragonPluginFacts[]): AragonFacts => ({
  chainId: 1,
  dao: address(0xda0),
  read: 'dao',
  plugins,
  notes: [],
  blockTime: { seconds: 12, source: 'known' },
});

/** What the Aragon target emits for each plugin: its kind, settings and members. */
function emitted(result: ReturnType<typeof aragonDocument>) {
  if (!result.ok) throw new Error(result.reason.en);
  const compiled = compile(result.document);
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
  const target = compiled.config.targets.aragon as unknown as {
    problems: unknown[];
    parameters: {
      plugins: { plugin: string; settings: unknown; members?: string[]; minApprovals?: string }[];
    };
  };
  expect(target.problems).toEqual([]);
  return target.parameters.plugins.map(({ plugin, settings, members, minApprovals }) => ({
    plugin,
    settings,
    members,
    minApprovals,
  }));
}

// MajorityVotingBase._updateVotingSettings' bounds: support ≤ 999999, participation ≤ 10^6, duration in [1 h, 365 d].
const majority = fc.record({
  votingMode: fc.integer({ min: 0, max: 2 }),
  supportThreshold: fc.integer({ min: 0, max: 999_999 }),
  minParticipation: fc.integer({ min: 0, max: 1_000_000 }),
  minDuration: fc.bigInt({ min: 3_600n, max: 31_536_000n }),
});

describe('aragonDocument', () => {
  it('draws any TokenVoting settings so that they compile back unchanged, a minimum approval as a For-only quorum', () => {
    fc.assert(
      fc.property(
        majority,
        fc.bigInt({ min: 0n, max: token.totalSupply }),
        fc.boolean(),
        (settings, minProposerVotingPower, approvalOnly) => {
          const minApproval = approvalOnly ? BigInt(settings.minParticipation) : 0n;
          const plugin: AragonPluginFacts = {
            plugin: 'token-voting',
            address: address(1),
            ...settings,
            minParticipation: approvalOnly ? 0 : settings.minParticipation,
            minProposerVotingPower,
            token,
            minApproval,
            excludedAccounts: [],
          };
          expect(emitted(aragonDocument(facts([plugin])))).toEqual([
            {
              plugin: 'token-voting',
              settings: {
                votingMode: settings.votingMode,
                supportThreshold: settings.supportThreshold,
                minParticipation: plugin.minParticipation,
                minDuration: String(settings.minDuration),
                minProposerVotingPower: String(minProposerVotingPower),
              },
              members: undefined,
              minApprovals: String(minApproval),
            },
          ]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives plugins that ask different things of proposers a proposal each, and keeps every setting', () => {
    const members = [address(0xa1), address(0xa2), address(0xa3)];
    const plugins: AragonPluginFacts[] = [
      {
        plugin: 'token-voting',
        address: address(1),
        votingMode: 1,
        supportThreshold: 666_667,
        minParticipation: 45_000,
        minDuration: 86_400n,
        minProposerVotingPower: 10n ** 18n,
        token,
        excludedAccounts: [],
      },
      {
        plugin: 'addresslist-voting',
        address: address(2),
        votingMode: 2,
        supportThreshold: 500_000,
        minParticipation: 333_334,
        minDuration: 3_600n,
        minProposerVotingPower: 0n,
        members,
      },
      { plugin: 'multisig', address: address(3), onlyListed: false, minApprovals: 2, members },
    ];
    const result = aragonDocument(facts(plugins));
    if (!result.ok) throw new Error(result.reason.en);
    expect(
      result.document.nodes.filter((node) => node.kind === 'proposal').map((node) => node.params),
    ).toEqual([
      { types: ['token-voting'], minVotingPower: '1', deposit: '0' },
      { types: ['addresslist-voting'], minVotingPower: '0', deposit: '0' },
      { types: ['multisig'], minVotingPower: '0', deposit: '0' },
    ]);
    // One unit per plugin, in whatever order the target lists its paths (by proposal id).
    const byPlugin = <T extends { plugin: string }>(units: T[]) =>
      units.sort((x, y) => x.plugin.localeCompare(y.plugin));
    expect(byPlugin(emitted(result))).toEqual(
      byPlugin([
        {
          plugin: 'token-voting',
          settings: {
            votingMode: 1,
            supportThreshold: 666_667,
            minParticipation: 45_000,
            minDuration: '86400',
            minProposerVotingPower: String(10n ** 18n),
          },
          members: undefined,
          minApprovals: '0',
        },
        {
          plugin: 'addresslist-voting',
          settings: {
            votingMode: 2,
            supportThreshold: 500_000,
            minParticipation: 333_334,
            minDuration: '3600',
            minProposerVotingPower: '0',
          },
          members,
          minApprovals: undefined,
        },
        {
          plugin: 'multisig',
          settings: { onlyListed: false, minApprovals: 2 },
          members,
          minApprovals: undefined,
        },
      ]),
    );
  });

  it('shares one proposal, routed by type, between plugins anyone may propose to', () => {
    const members = [address(0xa1), address(0xa2)];
    const open = { votingMode: 0, supportThreshold: 500_000, minParticipation: 0, minDuration: 3_600n };
    const result = aragonDocument(
      facts([
        {
          plugin: 'token-voting',
          address: address(1),
          ...open,
          minProposerVotingPower: 0n,
          token,
          excludedAccounts: [],
        },
        { plugin: 'addresslist-voting', address: address(2), ...open, minProposerVotingPower: 0n, members },
      ]),
    );
    if (!result.ok) throw new Error(result.reason.en);
    const proposals = result.document.nodes.filter((node) => node.kind === 'proposal');
    expect(proposals.map((node) => node.params)).toEqual([
      { types: ['token-voting', 'addresslist-voting'], minVotingPower: '0', deposit: '0' },
    ]);
    expect(result.document.edges.some((edge) => edge.to.port === 'proposers')).toBe(false);
    expect(
      emitted(result).map(
        (plugin) => (plugin.settings as { minProposerVotingPower: string }).minProposerVotingPower,
      ),
    ).toEqual(['0', '0']);
  });

  it('leaves out, with the reason in both languages, a TokenVoting with two quorums or accounts out of the supply', () => {
    const base = {
      plugin: 'token-voting' as const,
      votingMode: 0,
      supportThreshold: 500_000,
      minDuration: 86_400n,
      minProposerVotingPower: 0n,
      token,
    };
    const twoQuorums: AragonPluginFacts = {
      ...base,
      address: address(1),
      minParticipation: 250_000,
      minApproval: 100_000n,
      excludedAccounts: [],
    };
    const excluded: AragonPluginFacts = {
      ...base,
      address: address(2),
      minParticipation: 250_000,
      excludedAccounts: [address(0xdead)],
    };
    const multisig: AragonPluginFacts = {
      plugin: 'multisig',
      address: address(3),
      onlyListed: true,
      minApprovals: 1,
      members: [address(0xa1)],
    };
    const result = aragonDocument(facts([twoQuorums, excluded, multisig]));
    if (!result.ok) throw new Error(result.reason.en);
    expect(result.notes.map((note) => note.code)).toEqual([
      'proposal-types-off-chain',
      'aragon-two-quorums',
      'aragon-excluded-supply',
    ]);
    expect(result.notes[1]).toEqual({
      code: 'aragon-two-quorums',
      en: `The TokenVoting ${address(1)} needs both a minimum participation of 25 % (every vote counts) and a minimum approval of 10 % (For only); a majority vote holds one quorum, so this plugin is not drawn.`,
      ko: `TokenVoting ${address(1)}은 최소 참여율 25%(모든 표 포함)와 최소 찬성률 10%(찬성만)를 함께 요구합니다. 다수결 투표에는 정족수를 하나만 적을 수 있어 이 플러그인은 그리지 않았습니다.`,
    });
    expect(emitted(result).map((plugin) => plugin.plugin)).toEqual(['multisig']);
    // With nothing left to draw, the import is refused with the reason.
    const none = aragonDocument(facts([twoQuorums]));
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.reason.code).toBe('aragon-two-quorums');
  });
});
