import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { describeDiff } from '../../compiler/diff/describe-diff.ts';
import { diffDocuments } from '../../compiler/diff/diff-documents.ts';
import { fakeIO } from '../cli/fake-io.ts';

const governor = () =>
  JSON.parse(
    readFileSync(new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url), 'utf8'),
  );

/** The governor template with a 5% quorum, a week-long vote and no timelock. */
function changed() {
  const doc = governor();
  const vote = doc.nodes.find((node: any) => node.kind === 'majority-vote');
  vote.params.quorum = { percent: '5' };
  vote.params.votingPeriod = 604_800;
  vote.position = { x: 999, y: 999 };
  const timelock = doc.nodes.find((node: any) => node.kind === 'timelock');
  const execute = doc.nodes.find((node: any) => node.kind === 'execute');
  doc.nodes = doc.nodes.filter((node: any) => node !== timelock);
  doc.edges = doc.edges.filter((edge: any) => edge.to.node !== timelock.id && edge.from.node !== timelock.id);
  doc.edges.push({
    id: 'direct',
    from: { node: vote.id, port: 'passed' },
    to: { node: execute.id, port: 'in' },
  });
  return doc;
}

describe('diff', () => {
  it('finds nothing between a document and itself moved around the canvas', () => {
    const a = governor();
    const b = governor();
    for (const node of b.nodes) node.position = { x: 0, y: 0 };
    b.edges.reverse();
    expect(describeDiff(diffDocuments(a, b), a, b)).toEqual([]);
  });

  it('tells a changed quorum, a longer vote and a removed timelock in words', () => {
    const a = governor();
    const b = changed();
    expect(describeDiff(diffDocuments(a, b), a, b)).toEqual([
      'Removed Timelock (2 days) (timelock).',
      'Token vote: Quorum changed from 4% to 5%.',
      'Token vote: Voting period changed from 5 days 14 hours 24 minutes to 7 days.',
      'Token vote\'s "passed" now leads to Execute instead of Timelock (2 days).',
      'Timelock (2 days)\'s "out" no longer leads to Execute.',
      'Target parameter openzeppelin › governors › 0 › governor › quorumNumerator changed from 4 to 5.',
      'Target parameter openzeppelin › governors › 0 › governor › votingPeriod changed from 40320 to 50400.',
      // The governor no longer enforces the removed timelock: the unit's list of nodes says so in one sentence.
      'Target parameter openzeppelin › governors › 0 › nodes changed from propose, vote, delay, run, uni to propose, vote, run, uni.',
      'Target parameter openzeppelin › governors › 0 › timelock removed: delay.',
      'Target parameter openzeppelin › governors › 0 › timelockController › minDelay changed from 172800 to 0.',
    ]);
  });

  it('says a list item was added rather than changed from nothing, and does not quote long text', () => {
    const a = governor();
    const b = governor();
    b.nodes.find((node: any) => node.kind === 'proposal').params.types.push('upgrade');
    b.description = `${a.description} Amended.`;
    expect(describeDiff(diffDocuments(a, b), a, b)).toEqual([
      'Description changed.',
      'Proposal: Proposal types › item 3 added: upgrade.',
    ]);
  });

  it('speaks Korean with Korean field titles', () => {
    const a = governor();
    const b = changed();
    const sentences = describeDiff(diffDocuments(a, b, 'ko'), a, b, 'ko');
    expect(sentences).toContain('Token vote: 정족수 4% → 5%.');
    expect(sentences).toContain('Token vote: 투표 기간 5일 14시간 24분 → 7일.');
  });

  it('keeps the exact values beside the words', () => {
    const diff = diffDocuments(governor(), changed());
    expect(diff.changed[0]!.changes[0]).toMatchObject({
      path: 'params.quorum',
      before: { percent: '4' },
      after: { percent: '5' },
    });
  });

  it('is what charter diff prints', async () => {
    const io = fakeIO({ 'a.json': JSON.stringify(governor()), 'b.json': JSON.stringify(changed()) });
    expect(await main(['diff', 'a.json', 'b.json'], io)).toBe(0);
    expect(io.out).toBe(
      `${describeDiff(diffDocuments(governor(), changed()), governor(), changed()).join('\n')}\n`,
    );
    const broken = fakeIO({ 'a.json': '{', 'b.json': '{}' });
    expect(await main(['diff', 'a.json', 'b.json'], broken)).toBe(1);
    const typo = changed();
    typo.nodes.find((node: any) => node.kind === 'majority-vote').params.quorom = { percent: '4' };
    const invalid = fakeIO({ 'a.json': JSON.stringify(governor()), 'b.json': JSON.stringify(typo) });
    expect(await main(['diff', 'a.json', 'b.json'], invalid)).toBe(1);
    expect(invalid.err).toContain('✗ b.json has errors, so what changed in it cannot be told reliably:');
    expect(invalid.out).toBe('');
  });
});
