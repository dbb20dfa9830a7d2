import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CharterDocument, compile, type Diagnostic, lintDocument } from '../../compiler/index.ts';
import { fixFor } from '../../src/problems/fix-for.ts';
import { targetFix } from '../../src/problems/target-fix.ts';

function governor(): CharterDocument {
  return JSON.parse(readFileSync('rules-schema/examples/token-governor.charter.json', 'utf8'));
}

/** The token governor with its vote wired straight to the Execute, the timelock gone. */
function withoutTimelock(): CharterDocument {
  const doc = governor();
  doc.nodes = doc.nodes.filter((node) => node.id !== 'delay');
  doc.edges = doc.edges.filter((edge) => edge.to.node !== 'delay' && edge.from.node !== 'delay');
  doc.edges.push({ id: 'direct', from: { node: 'vote', port: 'passed' }, to: { node: 'run', port: 'in' } });
  return doc;
}

function codes(doc: CharterDocument): string[] {
  return lintDocument(doc).diagnostics.map((d) => d.code);
}

function only(doc: CharterDocument, code: string): Diagnostic {
  const found = lintDocument(doc).diagnostics.filter((d) => d.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('a problem offers its fix', () => {
  it('no timelock: puts a Timelock between the vote and the Execute, and the warning goes', () => {
    const doc = withoutTimelock();
    const fix = fixFor(only(doc, 'no-timelock'), doc)!;
    expect(fix.key).toBe('insertTimelock');
    const fixed = fix.apply(doc);
    expect(codes(fixed)).not.toContain('no-timelock');
    expect(lintDocument(fixed).ok).toBe(true);
    const added = fixed.nodes.filter((node) => !doc.nodes.some((old) => old.id === node.id));
    expect(added.map((node) => node.kind)).toEqual(['timelock']);
    // The vote's passed exit now reaches the Execute only through the new node.
    const fromVote = fixed.edges.filter((edge) => edge.from.node === 'vote' && edge.from.port === 'passed');
    expect(fromVote.map((edge) => edge.to.node)).toEqual([added[0]!.id]);
    expect(fixed.edges.some((edge) => edge.from.node === added[0]!.id && edge.to.node === 'run')).toBe(true);
  });

  it('a short voting period: set to 3 days, and the warning goes', () => {
    const doc = governor();
    (doc.nodes.find((node) => node.id === 'vote')!.params as Record<string, unknown>).votingPeriod = 3600;
    const fixed = fixFor(only(doc, 'short-voting-period'), doc)!.apply(doc);
    expect(codes(fixed)).not.toContain('short-voting-period');
    expect(
      (fixed.nodes.find((node) => node.id === 'vote')!.params as Record<string, unknown>).votingPeriod,
    ).toBe(259_200);
  });

  it('a zero quorum: set to 4%', () => {
    const doc = governor();
    (doc.nodes.find((node) => node.id === 'vote')!.params as Record<string, unknown>).quorum = {
      percent: '0',
    };
    const fixed = fixFor(only(doc, 'quorum-zero'), doc)!.apply(doc);
    expect(codes(fixed)).not.toContain('quorum-zero');
    expect(
      (fixed.nodes.find((node) => node.id === 'vote')!.params as Record<string, unknown>).quorum,
    ).toEqual({
      percent: '4',
    });
  });

  it('an unknown field ("quorom") is removed, and the document is valid again', () => {
    const doc = governor();
    (doc.nodes.find((node) => node.id === 'vote')!.params as Record<string, unknown>).quorom = {
      percent: '5',
    };
    const fix = fixFor(only(doc, 'unknown-field'), doc)!;
    expect(fix.values).toEqual({ field: 'quorom' });
    expect(lintDocument(fix.apply(doc)).ok).toBe(true);
  });

  it('offers nothing where no one fix is right: a few holders able to pass anything', () => {
    const doc = governor();
    const risk: Diagnostic = { code: 'capture-risk', severity: 'warning', message: '', nodeId: 'vote' };
    expect(fixFor(risk, doc)).toBeUndefined();
  });
});

describe('a fix never trades a warning for a refusal', () => {
  it('offers no timelock before an Execute by a Safe, which cannot hold one', () => {
    const doc = JSON.parse(
      readFileSync('rules-schema/examples/team-treasury-safe.charter.json', 'utf8'),
    ) as CharterDocument;
    const warning = lintDocument(doc).diagnostics.find((d) => d.code === 'no-timelock');
    expect(warning).toBeDefined();
    expect(fixFor(warning!, doc)).toBeUndefined();
  });
});

describe("a target's refusal offers its fix where removing the step is the advice", () => {
  const staged = () =>
    JSON.parse(readFileSync('rules-schema/examples/staged-dao.charter.json', 'utf8')) as CharterDocument;

  it("the Safe's refusal of a timelock: the step goes, its path joined up, and the Safe can run the rules", () => {
    const doc = staged();
    const fix = targetFix(doc, 'safe', 'delay1')!;
    expect(fix).toBeDefined();
    const fixed = fix(doc);
    expect(fixed.nodes.some((node) => node.id === 'delay1')).toBe(false);
    const result = compile(fixed);
    if (!result.ok) throw new Error('does not compile');
    expect(result.config.targets.safe!.verdict).toBe('supported');
    // What led into the timelock now leads where it led.
    const into = doc.edges.find((edge) => edge.to.node === 'delay1')!;
    const onward = doc.edges.find((edge) => edge.from.node === 'delay1')!;
    expect(
      fixed.edges.some(
        (edge) =>
          edge.from.node === into.from.node &&
          edge.from.port === into.from.port &&
          edge.to.node === onward.to.node,
      ),
    ).toBe(true);
  });

  it("no fix for the governor's refusal of a veto: removing a decision changes what the rules mean", () => {
    expect(targetFix(staged(), 'openzeppelin', 'veto')).toBeUndefined();
  });
});
