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
}

/** What {@link explain} gives. */
export type ExplainResult =
  | { ok: true; paragraphs: ExplainedPath[] }
  | { ok: false; diagnostics: Diagnostic[] };

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
  nodes: string[];
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
        lead: 'passes',
      };
      const passing = follow({ ...state, rejects: here.rejects || rejects }, success.id);
      return rejects || !failure ? passing : [...passing, ...follow({ ...state, lead: 'fails' }, failure.id)];
    }
    case 'outcomes': {
      const clause = words();
      const previous = here.sentences.at(-1);
      if (node.kind !== 'timelock' && previous?.endsWith(',')) {
        const joined = `${previous} ${language === 'ko' ? '' : 'then '}${clause}.`;
        return [{ ...here, sentences: [...here.sentences.slice(0, -1), joined] }];
      }
      const sentence = `${ifPasses(clause)}${node.kind === 'timelock' ? ',' : '.'}`;
      const state = { ...here, sentences: [...here.sentences, sentence] };
      return node.kind === 'timelock' ? follow(state, 'out') : [state];
    }
    default:
      return follow({ ...here, sentences: [...here.sentences, words()] }, 'passed');
  }
}

function typeWords(types: string[], language: Language): string {
  const spelled = types.map((type) => type.replace(/-/g, ' '));
  if (language === 'ko') return `${spelled.join(', ')} 제안`;
  const list =
    spelled.length === 1 ? spelled[0]! : `${spelled.slice(0, -1).join(', ')} and ${spelled.at(-1)}`;
  return `${capitalize(list)} proposals`;
}

function paragraph(types: string[], path: Walk, proposers: string, language: Language): string {
  const subject = typeWords(types, language);
  const conditions = path.conditions.join(language === 'ko' ? ' ' : ', ');
  const head =
    language === 'ko'
      ? `${conditions ? `${conditions} ` : ''}${subject}: ${proposers}.`
      : `${subject}${conditions ? ` ${conditions}` : ''}: ${proposers}.`;
  const otherwise = path.rejects
    ? [language === 'ko' ? '부결되면 기각됩니다.' : 'Otherwise it is rejected.']
    : [];
  return [head, ...path.sentences, ...otherwise].join(' ').replace(/,$/, '.');
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
  const paths = new Map<string, { types: string[]; path: Walk; proposers: string }>();
  for (const entry of view.document.nodes) {
    if (entry.kind !== 'proposal') continue;
    const params = entry.params as ProposalParams;
    const context = { language, branch: '', ...votersOf(view, entry.id, 'proposers', language) };
    const proposers = capitalize(getNodeKind('proposal')!.explain(params as never, context));
    const start: Walk = { conditions: [], sentences: [], nodes: [entry.id], rejects: false, lead: 'start' };
    for (const type of params.types) {
      for (const path of view
        .next(entry.id, 'out')
        .flatMap((to) => walk(view, to, type, language, start, new Set([entry.id])))) {
        const key = JSON.stringify([entry.id, path.conditions, path.sentences]);
        const existing = paths.get(key);
        if (existing) existing.types.push(type);
        else paths.set(key, { types: [type], path, proposers });
      }
    }
  }
  return {
    ok: true,
    paragraphs: [...paths.values()].map(({ types, path, proposers }) => ({
      proposalTypes: types,
      text: paragraph(types, path, proposers, language),
      nodes: path.nodes,
    })),
  };
}
