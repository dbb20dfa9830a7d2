import { type GraphView, graphView } from '../compile/graph-view.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { capitalize } from '../format/capitalize.ts';
import { koreanParticle } from '../format/korean-particle.ts';
import { nodeLabel } from '../format/node-label.ts';
import type {
  NftHoldersParams,
  ProposalParams,
  RouteByTypeParams,
  TokenHoldersParams,
} from '../generated/charter-document.ts';
import { getNodeKind } from '../nodes/catalogue.ts';
import type { ExplainContext, Language } from '../nodes/node-kind.ts';
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
  | { ok: true; paragraphs: ExplainedPath[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** The electorate nodes feeding a port: the weightings in order, then the electorate they weigh. */
function feedersOf(view: GraphView, id: string, port: string): string[] {
  const found: string[] = [];
  let source = view.feeder(id, port);
  while (source && !found.includes(source)) {
    found.push(source);
    if (view.node(source).kind !== 'weighting') break;
    source = view.feeder(source, 'source');
  }
  return found;
}

/** The voters feeding a port, in words, what their power is counted in, and whether they count one per person. */
function votersOf(
  view: GraphView,
  id: string,
  port: string,
  language: Language,
): Omit<ExplainContext, 'language' | 'branch'> {
  const people = { en: 'members', ko: '구성원' }[language];
  let source = view.feeder(id, port);
  const chain: string[] = [];
  while (source && view.node(source).kind === 'weighting') {
    chain.push(source);
    source = view.feeder(source, 'source');
  }
  if (!source) return { voters: '', unit: people, perPerson: true };
  const base = view.node(source);
  const perPerson = base.kind === 'members' || base.kind === 'signers';
  const unit =
    base.kind === 'token-holders'
      ? (base.params as TokenHoldersParams).token.symbol
      : base.kind === 'nft-holders'
        ? (base.params as NftHoldersParams).collection.symbol
        : base.kind === 'signers'
          ? { en: 'signers', ko: '서명자' }[language]
          : people;
  const context = { language, unit, perPerson, branch: '' };
  let voters = getNodeKind(base.kind)!.explain(base.params as never, { ...context, voters: '' });
  for (const weighting of chain.reverse()) {
    voters = getNodeKind('weighting')!.explain(view.node(weighting).params as never, { ...context, voters });
  }
  return { voters, unit, perPerson };
}

interface Walk {
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
  /** How what follows a decision begins: "If it passes," after its passing exit, "If it fails," after its failing one. */
  lead: 'start' | 'passes' | 'fails';
}

const failureExits = new Set(['failed', 'vetoed']);

/** Every path from `id` for a proposal of `type`: routing and fan-out split it; decisions go on by their success exit. */
function walk(
  view: GraphView,
  id: string,
  type: string,
  language: Language,
  so: Walk,
  seen: ReadonlySet<string>,
): Walk[] {
  if (seen.has(id)) return [so];
  const node = view.node(id);
  const definition = getNodeKind(node.kind)!;
  const here: Walk = { ...so, nodes: [...so.nodes, id] };
  const about = [id, ...feedersOf(view, id, 'voters')];
  const context = { language, branch: '', ...votersOf(view, id, 'voters', language) };
  const words = (branch = '') => definition.explain(node.params as never, { ...context, branch });
  const ports = definition
    .ports(node.params as never)
    .filter((port) => port.direction === 'out' && port.type === 'flow');
  const next = new Set(seen).add(id);
  const follow = (state: Walk, port: string) =>
    view.next(id, port).flatMap((to) => walk(view, to, type, language, state, next));
  const leads = {
    passes: { en: 'If it passes,', ko: '가결되면' },
    fails: { en: 'If it fails,', ko: '부결되면' },
  };
  const ifPasses = (text: string) =>
    here.lead === 'start' ? capitalize(text) : `${leads[here.lead][language]} ${text}`;

  switch (definition.group) {
    case 'routing': {
      here.routers = [...here.routers, id];
      if (node.kind === 'route-by-type') {
        const params = node.params as RouteByTypeParams;
        return follow(
          here,
          params.routes.find((route) => route.types.includes(type))?.port ?? params.otherwise,
        );
      }
      return ports.flatMap((port) =>
        follow({ ...here, conditions: [...here.conditions, words(port.id)] }, port.id),
      );
    }
    case 'convex':
    case 'concave': {
      const name = nodeLabel(view.node(id));
      const goes =
        language === 'ko' ? `${koreanParticle(name, '으로', '로')} 갑니다.` : `it goes to ${name}.`;
      const failure = ports.find((port) => failureExits.has(port.id));
      const success = ports.find((port) => !failureExits.has(port.id))!;
      const rejects =
        failure !== undefined && view.next(id, failure.id).every((to) => view.node(to).kind === 'reject');
      const state: Walk = {
        ...here,
        sentences: [...here.sentences, ifPasses(goes), words()],
        sentenceNodes: [...here.sentenceNodes, about, about],
        lead: 'passes',
      };
      const rejectors = rejects ? [...here.rejectors, ...view.next(id, failure!.id)] : here.rejectors;
      const passing = follow({ ...state, rejects: here.rejects || rejects, rejectors }, success.id);
      return rejects || !failure ? passing : [...passing, ...follow({ ...state, lead: 'fails' }, failure.id)];
    }
    case 'outcomes': {
      const clause = words();
      const previous = here.sentences.at(-1);
      if (node.kind !== 'timelock' && previous?.endsWith(',')) {
        const joined = `${previous} ${language === 'ko' ? '' : 'then '}${clause}.`;
        return [
          {
            ...here,
            sentences: [...here.sentences.slice(0, -1), joined],
            sentenceNodes: [...here.sentenceNodes.slice(0, -1), [...(here.sentenceNodes.at(-1) ?? []), id]],
          },
        ];
      }
      const sentence = `${ifPasses(clause)}${node.kind === 'timelock' ? ',' : '.'}`;
      const state = {
        ...here,
        sentences: [...here.sentences, sentence],
        sentenceNodes: [...here.sentenceNodes, [id]],
      };
      return node.kind === 'timelock' ? follow(state, 'out') : [state];
    }
    default:
      return follow(
        { ...here, sentences: [...here.sentences, words()], sentenceNodes: [...here.sentenceNodes, about] },
        'passed',
      );
  }
}

function typeWords(types: string[], language: Language): string {
  const spelled = types.map((type) => type.replace(/-/g, ' '));
  if (language === 'ko') return `${spelled.join(', ')} 제안`;
  const list =
    spelled.length === 1 ? spelled[0]! : `${spelled.slice(0, -1).join(', ')} and ${spelled.at(-1)}`;
  return `${capitalize(list)} proposals`;
}

function paragraph(
  types: string[],
  path: Walk,
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

/**
 * The rules in plain words, English or Korean: one paragraph for each path a proposal can take, naming who may
 * propose, where it goes, who decides and by which rule, and what happens when it passes. Types that take the same
 * path share a paragraph. A document with errors is not explained; its diagnostics say why.
 */
export function explain(document: unknown, language: Language = 'en'): ExplainResult {
  const { diagnostics, filled } = checkDocument(document);
  if (!filled || !isValid(diagnostics)) return { ok: false, diagnostics };
  const view = graphView(filled);
  const paths = new Map<
    string,
    { types: string[]; path: Walk; proposers: string; proposerNodes: string[] }
  >();
  for (const entry of view.document.nodes) {
    if (entry.kind !== 'proposal') continue;
    const params = entry.params as ProposalParams;
    const context = { language, branch: '', ...votersOf(view, entry.id, 'proposers', language) };
    const proposers = capitalize(getNodeKind('proposal')!.explain(params as never, context));
    const proposerNodes = [entry.id, ...feedersOf(view, entry.id, 'proposers')];
    const start: Walk = {
      conditions: [],
      sentences: [],
      sentenceNodes: [],
      routers: [],
      nodes: [entry.id],
      rejectors: [],
      rejects: false,
      lead: 'start',
    };
    for (const type of params.types) {
      for (const path of view
        .next(entry.id, 'out')
        .flatMap((to) => walk(view, to, type, language, start, new Set([entry.id])))) {
        const key = JSON.stringify([entry.id, path.conditions, path.sentences]);
        const existing = paths.get(key);
        if (existing) existing.types.push(type);
        else paths.set(key, { types: [type], path, proposers, proposerNodes });
      }
    }
  }
  return {
    ok: true,
    paragraphs: [...paths.values()].map(({ types, path, proposers, proposerNodes }) => {
      const sentences = paragraph(types, path, proposers, language, proposerNodes);
      return {
        proposalTypes: types,
        text: sentences.map((sentence) => sentence.text).join(' '),
        nodes: path.nodes,
        sentences,
      };
    }),
  };
}
