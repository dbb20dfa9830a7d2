import type { GraphView } from '../compile/graph-view.ts';
import { createDiagnostic } from '../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { say } from '../diagnostics/say.ts';
import { nodeLabelWords } from '../format/node-label-words.ts';
import type { Localized } from '../nodes/node-kind.ts';
import type { TargetName } from '../nodes/target-name.ts';
import type { TargetUnit } from './target-units.ts';

/** How a target words the one decision its unit runs. */
export interface UnitShape {
  /** The target, as a sentence starts with it: "An OpenZeppelin Governor". */
  title: Localized;
  /** The decision it runs, with an article: "a token vote". */
  decision: Localized;
  /** What to do when several decisions are on one path. */
  instead: Localized;
}

/**
 * The one decision of a unit whose target runs exactly one (a Governor's vote, a Safe's owners, an Aragon plugin, a
 * Snapshot vote), or the diagnostics saying why not: none on the way to the anchor (naming the anchor), or more than
 * one (naming each after the first: a second body on the path, such as a veto, which the unit could not enforce).
 */
export function oneDecision<T extends TargetName>(
  view: GraphView,
  unit: TargetUnit<T>,
  decisions: readonly string[],
  shape: UnitShape,
): { decision: string; problems: [] } | { decision: null; problems: Diagnostic[] } {
  const [first, ...more] = decisions;
  if (first === undefined) {
    const message = say('target.no-decision', {
      node: nodeLabelWords(view.node(unit.anchor)),
      target: shape.title,
      decision: shape.decision,
    });
    return {
      decision: null,
      problems: [createDiagnostic('target-unsupported', message, { nodeId: unit.anchor })],
    };
  }
  if (more.length === 0) return { decision: first, problems: [] };
  const problems = more.map((id) => {
    const message = say('target.second-decision', {
      node: nodeLabelWords(view.node(id)),
      target: shape.title,
      first: nodeLabelWords(view.node(first)),
      instead: shape.instead,
    });
    return createDiagnostic('target-unsupported', message, { nodeId: id });
  });
  return { decision: null, problems };
}
