// The property's oracle must catch a unit that leaves out a node, or the property could pass by checking nothing.
// Each case gives one target a unit by hand, with the nodes a target might list, and asks what is left out.

import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { graphView } from '../../compiler/compile/graph-view.ts';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { analyzePaths } from '../../compiler/paths/analyze-paths.ts';
import { checkDocument } from '../../compiler/validate/validate-document.ts';
import type { WiredDocument } from '../fixtures/wired-document.ts';
import { bicameral, multisigVetoSafe, smallAmountsToSafe } from '../regressions/issue-13-documents.ts';
import { unitsLeavingOutNodes } from './units-leaving-out-nodes.ts';

/** What the oracle says of `document` when `target` emits exactly `units` and the other targets nothing. */
function verdictOn(document: WiredDocument, target: string, units: unknown[]): string[] {
  const result = compile(document);
  if (!result.ok) throw new Error('the document does not compile');
  const config: CharterConfig = {
    ...result.config,
    targets: Object.fromEntries(
      Object.entries(result.config.targets).map(([name, value]) => [
        name,
        { ...value, parameters: name === target ? { units } : {} },
      ]),
    ),
  };
  return unitsLeavingOutNodes(config, analyzePaths(graphView(checkDocument(document).filled!)));
}

describe('the units-leave-out-nodes oracle', () => {
  const allOf = bicameral('all-of', 'governor');
  const anyOf = bicameral('any-of', 'governor');
  const oneHouse = ['propose', 'token-house', 'both', 'delay', 'run'];

  it('names the other house of an All of that a governor of one house leaves out', () => {
    const problems = verdictOn(allOf, 'openzeppelin', [{ nodes: oneHouse }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('openzeppelin.parameters.units[0]');
    expect(problems[0]).toContain('leaves out citizens-house');
  });

  it('accepts a unit that lists both houses, the join, the timelock and the execution', () => {
    expect(verdictOn(allOf, 'openzeppelin', [{ nodes: [...oneHouse, 'citizens-house'] }])).toEqual([]);
  });

  it('accepts one governor per house of an Any of: either may act alone', () => {
    const other = ['propose', 'citizens-house', 'both', 'delay', 'run'];
    expect(verdictOn(anyOf, 'openzeppelin', [{ nodes: oneHouse }, { nodes: other }])).toEqual([]);
  });

  it('names a veto between the multisig and the execution that a Safe leaves out', () => {
    const problems = verdictOn(multisigVetoSafe(), 'safe', [{ nodes: ['propose', 'council', 'run'] }]);
    expect(problems.join('\n')).toContain('leaves out veto');
  });

  it('names a route by amount before the multisig that a Safe leaves out', () => {
    const problems = verdictOn(smallAmountsToSafe(), 'safe', [{ nodes: ['propose', 'council', 'safe'] }]);
    expect(problems.join('\n')).toContain('leaves out amount');
  });

  it('fails a unit that does not list its nodes, instead of skipping it', () => {
    expect(verdictOn(allOf, 'openzeppelin', [{ vote: 'token-house' }])).toEqual([
      'openzeppelin.parameters.units[0] does not list the nodes it enforces (no "nodes" array of node ids)',
    ]);
  });

  it('fails a unit that lists no outcome, or no decision on the way to it', () => {
    expect(verdictOn(allOf, 'openzeppelin', [{ nodes: ['token-house'] }])[0]).toContain('lists no outcome');
    expect(verdictOn(multisigVetoSafe(), 'safe', [{ nodes: ['run'] }])[0]).toContain('lists no decision');
  });
});
