import { compile } from '../compile/compile.ts';
import type { ElectorateGraph } from '../compile/electorate-at.ts';
import { graphView } from '../compile/graph-view.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticText } from '../diagnostics/diagnostic-text.ts';
import { saidText } from '../diagnostics/said-text.ts';
import { say } from '../diagnostics/say.ts';
import { capitalize } from '../format/capitalize.ts';
import { formatDuration } from '../format/format-duration.ts';
import { nodeLabel } from '../format/node-label.ts';
import { wholeSentence } from '../format/whole-sentence.ts';
import type { CharterConfig } from '../generated/charter-config.ts';
import type { Language } from '../nodes/node-kind.ts';
import { type TargetName, targetNames } from '../nodes/target-name.ts';
import { analyzePaths } from '../paths/analyze-paths.ts';
import { targetUnits } from '../targets/target-units.ts';
import { checkDocument, isValid } from '../validate/validate-document.ts';
import { type ExplainedSentence, feedersOf, typeWords, votersOf } from './explain.ts';

/** A unit as its target emitted it: enough to match it with its unit, and a Governor's veto. */
interface EmittedUnit {
  stage: string | null;
  nodes: string[];
  veto?: string;
  timelockController?: { minDelay: string; cancellers: string[]; gracePeriod?: string };
  /** The timelock node on a Governor's path. */
  timelock?: string | null;
  /** A veto of k > 1: the Safe that cancels. */
  vetoSafe?: { owners: string[]; threshold: string; address: string };
  /** A Governor's vote and the electorate whose token it counts, and whether its quorum is of the delegated supply. */
  vote?: string;
  token?: string;
  governor?: { quorumOf?: string };
}

/** What one target will and will not enforce, in sentences that each name the nodes they speak of. */
export interface ExplainedTarget {
  target: TargetName;
  verdict: 'supported' | 'unsupported' | 'not-applicable';
  /** One sentence per deployable unit: what it enforces, in order. */
  enforces: ExplainedSentence[];
  /** One sentence per node the target refused: why, and what to do instead. */
  refuses: ExplainedSentence[];
}

/** What {@link explainTargets} gives. */
export type ExplainTargetsResult =
  | {
      ok: true;
      targets: ExplainedTarget[];
      /** Steps on a proposal's way that no unit of any target enforces and no target refused: nothing runs them. */
      unenforced: ExplainedSentence[];
    }
  | { ok: false; diagnostics: Diagnostic[] };

const durationWords = (seconds: number) => ({
  en: formatDuration(seconds),
  ko: formatDuration(seconds, 'ko'),
});

/** The names people know the targets by. */
export const targetTitles: Record<TargetName, string> = {
  openzeppelin: 'OpenZeppelin Governor',
  aragon: 'Aragon OSx',
  safe: 'Safe',
  snapshot: 'Snapshot',
  gardens: 'Gardens',
};

/**
 * Per target, in plain English or Korean, what the deployed system will enforce (one sentence per unit Charter
 * emits, told with each node's own words, naming the stage of each staged unit), what it will not and
 * why (each refusal, tied to its node), and once for the document the steps on a proposal's way that no target
 * enforces. A target nothing in the rules runs on gets one sentence. A document with errors is not explained.
 * `config`, when given, is `compile(document)`'s config (the Output panel has it already), so it is not compiled again.
 */
export function explainTargets(
  document: unknown,
  language: Language = 'en',
  { config }: { config?: CharterConfig } = {},
): ExplainTargetsResult {
  const { diagnostics, filled } = checkDocument(document);
  if (!filled || !isValid(diagnostics)) return { ok: false, diagnostics };
  const compiled = config ? { ok: true as const, config } : compile(document);
  if (!compiled.ok) return { ok: false, diagnostics: compiled.diagnostics };
  const view = graphView(filled);
  const graph: ElectorateGraph = view;
  const flowRoles = new Map<string, string>();
  const flows = analyzePaths(view).flows;
  for (const flow of flows) for (const step of flow.steps) flowRoles.set(step.node, step.flow.role);
  const label = (id: string) => nodeLabel(view.node(id));
  const words = (id: string) => {
    const text = view.bound(id).explain({ language, branch: '', ...votersOf(graph, id, 'voters', language) });
    // A delay is told as a clause leading to what follows ("2일 타임락을 거친 뒤"); here it stands alone.
    return language === 'ko'
      ? text.replace(/거친 뒤(\(.*\))?$/, (_, notes = '') => `거칩니다${notes}`)
      : text;
  };
  const covered = new Set<string>();
  const targets: ExplainedTarget[] = [];
  for (const target of targetNames) {
    const entry = compiled.config.targets[target];
    const title = targetTitles[target];
    const verdict = (entry?.verdict ?? 'not-applicable') as ExplainedTarget['verdict'];
    const { units, refusals } = targetUnits(view, target);
    const enforces: ExplainedSentence[] = [];
    const refuses: ExplainedSentence[] = [];
    if (verdict === 'not-applicable') {
      const text =
        language === 'ko'
          ? `이 규칙에는 ${title}에서 실행되는 것이 없습니다.`
          : `Nothing in these rules runs on ${title}.`;
      targets.push({ target, verdict, enforces: [{ text, nodes: [] }], refuses });
      continue;
    }
    // Only what the target emitted is enforced: a unit every node of which has a part may still be refused whole
    // (a veto a TimelockController cannot hold, a vote a Governor cannot count), and says so below as a problem.
    const emitted = new Map(
      Object.values(entry?.parameters ?? {})
        .flatMap((value) => (Array.isArray(value) ? value : []))
        .filter((record): record is EmittedUnit => Array.isArray(record?.nodes))
        .map((record) => [JSON.stringify([record.stage, record.nodes]), record]),
    );
    for (const unit of units) {
      const record = emitted.get(JSON.stringify([unit.stage, unit.nodes]));
      if (record === undefined) continue;
      for (const id of unit.nodes) covered.add(id);
      const steps = unit.nodes.filter((id) => {
        const role = flowRoles.get(id);
        return role !== undefined && role !== 'entry' && role !== 'join' && role !== 'route';
      });
      const clauses = steps.map((id, index) =>
        index === 0
          ? wholeSentence(capitalize(words(id)))
          : wholeSentence(
              language === 'ko'
                ? `그다음 ${words(id)}`
                : // "Then the 10 members…": an article that opened its own sentence continues this one.
                  `Then ${words(id).replace(/^(The|A|An) /, (article) => article.toLowerCase())}`,
            ),
      );
      const proposal = view.bound(unit.proposal).explain({
        language,
        branch: '',
        ...votersOf(graph, unit.proposal, 'proposers', language),
      });
      const stageName =
        compiled.config.stages.find((candidate) => candidate.id === unit.stage)?.name ?? unit.stage;
      const stage =
        unit.stage !== null
          ? language === 'ko'
            ? ` (${stageName} 단계${unit.current ? ', 현재 단계' : ''})`
            : ` (stage "${stageName}"${unit.current ? ', the current one' : ''})`
          : '';
      // The proposal types the unit serves, named when they are not all the types its proposal node has.
      const all = new Set(flows.filter((flow) => flow.proposal === unit.proposal).map((flow) => flow.type));
      const served = [
        ...new Set(
          flows
            .filter(
              (flow) =>
                flow.proposal === unit.proposal &&
                flow.stage === unit.stage &&
                flow.steps.some((step) => step.node === unit.anchor),
            )
            .map((flow) => flow.type),
        ),
      ];
      const types =
        served.length > 0 && served.length < all.size
          ? language === 'ko'
            ? ` (${typeWords(served, language)})`
            : `, for ${typeWords(served, language).replace(/^./, (first) => first.toLowerCase())}`
          : '';
      const text =
        language === 'ko'
          ? `${title}${stage}에서 집행하는 것${types}: ${clauses.join(' ')} ${wholeSentence(capitalize(proposal))}`
          : `${title}${stage} will enforce${types}: ${clauses.join(' ')} ${wholeSentence(capitalize(proposal))}`;
      const nodes = [...unit.nodes, unit.proposal, ...feedersOf(graph, unit.proposal, 'proposers')];
      // A Governor's veto is its TimelockController's cancellers (one, or a Safe of k), not bound to the window: say so.
      const veto = record.veto === undefined ? undefined : record.timelockController;
      const window =
        veto === undefined
          ? undefined
          : { en: formatDuration(Number(veto.minDelay)), ko: formatDuration(Number(veto.minDelay), 'ko') };
      const safe = record.vetoSafe;
      const caveat =
        veto === undefined
          ? ''
          : ` ${saidText(
              safe === undefined
                ? say('oz.veto-cancellers', {
                    node: label(record.veto!),
                    count: veto.cancellers.length,
                    window: window!,
                  })
                : say('oz.veto-safe', {
                    node: label(record.veto!),
                    count: safe.owners.length,
                    needed: safe.threshold,
                    window: window!,
                    address: safe.address,
                  }),
              language,
            )}`;
      // A grace period over a TimelockController is the Governor's to keep: say who executes and when it refuses.
      const grace = record.timelockController?.gracePeriod;
      const graceNote =
        grace === undefined || !record.timelock
          ? ''
          : ` ${saidText(
              say('oz.grace-governor', {
                node: label(record.timelock),
                delay: durationWords(Number(record.timelockController!.minDelay)),
                grace: durationWords(Number(grace)),
              }),
              language,
            )}`;
      // A quorum of the delegated supply needs the token's total delegation: what an existing token must provide.
      const address =
        record.token === undefined
          ? undefined
          : compiled.config.electorates.find((electorate) => electorate.id === record.token)?.token?.address;
      const delegated =
        record.governor?.quorumOf !== 'delegated'
          ? ''
          : ` ${saidText(
              address
                ? say('oz.delegated-quorum-token', { node: label(record.vote!), token: address })
                : say('oz.delegated-quorum-new-token', { node: label(record.vote!) }),
              language,
            )}`;
      enforces.push({ text: `${text}${caveat}${graceNote}${delegated}`, nodes: [...new Set(nodes)] });
    }
    const refusedIds = new Set<string>();
    for (const refusal of refusals) {
      refusedIds.add(refusal.nodeId);
      covered.add(refusal.nodeId);
      const name = label(refusal.nodeId);
      const text =
        language === 'ko'
          ? `${title}에서 집행하지 않는 것: ${name}. ${wholeSentence(refusal.reason.ko)} ${wholeSentence(refusal.instead.ko)}`
          : `${title} will not enforce ${name}: ${wholeSentence(refusal.reason.en)} ${wholeSentence(refusal.instead.en)}`;
      refuses.push({ text, nodes: [refusal.nodeId] });
    }
    for (const problem of entry?.problems ?? []) {
      if (problem.nodeId !== null && refusedIds.has(problem.nodeId)) continue;
      const nodes = problem.nodeId === null ? [] : [problem.nodeId];
      for (const id of nodes) covered.add(id);
      const text =
        language === 'ko'
          ? `${title}에서는 이 규칙을 배포할 수 없습니다: ${wholeSentence(diagnosticText(problem, language))}`
          : `${title} cannot deploy these rules: ${wholeSentence(diagnosticText(problem, language))}`;
      refuses.push({ text, nodes });
    }
    targets.push({ target, verdict, enforces, refuses });
  }
  const unenforced: ExplainedSentence[] = [];
  for (const [id, role] of flowRoles) {
    if (covered.has(id) || role === 'entry' || role === 'join' || role === 'outcome') continue;
    const name = label(id);
    const text =
      language === 'ko'
        ? `어떤 대상에서도 집행하지 않는 것: ${name}. ${wholeSentence(words(id))}`
        : `No target enforces ${name}: ${wholeSentence(words(id))}`;
    unenforced.push({ text, nodes: [id] });
  }
  return { ok: true, targets, unenforced };
}
