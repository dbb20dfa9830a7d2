import type { Diagnostic } from '../../compiler/index.ts';
import { fieldOwner } from './schema/field-owner.ts';
import type { FieldSchema } from './schema/field-schema.ts';

/** One node's diagnostics, placed where the inspector shows them. */
export interface GroupedDiagnostics {
  /** Under a field, by the field's dotted path. */
  byField: ReadonlyMap<string, readonly Diagnostic[]>;
  /** At the top of the inspector: the node's other diagnostics (ports, edges, the graph, unknown fields). */
  general: readonly Diagnostic[];
}

/** Places a node's diagnostics under the field that shows each one (see {@link fieldOwner}), the rest on top. */
export function groupDiagnostics(
  diagnostics: readonly Diagnostic[],
  nodeId: string,
  paramsSchema: FieldSchema | undefined,
): GroupedDiagnostics {
  const byField = new Map<string, Diagnostic[]>();
  const general: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.nodeId !== nodeId) continue;
    const owner =
      diagnostic.field !== undefined && diagnostic.edgeId === undefined
        ? fieldOwner(diagnostic.field, paramsSchema)
        : undefined;
    if (owner === undefined) general.push(diagnostic);
    else byField.set(owner, [...(byField.get(owner) ?? []), diagnostic]);
  }
  return { byField, general };
}
