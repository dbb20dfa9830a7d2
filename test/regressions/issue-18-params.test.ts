// Issue 18: a node whose params are not an object (`"params": null` on a signers node) made loadDocument throw a
// TypeError, so every CLI command printed a stack trace and a share link opened a blank page. It is now a problem
// on that node, in every stage and every command.

import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import { loadDocument } from '../../compiler/document/load-document.ts';
import { explain } from '../../compiler/explain/explain.ts';
import { lintDocument } from '../../compiler/lint/lint-document.ts';
import { validateDocument } from '../../compiler/validate/validate-document.ts';
import { fakeIO } from '../cli/fake-io.ts';
import { wiredDocument } from '../fixtures/wired-document.ts';

const owners = [`0x${'a'.repeat(40)}`, `0x${'b'.repeat(40)}`];

/** A Safe's owners approving a proposal, with the owners' params replaced by `params`. */
function withParams(params: unknown) {
  const doc = wiredDocument(
    [
      { id: 'propose', kind: 'proposal' },
      { id: 'owners', kind: 'signers', label: 'Owners', params: { signers: owners } },
      { id: 'safe', kind: 'multisig', params: { threshold: 1 } },
      { id: 'run', kind: 'execute', params: { executor: 'safe' } },
      { id: 'stop', kind: 'reject' },
    ],
    [
      'propose.out -> safe.in',
      'owners.voters -> safe.voters',
      'safe.passed -> run.in',
      'safe.failed -> stop.in',
    ],
  );
  (doc.nodes[1] as { params: unknown }).params = params;
  return doc;
}

describe('params that are not an object (issue 18)', () => {
  for (const params of [null, 5, 'signers', [owners], true]) {
    const shown = JSON.stringify(params);
    it(`params ${shown} on a signers node is an error on that node, not a TypeError`, async () => {
      const doc = withParams(params);
      const loaded = loadDocument(JSON.stringify(doc));
      expect(loaded).toBeDefined();
      const problems = validateDocument(doc).filter((problem) => problem.severity === 'error');
      expect(problems.some((problem) => problem.nodeId === 'owners')).toBe(true);
      expect(compile(doc).ok).toBe(false);
      expect(explain(doc).ok).toBe(false);
      expect(() => lintDocument(doc)).not.toThrow();
      for (const command of ['validate', 'lint', 'explain', 'compile', 'simulate']) {
        const io = fakeIO({ 'doc.json': JSON.stringify(doc) });
        expect(
          await main([command, 'doc.json', ...(command === 'simulate' ? ['--runs', '1'] : [])], io),
        ).toBe(1);
        expect(io.err + io.out).toContain('owners');
        expect(io.err + io.out).not.toMatch(/TypeError|at .*\.ts:\d+/);
      }
    });
  }

  it('the same document with its params back is valid', () => {
    expect(validateDocument(withParams({ signers: owners })).filter((p) => p.severity === 'error')).toEqual(
      [],
    );
  });
});
