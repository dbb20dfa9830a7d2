import type { GraphView } from '../compile/graph-view.ts';
import { createDiagnostic } from '../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { nodeLabel } from '../format/node-label.ts';
import type { TargetName } from '../nodes/target-name.ts';
import type { TargetUnit } from './target-units.ts';

/** How a target words the one decision its unit runs. */
export interface UnitShape {
  /** The target, as a sentence starts with it: "An OpenZeppelin Governor". */
  title: string;
  /** The decision it runs, with an article: "a token vote". */
  decision: string;
  /** What to do when several decisions are on one path. */
  instead: string;
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
    const message = `${nodeLabel(view.node(unit.anchor))}: ${shape.title} runs what ${shape.decision} passes, and nothing on the way here is one. Put ${shape.decision} before it.`;
    return {
      decision: null,
      problems: [createDiagnostic('target-unsupported', message, { nodeId: unit.anchor })],
    };
  }
  if (more.length === 0) return { decision: first, problems: [] };
  const problems = more.map((id) => {
    const message = `${nodeLabel(view.node(id))}: ${shape.title} runs one decision per proposal, and ${nodeLabel(view.node(first))} already decides on this path, so this one would be dropped. ${shape.instead}`;
    return createDiagnostic('target-unsupported', message, { nodeId: id });
  });
  return { decision: null, problems };
}
