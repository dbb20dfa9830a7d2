import { type ElectorateGraph, electorateAt } from '../compile/electorate-at.ts';
import { type GraphView, graphView } from '../compile/graph-view.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { capitalize } from '../format/capitalize.ts';
import { koreanParticle } from '../format/korean-particle.ts';
import { nodeLabel } from '../format/node-label.ts';
import { type ExplainContext, failureRoles, type Language } from '../nodes/node-kind.ts';
import { analyzePaths, type FlowStep, type ProposalFlow } from '../paths/analyze-paths.ts';
import { type PathStep, pathsTo } from '../paths/paths-to.ts';
import { checkDocument, isValid } from '../validate/validate-document.ts';

/** One paragraph of an explanation: one path a proposal can take, for the types that take it. */
export interface ExplainedPath {
  proposalTypes: string[];
  text: string;
  /** The nodes the paragraph speaks of, in order, so that a reader's view can highlight them. */
  nodes: string[];
  /** The paragraph sentence by sentence, each with the nodes it speaks of; the texts joined by spaces are `text`. */
  sentences: ExplainedSentence[];
}

/** One sentence of an explanation and the nodes it is about (the step, and the voters feeding it). */
export interface ExplainedSentence {
  text: string;
  nodes: string[];
}

/** What {@link explain} gives. */
export type ExplainResult =
  | {
      ok: true;
      paragraphs: ExplainedPath[];
      /** False when a type had more paths than the limit; a last paragraph then says so. */
      complete: boolean;
    }
  | { ok: false; diagnostics: Diagnostic[] };

/** The electorate nodes feeding a port: the weightings in order, then the electorate they weigh. */
export function feedersOf(graph: ElectorateGraph, id: string, port: string): string[] {
  const at = electorateAt(graph, id, port);
  if (!at) return [];
  return at.base === null ? [...at.chain] : [...at.chain, at.base];
}

/** The voters feeding a port, in words, what their power is counted in, and whether they count one per person. */
export function votersOf(
  graph: ElectorateGraph,
  id: string,
  port: string,
  language: Language,
): Omit<ExplainContext, 'language' | 'branch'> {
  const people = { en: 'members', ko: '구성원' }[language];
  const at = electorateAt(graph, id, port);
  if (!at || at.base === null || !at.power) return { voters: '', unit: people, perPerson: true };
  const unit = at.power.unit[language];
  const perPerson = at.power.perPerson;
  const context = { language, unit, perPerson, branch: '' };
  let voters = graph.bound(at.base)!.explain({ ...context, voters: '' });
  for (const weighting of [...at.chain].reverse())
    voters = graph.bound(weighting)!.explain({ ...context, voters });
  return { voters, unit, perPerson };
}

/** One path told in sentences, before its paragraph's first sentence is added. */
interface Told {
  /** Conditions of the routing branches taken: "asking for 50,000 USDC or more". */
  conditions: string[];
  sentences: string[];
  /** The nodes each sentence speaks of, beside `sentences`. */
  sentenceNodes: string[][];
  /** The routing nodes whose branches were taken, for the paragraph's first sentence. */
  routers: string[];
  nodes: string[];
  /** The outcomes a failing decision leads to when it rejects. */
  rejectors: string[];
  /** Whether a decision on the way rejects the proposal when it fails. */
  rejects: boolean;
}

/**
 * One path in words, or null when the path is one that a paragraph already covers with "Otherwise it is rejected"
 * (it leaves a decision by a failing exit that leads only to rejection).
 */
function tell(
  graph: ElectorateGraph,
  view: GraphView,
  steps: ReadonlyMap<string, FlowStep>,
  path: readonly PathStep[],
  language: Language,
): Told | null {
  const told: Told = {
    conditions: [],
    sentences: [],
    sentenceNodes: [],
    routers: [],
    nodes: [],
    rejectors: [],
    rejects: false,
  };
  const leads = {
    passes: { en: 'If it passes,', ko: '가결되면' },
    fails: { en: 'If it fails,', ko: '부결되면' },
  };
  let lead: 'start' | 'passes' | 'fails' = 'start';
  const ifLead = (text: string) => (lead === 'start' ? capitalize(text) : `${leads[lead][language]} ${text}`);
  const isRejection = (id: string) => {
    const flow = steps.get(id)?.flow;
    return flow?.role === 'outcome' && flow.outcome === 'rejected';
  };
  for (const { node: id, port } of path) {
    told.nodes.push(id);
    const step = steps.get(id)!;
    const bound = graph.bound(id)!;
    const about = [id, ...feedersOf(graph, id, 'voters')];
    const context = { language, branch: '', ...votersOf(graph, id, 'voters', language) };
    const words = (branch = '') => bound.explain({ ...context, branch });
    const flow = step.flow;
    if (flow.role === 'entry') continue;
    if (flow.role === 'route') {
      told.routers.push(id);
      const exit = step.exits.find((candidate) => candidate.port === port);
      if (port !== null && (exit?.amount || flow.stages.length > 0)) told.conditions.push(words(port));
    } else if (flow.role === 'decision') {
      const name = nodeLabel(view.node(id));
      const goes =
        language === 'ko' ? `${koreanParticle(name, '으로', '로')} 갑니다.` : `it goes to ${name}.`;
      told.sentences.push(ifLead(goes), words());
      told.sentenceNodes.push(about, about);
      const failure = step.exits.find((exit) => failureRoles.has(exit.role));
      const rejecting = failure?.to.every(isRejection) ?? false;
      const taken = step.exits.find((exit) => exit.port === port);
      if (taken && failureRoles.has(taken.role)) {
        if (rejecting) return null;
        lead = 'fails';
      } else {
        lead = 'passes';
        if (rejecting) {
          told.rejects = true;
          told.rejectors.push(...failure!.to);
        }
      }
    } else if (flow.role === 'delay') {
      // Delays one after another (an L2 timelock, a bridge, an L1 timelock) are one sentence: "…, then …,".
      const previous = told.sentences.at(-1);
      if (previous?.endsWith(',') && lead === 'passes') {
        told.sentences[told.sentences.length - 1] =
          `${previous} ${language === 'ko' ? '' : 'then '}${words()},`;
        told.sentenceNodes.at(-1)!.push(id);
      } else {
        told.sentences.push(`${ifLead(words())},`);
        told.sentenceNodes.push([id]);
      }
    } else if (flow.role === 'outcome') {
      const clause = words();
      const previous = told.sentences.at(-1);
      if (previous?.endsWith(',')) {
        told.sentences[told.sentences.length - 1] =
          `${previous} ${language === 'ko' ? '' : 'then '}${clause}.`;
        told.sentenceNodes.at(-1)!.push(id);
      } else {
        told.sentences.push(`${ifLead(clause)}.`);
        told.sentenceNodes.push([id]);
      }
    } else {
      told.sentences.push(words());
      told.sentenceNodes.push(about);
    }
  }
  return told;
}

/** The paths of a flow to all its outcomes, at most `limit`, in the order a depth-first walk meets them. */
function flowPaths(flow: ProposalFlow, limit: number): { paths: PathStep[][]; complete: boolean } {
  const steps = new Map(flow.steps.map((step) => [step.node, step]));
  let complete = true;
  const found: { path: PathStep[]; order: number[] }[] = [];
  for (const outcome of flow.outcomes) {
    const some = pathsTo(flow, outcome.node, limit);
    complete &&= some.complete;
    for (const path of some.paths) {
      const order = path.slice(0, -1).flatMap((step, index) => {
        const exits = steps.get(step.node)!.exits;
        const exit = exits.findIndex((candidate) => candidate.port === step.port);
        return [exit, exits[exit]!.to.indexOf(path[index + 1]!.node)];
      });
      found.push({ path, order });
    }
  }
  found.sort((a, b) => {
    for (let i = 0; i < Math.min(a.order.length, b.order.length); i++)
      if (a.order[i] !== b.order[i]) return a.order[i]! - b.order[i]!;
    return a.order.length - b.order.length;
  });
  if (found.length > limit) complete = false;
  return { paths: found.slice(0, limit).map(({ path }) => path), complete };
}

export function typeWords(types: string[], language: Language): string {
  const spelled = types.map((type) => type.replace(/-/g, ' '));
  if (language === 'ko') return `${spelled.join(', ')} 제안`;
  const list =
    spelled.length === 1 ? spelled[0]! : `${spelled.slice(0, -1).join(', ')} and ${spelled.at(-1)}`;
  return `${capitalize(list)} proposals`;
}

function paragraph(
  types: string[],
  path: Told,
  proposers: string,
  language: Language,
  proposerNodes: string[],
): ExplainedSentence[] {
  const subject = typeWords(types, language);
  const conditions = path.conditions.join(language === 'ko' ? ' ' : ', ');
  const head =
    language === 'ko'
      ? `${conditions ? `${conditions} ` : ''}${subject}: ${proposers}.`
      : `${subject}${conditions ? ` ${conditions}` : ''}: ${proposers}.`;
  const otherwise = path.rejects
    ? [language === 'ko' ? '부결되면 기각됩니다.' : 'Otherwise it is rejected.']
    : [];
  const sentences: ExplainedSentence[] = [
    { text: head, nodes: [...proposerNodes, ...path.routers] },
    ...path.sentences.map((text, index) => ({ text, nodes: path.sentenceNodes[index] ?? [] })),
    ...otherwise.map((text) => ({ text, nodes: path.rejectors })),
  ];
  const last = sentences.at(-1)!;
  last.text = last.text.replace(/,$/, '.');
  return sentences.map((sentence) => ({ text: sentence.text, nodes: [...new Set(sentence.nodes)] }));
}

/** Most paths told for one proposal type in one stage; past it, explain says that some were left out. @default 64 */
const explainPathLimit = 64;

/** The sentence that says some paths of a type were left out. */
function leftOut(types: string[], shown: number, language: Language): string {
  return language === 'ko'
    ? `${typeWords(types, language)}의 경로가 너무 많아 처음 ${shown}개만 설명하고 나머지는 생략했습니다.`
    : `${typeWords(types, language)} can take more paths than can be told one by one: the first ${shown} are described, and the others are left out.`;
}

/**
 * The rules in plain words, English or Korean: one paragraph for each path a proposal can take (from the path
 * analysis, per type and stage), naming who may propose, where it goes, who decides and by which rule, and what
 * happens when it passes. Types that take the same path share a paragraph. Paths grow exponentially with routing
 * and joins, so at most `limit` are told per type and stage, and a paragraph says when others were left out. A
 * document with errors is not explained; its diagnostics say why.
 */
export function explain(
  document: unknown,
  language: Language = 'en',
  { limit = explainPathLimit }: { limit?: number } = {},
): ExplainResult {
  const { diagnostics, filled } = checkDocument(document);
  if (!filled || !isValid(diagnostics)) return { ok: false, diagnostics };
  const view = graphView(filled);
  const graph: ElectorateGraph = view;
  const paths = new Map<
    string,
    { types: string[]; path: Told; proposers: string; proposerNodes: string[] }
  >();
  const notes = new Map<string, { types: string[]; shown: number }>();
  for (const flow of analyzePaths(view).flows) {
    const entry = flow.proposal;
    const context = { language, branch: '', ...votersOf(graph, entry, 'proposers', language) };
    const proposers = capitalize(graph.bound(entry)!.explain(context));
    const proposerNodes = [entry, ...feedersOf(graph, entry, 'proposers')];
    const steps = new Map(flow.steps.map((step) => [step.node, step]));
    const found = flowPaths(flow, limit);
    for (const path of found.paths) {
      const told = tell(graph, view, steps, path, language);
      if (!told) continue;
      const key = JSON.stringify([entry, told.conditions, told.sentences]);
      const existing = paths.get(key);
      if (!existing) paths.set(key, { types: [flow.type], path: told, proposers, proposerNodes });
      else if (!existing.types.includes(flow.type)) existing.types.push(flow.type);
    }
    if (!found.complete) {
      const note = notes.get(entry);
      if (note) {
        if (!note.types.includes(flow.type)) note.types.push(flow.type);
      } else notes.set(entry, { types: [flow.type], shown: limit });
    }
  }
  const told: ExplainedPath[] = [...paths.values()].map(({ types, path, proposers, proposerNodes }) => {
    const sentences = paragraph(types, path, proposers, language, proposerNodes);
    return {
      proposalTypes: types,
      text: sentences.map((sentence) => sentence.text).join(' '),
      nodes: path.nodes,
      sentences,
    };
  });
  for (const [entry, { types, shown }] of notes) {
    const text = leftOut(types, shown, language);
    told.push({ proposalTypes: types, text, nodes: [entry], sentences: [{ text, nodes: [entry] }] });
  }
  return { ok: true, paragraphs: told, complete: notes.size === 0 };
}
