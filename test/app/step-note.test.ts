import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CharterDocument, compile, nodeKinds, type StepTrace } from '../../compiler/index.ts';
import { noteContext } from '../../src/panels/preview/note-context.ts';
import { stepNote } from '../../src/panels/preview/step-note.ts';
import { stepTone, traceOverlay } from '../../src/panels/preview/trace-overlay.ts';

const day = 86_400;
const bicameral = JSON.parse(
  readFileSync('rules-schema/examples/bicameral-veto.charter.json', 'utf8'),
) as CharterDocument;
const compiled = compile(bicameral);
if (!compiled.ok) throw new Error('the bicameral template does not compile');
const { config } = compiled;
const node = (id: string) => bicameral.nodes.find((candidate) => candidate.id === id)!;
const step = (id: string, fields: Partial<StepTrace> = {}): StepTrace => ({
  node: id,
  kind: node(id).kind,
  at: 0,
  until: 0,
  branch: null,
  ...fields,
});
const symbol = config.electorates.find((electorate) => electorate.id === 'op')!.token!.symbol;
const token = 10n ** 18n;

describe('the note under a node on a traced proposal, in the words of its kind', () => {
  it('gives every kind a proposal can pass a note (electorates are never on its way)', () => {
    const silent = nodeKinds.filter((kind) => kind.stepNote === undefined).map((kind) => kind.flow.role);
    expect(new Set(silent)).toEqual(new Set(['electorate']));
  });

  it('writes a vote as its split of the votes cast and its quorum, in English and Korean', () => {
    // 610 For, 260 Against, 130 Abstain of 1,000 cast: 61%, 26%, 13%; 740 counted toward a quorum of 300.
    const vote = step('house', {
      branch: 'passed',
      tally: {
        for: String(610n * token),
        against: String(260n * token),
        abstain: String(130n * token),
        voters: 9,
      },
      quorum: { needed: String(300n * token), counted: String(740n * token), met: true },
    });
    expect(stepNote(vote, noteContext(config, 'en'))).toBe(
      `For 61% · Against 26% · Abstain 13% · quorum met (740 / 300 ${symbol})`,
    );
    expect(stepNote(vote, noteContext(config, 'ko'))).toBe(
      `찬성 61% · 반대 26% · 기권 13% · 정족수 충족 (740 / 300 ${symbol})`,
    );
  });

  it('writes a veto window that passed unblocked, and one that blocked', () => {
    const quiet = step('veto', {
      at: 9 * day,
      until: 12 * day,
      branch: 'passed',
      threshold: { rule: 'vetoes', needed: '5', counted: '1', met: false },
    });
    expect(stepNote(quiet, noteContext(config, 'en'))).toBe('not vetoed (1 of 5 needed) in 3 days');
    expect(stepNote(quiet, noteContext(config, 'ko'))).toBe('3일 동안 거부권 없음 (필요 5표 중 1표)');
    const blocked = {
      ...quiet,
      branch: 'vetoed',
      threshold: { ...quiet.threshold!, counted: '6', met: true },
    };
    expect(stepNote(blocked, noteContext(config, 'en'))).toBe('vetoed: 6 of 5 vetoes needed');
  });

  it('writes when an outcome was reached, and says nothing for a kind it does not know', () => {
    expect(stepNote(step('run', { at: 12 * day, until: 12 * day }), noteContext(config, 'en'))).toBe(
      'executable after 12 days',
    );
    expect(stepNote(step('defeated'), noteContext(config, 'ko'))).toBe('거부됨');
    expect(stepNote({ ...step('run'), kind: 'teleport' }, noteContext(config, 'en'))).toBeUndefined();
  });
});

describe('the tone of a traced step, from its kind’s flow role and the role of the exit it took', () => {
  it('marks a decision passed or failed by its exit, and outcomes by what they do', () => {
    expect(stepTone(step('veto', { branch: 'passed' }), node('veto'))).toBe('passed');
    expect(stepTone(step('veto', { branch: 'vetoed' }), node('veto'))).toBe('failed');
    expect(stepTone(step('house', { branch: 'failed' }), node('house'))).toBe('failed');
    expect(stepTone(step('house'), node('house'))).toBe('failed');
    expect(stepTone(step('run'), node('run'))).toBe('passed');
    expect(stepTone(step('vetoed'), node('vetoed'))).toBe('failed');
    expect(stepTone(step('propose', { branch: 'out' }), node('propose'))).toBe('trace');
  });

  it('lights the voters of each decision on the trace, back to the electorate', () => {
    const trace = {
      type: 'protocol-upgrade',
      amount: '0',
      outcome: 'executed' as const,
      end: 'run',
      executableAfter: 12 * day,
      steps: [
        step('propose', { branch: 'out' }),
        step('house', { branch: 'passed', tally: { for: '1', against: '0', abstain: '0', voters: 1 } }),
        step('veto', {
          branch: 'passed',
          threshold: { rule: 'vetoes', needed: '5', counted: '0', met: false },
        }),
        step('run'),
      ],
    };
    const layer = traceOverlay(trace, bicameral, () => undefined);
    expect(layer.nodes.op).toEqual({ tone: 'trace' });
    expect(layer.edges.e2).toBe('trace');
    expect(layer.nodes.house).toEqual({ tone: 'passed' });
  });
});
