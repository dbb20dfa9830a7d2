import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withDefaults } from '../../compiler/document/with-defaults.ts';
import { fixture } from '../fixtures/fixtures.ts';

describe('withDefaults', () => {
  it('copies anything as JSON would, and leaves the input as it was', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        let expected: string;
        try {
          expected = JSON.stringify(JSON.parse(JSON.stringify(value) ?? 'null'));
        } catch {
          return; // JSON itself refuses it (a BigInt)
        }
        const before = JSON.stringify(value);
        expect(JSON.stringify(withDefaults(value as never) ?? null)).toBe(expected);
        expect(JSON.stringify(value)).toBe(before);
      }),
      { numRuns: 2000, seed: 6 },
    );
  });

  it("fills a node's defaults into a copy", () => {
    const doc = fixture('minimal') as any;
    const filled = withDefaults(doc) as any;
    expect(filled.nodes[2].params.votingPeriod).toBe(604_800);
    expect(doc.nodes[2].params.votingPeriod).toBeUndefined();
    expect(filled.nodes[2].params.quorum).not.toBe(doc.nodes[2].params.quorum);
  });
});
