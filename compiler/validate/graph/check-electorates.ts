import { electorateAt } from '../../compile/electorate-at.ts';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { isObject } from '../../document/is-object.ts';
import type { JsonSchema } from '../../nodes/node-kind.ts';
import type { GraphIndex } from './graph-index.ts';
import { indexGraph } from './index-graph.ts';

/**
 * Checks that decisions counting people from a list (a multisig, a veto by number of signers) are fed a list that
 * is long enough, and that no address appears twice in a list of signers, members or cancellers.
 */
export function checkElectorates(index: GraphIndex): Diagnostic[] {
  const graph = indexGraph(index);
  const diagnostics: Diagnostic[] = [];
  for (const item of index.nodes) {
    const bound = item.bound;
    if (!bound) continue;
    const counted = bound.checks().countsFromList;
    if (counted) {
      const at = electorateAt(graph, item.node.id, 'voters');
      const weighted = at !== undefined && at.chain.length > 0;
      const list = weighted ? undefined : at?.addresses;
      const where = { nodeId: item.node.id, port: 'voters' };
      const sourceName = at?.base ? (index.byId.get(at.base)?.name ?? at.base) : 'nothing';
      if (!at) {
        // a decision with no voters is reported by the port check
      } else if (!list) {
        const message = `${item.name}: ${counted.what} counts people from a fixed list, so it needs Signers or a Members list as its voters, not ${sourceName}${weighted ? ' through a weighting' : ''}.`;
        diagnostics.push(createDiagnostic('wrong-electorate', message, where));
      } else if (counted.needed > list.length) {
        const message = `${item.name}: needs ${counted.needed} of ${sourceName}, but there ${list.length === 1 ? 'is only 1' : `are only ${list.length}`}. Lower the threshold or add signers.`;
        diagnostics.push(createDiagnostic('threshold-too-high', message, { ...where, field: counted.field }));
      }
    }
    for (const { field, title, addresses } of addressLists(item.node.params, bound.definition.params)) {
      const firstAt = new Map<string, number>();
      addresses.forEach((address, position) => {
        const key = address.toLowerCase();
        const first = firstAt.get(key);
        if (first === undefined) {
          firstAt.set(key, position);
          return;
        }
        const message = `${item.name}: ${address} appears twice in ${title} (items ${first + 1} and ${position + 1}). Each address counts once.`;
        diagnostics.push(
          createDiagnostic('duplicate-member', message, {
            nodeId: item.node.id,
            field: `${field}.${position}`,
          }),
        );
      });
    }
  }
  return diagnostics;
}

const addressFields = new WeakMap<JsonSchema, [string, string][]>();

/** The params' lists of addresses (`x-unit: address-list`), each with its field and its title. */
function addressLists(params: unknown, schema: JsonSchema) {
  let fields = addressFields.get(schema);
  if (!fields) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    fields = Object.entries(properties)
      .filter(([, field]) => field['x-unit'] === 'address-list')
      .map(([key, field]) => [key, String(field.title)]);
    addressFields.set(schema, fields);
  }
  if (fields.length === 0 || !isObject(params)) return [];
  return fields.flatMap(([key, title]) => {
    const addresses = params[key];
    return Array.isArray(addresses)
      ? [{ field: `params.${key}`, title, addresses: addresses as string[] }]
      : [];
  });
}
