import fc from 'fast-check';
import { decodeAbiParameters, parseAbiParameters } from 'viem';
import { describe, expect, it } from 'vitest';
import { diagnosticText } from '../../../compiler/diagnostics/diagnostic-text.ts';
import {
  type AragonAddresslistVotingInput,
  aragonAddresslistVoting,
} from '../../../compiler/targets/aragon/aragon-addresslist-voting.ts';
import { accounts, node } from './nodes.ts';

const members = (list: readonly string[] = accounts) =>
  node('members', 'members', { source: 'list', members: [...list] }, 'Members');
const vote = (params: object = {}) =>
  node(
    'majority-vote',
    'vote',
    {
      quorum: { percent: '50' },
      quorumCounts: 'all',
      supportThreshold: '50',
      votingDelay: 0,
      votingMode: 'standard',
      ...params,
    },
    'Member vote',
  );
const proposal = (minVotingPower = '1') => node('proposal', 'propose', { minVotingPower }, 'Member proposal');

function input(overrides: Partial<AragonAddresslistVotingInput> = {}): AragonAddresslistVotingInput {
  const voters = overrides.voters ?? members();
  const list = voters.kind === 'members' && voters.params.source === 'list' ? voters.params.members : [];
  return {
    vote: vote(),
    voters,
    members: list,
    membersField: 'params.members',
    proposal: proposal(),
    proposers: voters,
    ...overrides,
  };
}

/** Each refusal as its code and field, with its English and Korean words. */
function refusals(overrides: Partial<AragonAddresslistVotingInput> = {}) {
  const result = aragonAddresslistVoting(input(overrides));
  if (result.ok) throw new Error('expected diagnostics');
  return result.diagnostics.map((d) => ({
    code: d.code,
    where: d.field ?? d.port,
    en: diagnosticText(d, 'en'),
    ko: diagnosticText(d, 'ko'),
  }));
}

// AddresslistVotingSetup.prepareInstallation in npm @aragon/osx@1.3.0, written out from its Solidity (not the
// constant the compiler encodes with): abi.decode(_data, (MajorityVotingBase.VotingSettings, address[])).
const setupLayout = parseAbiParameters('(uint8, uint32, uint32, uint64, uint256), address[]');

describe('aragonAddresslistVoting', () => {
  it("gives the cooperative's two-thirds vote exactly: 666666 millionths, half the members, 14 days, members only", () => {
    const result = aragonAddresslistVoting(
      input({ vote: vote({ supportThreshold: '66.6666', votingPeriod: 1_209_600 }) }),
    );
    if (!result.ok) throw new Error(result.diagnostics[0]!.message);
    const { settings, installData, build } = result.parameters;
    // 66.6666% × 10^6 = 666666; 50% × 10^6 = 500000; 14 × 86400 s = 1209600; one vote to propose: listed only.
    expect(decodeAbiParameters(setupLayout, installData)).toEqual([
      [0, 666_666, 500_000, 1_209_600n, 1n],
      [...accounts],
    ]);
    expect(settings.minParticipation).toBe(500_000);
    expect(build).toMatchObject({ repo: 'aragon/osx', release: 1, build: 2, tag: 'v1.3.0' });
  });

  it('lets anyone propose (0) when the proposal needs no vote, and listed members (1) for any share of one vote', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (millionths) => {
        const power = (millionths / 1_000_000).toFixed(6);
        const result = aragonAddresslistVoting(input({ proposal: proposal(power) }));
        if (!result.ok) throw new Error(result.diagnostics[0]!.message);
        expect(result.parameters.settings.minProposerVotingPower).toBe(millionths === 0 ? 0n : 1n);
      }),
      { numRuns: 50 },
    );
  });

  it('writes any quorum of whole millionths exactly as minParticipation (k ten-thousandths of a percent is k)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (k) => {
        const percent = `${Math.floor(k / 10_000)}.${String(k % 10_000).padStart(4, '0')}`;
        const result = aragonAddresslistVoting(input({ vote: vote({ quorum: { percent } }) }));
        if (!result.ok) throw new Error(result.diagnostics[0]!.message);
        expect(result.parameters.settings.minParticipation).toBe(k);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses, in English and Korean, what AddresslistVoting cannot run', () => {
    expect(refusals({ vote: vote({ quorumCounts: 'for' }) })).toEqual([
      {
        code: 'target-unsupported',
        where: 'params.quorumCounts',
        en: `Member vote: Aragon's AddresslistVoting counts every vote (For, Against and Abstain) toward its minimum participation and has no minimum approval, so it cannot count only For toward quorum as this vote does. Choose "all" for the votes that count toward quorum to use Aragon.`,
        ko: 'Member vote: Aragon의 AddresslistVoting은 최소 참여율에 모든 표(찬성, 반대, 기권)를 세고 최소 찬성률이 없어, 이 투표처럼 찬성만 정족수에 셀 수 없습니다. Aragon을 쓰려면 "정족수에 세는 표"를 모든 표로 바꾸세요.',
      },
    ]);
    const [absolute] = refusals({ vote: vote({ quorum: { absolute: '3' } }) });
    expect(absolute!.where).toBe('params.quorum.absolute');
    expect(absolute!.en).toContain('Write the quorum of 3 as a percentage of the members');
    expect(absolute!.ko).toContain('정족수 3을 구성원 대비 백분율로');
    const [power] = refusals({ proposal: proposal('2') });
    expect(power!.where).toBe('params.minVotingPower');
    expect(power!.en).toContain('a voting power to propose of 2 would let nobody propose');
    expect(power!.ko).toContain('제안에 필요한 투표권이 2일 때는');
    const others = node('token-holders', 'holders', {}, 'Token holders');
    const [proposers] = refusals({ proposers: others });
    expect(proposers!.where).toBe('proposers');
    expect(proposers!.en).toBe(
      "Member proposal: Aragon's AddresslistVoting lets its listed members propose (or anyone); it cannot take proposers from Token holders, who are not Members.",
    );
    const twice = members([accounts[0], accounts[1], accounts[0].toLowerCase()]);
    const [duplicate] = refusals({ voters: twice, proposers: twice });
    expect(duplicate!.en).toBe(
      `Members: lists ${accounts[0]} more than once; Aragon's AddresslistVoting reverts when a member is added twice. List each member once.`,
    );
  });

  it('refuses a voting delay as TokenVoting does, naming AddresslistVoting', () => {
    const [delay] = refusals({ vote: vote({ votingDelay: 3600 }) });
    expect(delay!.where).toBe('params.votingDelay');
    expect(delay!.en).toMatch(/^Member vote: Aragon's AddresslistVoting has no voting delay/);
    expect(delay!.ko).toMatch(/^Member vote: Aragon의 AddresslistVoting에는 투표 대기 기간이 없습니다/);
  });
});
