import { decodeAbiParameters, zeroAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../compiler/simulate/simulate.ts';
import { multisigInstallParameters } from '../../../compiler/targets/aragon/multisig-setup-abi.ts';
import { tokenVotingInstallParameters } from '../../../compiler/targets/aragon/token-voting-setup-abi.ts';
import { tokenVotingInstallParametersBuild4 } from '../../../compiler/targets/aragon/token-voting-setup-abi-build-4.ts';
import { compiledTemplate } from '../../simulate/compiled.ts';

type Plugin = Record<string, unknown> & { plugin: string; installData: `0x${string}` };

describe('the aragon-dao template deploys on Aragon: a TokenVoting and a Multisig', () => {
  const config = compiledTemplate('aragon-dao');
  const aragon = config.targets.aragon!;
  const plugins = (aragon.parameters as { plugins: Plugin[] }).plugins;
  const byKind = Object.fromEntries(plugins.map((p) => [p.plugin, p]));

  it('is supported on Aragon, with one unit per plugin, and deploys on no other target', () => {
    expect(aragon.verdict).toBe('supported');
    expect(aragon.problems).toEqual([]);
    expect(plugins.map((p) => [p.plugin, p.decision, p.execute])).toEqual([
      ['token-voting', 'vote', 'run-vote'],
      ['multisig', 'multisig', 'run-ops'],
    ]);
    for (const other of ['openzeppelin', 'safe', 'snapshot', 'gardens'])
      expect(config.targets[other]!.verdict).toBe('not-applicable');
  });

  it("installs TokenVoting with Aragon's documented example settings, in build 3 and build 4 layouts", () => {
    // 50 % and 25 % in parts of 10^6; 2 days in seconds; 10,000 ACME of 18 decimals to propose.
    const settings = {
      votingMode: 0,
      supportThreshold: 500_000,
      minParticipation: 250_000,
      minDuration: 172_800n,
      minProposerVotingPower: 10_000n * 10n ** 18n,
    };
    const token = { addr: '0x00ec76Ecf3F85aa2bbBa64CaA3a55c75e9df669E', name: 'Acme', symbol: 'ACME' };
    const vote = byKind['token-voting']!;
    expect(decodeAbiParameters(tokenVotingInstallParameters, vote.installData)).toEqual([
      settings,
      token,
      { receivers: [], amounts: [] },
      { target: zeroAddress, operation: 0 },
      0n,
      '0x',
    ]);
    const current = vote.currentBuild as { build: number; installData: `0x${string}` };
    expect(current.build).toBe(4);
    expect(decodeAbiParameters(tokenVotingInstallParametersBuild4, current.installData)).toEqual([
      settings,
      token,
      { receivers: [], amounts: [], ensureDelegationOnMint: false },
      { target: zeroAddress, operation: 0 },
      0n,
      '0x',
      [],
    ]);
  });

  it('installs the stewards Multisig with 3 approvals of its 5 members', () => {
    const multisig = byKind.multisig!;
    const [members, settings] = decodeAbiParameters(multisigInstallParameters, multisig.installData);
    expect(members).toHaveLength(5);
    expect(settings).toEqual({ onlyListed: true, minApprovals: 3 });
  });

  it('the preview routes operations to the stewards and counts the token vote as TokenVoting does', () => {
    const run = (type: string, balance: bigint, preference = { for: 1, against: 0, abstain: 0 }) =>
      simulate(config, {
        seed: 3,
        turnout: 1,
        preference,
        electorates: {
          acme: { distribution: 'csv', csv: `0x${'1'.repeat(40)},${balance}` },
        },
        proposals: [{ type }],
      }).proposals[0]!;
    const ops = run('operations', 10_000n * 10n ** 18n);
    expect([ops.outcome, ops.steps.map((s) => s.node)]).toEqual([
      'executed',
      ['propose', 'route', 'multisig', 'run-ops'],
    ]);
    // 25 % of 10,000,000 ACME is 2,500,000 ACME (whole, so Aragon's ceiling adds nothing): one base unit short
    // fails, exactly 2,500,000 passes.
    const quarter = 2_500_000n * 10n ** 18n;
    expect(run('governance', quarter - 1n).outcome).toBe('rejected');
    const passed = run('governance', quarter);
    expect([passed.outcome, passed.executableAfter]).toEqual(['executed', 172_800]);
  });
});
