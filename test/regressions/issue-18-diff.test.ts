// Issue 18: `charter diff` said "Quorum changed from 4% to 4%" when a quorum was rewritten from "4" to "4.0".
// Percentages and token amounts are decimal text; diff compares them by value.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDiff } from '../../compiler/diff/describe-diff.ts';
import { diffDocuments } from '../../compiler/diff/diff-documents.ts';

const governor = () =>
  JSON.parse(
    readFileSync(new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url), 'utf8'),
  );

/** The governor template with its vote's quorum written `percent`, and its proposal threshold `power`. */
function withQuorum(percent: string, power?: string) {
  const doc = governor();
  doc.nodes.find((node: { kind: string }) => node.kind === 'majority-vote').params.quorum = { percent };
  if (power !== undefined)
    doc.nodes.find((node: { kind: string }) => node.kind === 'proposal').params.minVotingPower = power;
  return doc;
}

const said = (a: unknown, b: unknown) =>
  describeDiff(diffDocuments(a as never, b as never), a as never, b as never);

describe('diff compares numbers by value (issue 18)', () => {
  it('finds no change from "4" to "4.0", "04" or "4.000"', () => {
    for (const written of ['4.0', '04', '4.000', '04.00'])
      expect(said(withQuorum('4'), withQuorum(written))).toEqual([]);
  });

  it('finds no change in a token amount rewritten with trailing zeros', () => {
    expect(said(withQuorum('4', '1000'), withQuorum('4', '1000.00'))).toEqual([]);
  });

  it('still tells a real change, in the words a founder reads', () => {
    expect(said(withQuorum('4'), withQuorum('4.5'))).toContain('Token vote: Quorum changed from 4% to 4.5%.');
    expect(said(withQuorum('4.0'), withQuorum('4.01'))).toContain(
      'Token vote: Quorum changed from 4% to 4.01%.',
    );
  });

  it('keeps other text as written: a proposal type "1.0" is not the type "1"', () => {
    const a = governor();
    const b = governor();
    a.nodes.find((node: { kind: string }) => node.kind === 'proposal').params.types = ['1'];
    b.nodes.find((node: { kind: string }) => node.kind === 'proposal').params.types = ['1.0'];
    expect(said(a, b).length).toBeGreaterThan(0);
  });

  it('any percentage padded with zeros is no change; any other percentage is one', () => {
    const percent = fc
      .tuple(
        fc.integer({ min: 0, max: 99 }),
        fc.option(fc.stringMatching(/^[0-9]{1,6}$/), { nil: undefined }),
      )
      .map(([whole, fraction]) => (fraction === undefined ? String(whole) : `${whole}.${fraction}`));
    fc.assert(
      fc.property(percent, fc.integer({ min: 0, max: 4 }), fc.boolean(), (text, zeros, leading) => {
        const padded = `${leading && !text.startsWith('0') && text.split('.')[0]!.length < 2 ? '0' : ''}${text}${text.includes('.') ? '' : zeros > 0 ? '.' : ''}${'0'.repeat(zeros)}`;
        expect(said(withQuorum(text), withQuorum(padded))).toEqual([]);
      }),
      { numRuns: 40 },
    );
    fc.assert(
      fc.property(percent, percent, (x, y) => {
        fc.pre(Number(x) !== Number(y));
        expect(said(withQuorum(x), withQuorum(y)).some((line) => line.includes('Quorum changed'))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
