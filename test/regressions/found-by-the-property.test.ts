// Documents validation accepts that compile throws on, found by test/properties/valid-documents.property.test.ts and
// shrunk by hand. Each is an amount validated with one number of decimals and converted with another. After the fix
// either validation refuses the document (a diagnostic names the field) or it compiles; it never throws.

import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { isValid, validateDocument } from '../../compiler/validate/validate-document.ts';
import { type WiredDocument, wiredDocument } from '../fixtures/wired-document.ts';
import { acme, owners, token, vote } from './issue-13-documents.ts';

/** Compiling gives diagnostics or a config as validation says, and throws nothing. */
function expectCompilesOrIsRefused(doc: WiredDocument): void {
  const valid = isValid(validateDocument(doc));
  let ok: boolean | undefined;
  expect(() => {
    ok = compile(doc).ok;
  }).not.toThrow();
  expect(ok).toBe(valid);
}

describe('validate and compile agree on the decimals of an amount', () => {
  it('a quorum of 0.5 members: validation checks no decimals, compile converts it with none', () => {
    expectCompilesOrIsRefused(
      wiredDocument(
        [
          { id: 'propose', kind: 'proposal' },
          { id: 'team', kind: 'members', params: { members: owners } },
          { id: 'rank', kind: 'ranked-choice', params: { quorum: { absolute: '0.5' } } },
          { id: 'record', kind: 'signal' },
          { id: 'stop', kind: 'reject' },
        ],
        [
          'propose.out -> rank.in',
          'team.voters -> rank.voters',
          'rank.decided -> record.in',
          'rank.failed -> stop.in',
        ],
      ),
    );
  });

  it("a budget split's quorum in its voters' token: converted with the budget asset's decimals", () => {
    expectCompilesOrIsRefused(
      wiredDocument(
        [
          { id: 'propose', kind: 'proposal' },
          token('acme', 'ACME', acme),
          {
            id: 'split',
            kind: 'budget-split',
            params: { budget: '1000', asset: { symbol: 'X', decimals: 0 }, quorum: { absolute: '0.5' } },
          },
          { id: 'record', kind: 'signal' },
          { id: 'stop', kind: 'reject' },
        ],
        [
          'propose.out -> split.in',
          'acme.voters -> split.voters',
          'split.decided -> record.in',
          'split.failed -> stop.in',
        ],
      ),
    );
  });

  it("Aragon's proposer threshold from another token: converted with the voting token's decimals", () => {
    const whole = {
      ...token('whole', 'WHL', acme),
      params: { token: { symbol: 'WHL', decimals: 0, totalSupply: '1000', address: acme } },
    };
    expectCompilesOrIsRefused(
      wiredDocument(
        [
          { id: 'propose', kind: 'proposal', params: { minVotingPower: '0.5' } },
          token('acme', 'ACME', acme),
          whole,
          vote('vote', 'Token vote', 'aragon'),
          { id: 'run', kind: 'execute', params: { executor: 'aragon' } },
          { id: 'stop', kind: 'reject' },
        ],
        [
          'acme.voters -> propose.proposers',
          'whole.voters -> vote.voters',
          'propose.out -> vote.in',
          'vote.passed -> run.in',
          'vote.failed -> stop.in',
        ],
      ),
    );
  });
});
