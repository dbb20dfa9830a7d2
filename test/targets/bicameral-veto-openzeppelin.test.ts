// The bicameral-veto template on OpenZeppelin: executed by the governor, a Governor runs its sourced 76 % bar and quorum
// counting every vote (CharterCounting's settings), and its veto by 3 of 10 citizens is a Safe of the ten with threshold
// 3, the TimelockController's canceller for the veto's week. With Optimism's own executor, the Security Council's Safe,
// nothing would run on a Governor.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';

type Target = {
  verdict: string;
  parameters: { governors: any[] };
  problems: { nodeId: string; template: string }[];
};

const template = () =>
  JSON.parse(
    readFileSync(new URL('../../rules-schema/examples/bicameral-veto.charter.json', import.meta.url), 'utf8'),
  );
const node = (document: any, id: string) => document.nodes.find((candidate: any) => candidate.id === id);

function openzeppelin(document: unknown): Target {
  const result = compile(document);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.config.targets.openzeppelin as unknown as Target;
}

describe('bicameral-veto on OpenZeppelin', () => {
  it("with a Safe executing, as Optimism's Security Council does, nothing runs on a Governor", () => {
    const document = template();
    node(document, 'run').params.executor = 'safe';
    expect(openzeppelin(document).verdict).toBe('not-applicable');
  });

  it("as published, executed by the governor: the House's 76 % and all-votes quorum as Governor settings, the veto by a Safe of 3 of 10", () => {
    const document = template();
    expect(node(document, 'run').params.executor).toBe('governor');
    const target = openzeppelin(document);
    expect(target.problems).toEqual([]);
    expect(target.verdict).toBe('supported');
    const [governor] = target.parameters.governors;
    // Hand-checked: the template's House passes with more than 76 % of For + Against, counting every vote to quorum,
    // 30 % of 4,294,967,296 OP.
    expect(governor.governor.quorumCounts).toBe('all');
    expect(Number(governor.governor.supportNumerator) / Number(governor.governor.supportDenominator)).toBe(
      0.76,
    );
    expect(governor.governor.quorumNumerator).toBe('30');
    expect(governor.governor.votingDelay).toBe('0');
    expect(governor.governor.votingPeriod).toBe('302400'); // 7 days of 2 s OP Mainnet blocks: 604,800 / 2
    // 604,800 s is the template's one-week window; the ten addresses are its Citizens' House list, 3 of whom veto
    // (its threshold of 30 %).
    expect(governor.timelockController.minDelay).toBe('604800');
    expect(governor.vetoSafe.owners).toEqual(node(document, 'citizens').params.members);
    expect(governor.vetoSafe.threshold).toBe('3');
    expect(governor.timelockController.cancellers).toEqual([governor.vetoSafe.address]);
  });

  it("with a simple majority counting For and Abstain, the same Safe of the Citizens' House cancels for the veto's week", () => {
    const document = template();
    Object.assign(node(document, 'house').params, { supportThreshold: '50', quorumCounts: 'for+abstain' });
    const target = openzeppelin(document);
    expect(target.verdict).toBe('supported');
    const [governor] = target.parameters.governors;
    // Hand-checked: 604,800 s is the template's one-week window; the ten addresses are its Citizens' House list, 3 of
    // whom veto (its threshold of 30 %).
    expect(governor.timelockController.minDelay).toBe('604800');
    expect(governor.vetoSafe.owners).toEqual(node(document, 'citizens').params.members);
    expect(governor.vetoSafe.threshold).toBe('3');
    expect(governor.timelockController.cancellers).toEqual([governor.vetoSafe.address]);
    expect(governor.governor.quorumNumerator).toBe('30');
    expect(governor.governor.votingPeriod).toBe(String(604800 / 2)); // 7 days of 2 s OP Mainnet blocks
  });
});
