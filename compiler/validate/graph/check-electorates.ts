import { electorateAt } from '../../compile/electorate-at.ts';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { isObject } from '../../document/is-object.ts';
import type { JsonSchema, Localized } from '../../nodes/node-kind.ts';
import { schemaTitle } from '../schema-title.ts';
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
      const source = at?.base
        ? (index.byId.get(at.base)?.words ?? at.base)
        : { en: 'nothing', ko: '아무것도 없음' };
      const node = item.words;
      if (!at) {
        // a decision with no voters is reported by the port check
      } else if (!list) {
        const message = say(weighted ? 'graph.wrong-electorate-weighted' : 'graph.wrong-electorate', {
          node,
          what: counted.what,
          source,
        });
        diagnostics.push(createDiagnostic('wrong-electorate', message, where));
      } else if (counted.needed > list.length) {
        const args = { node, needed: counted.needed, source };
        const message =
          list.length === 1
            ? say('graph.threshold-too-high-one', args)
            : say('graph.threshold-too-high', { ...args, count: list.length });
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
        const message = say('graph.duplicate-address', {
          node: item.words,
          address,
          list: title,
          first: first + 1,
          second: position + 1,
        });
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

const addressFields = new WeakMap<JsonSchema, [string, Localized][]>();

/** The params' lists of addresses (`x-unit: address-list`), each with its field and its title. */
function addressLists(params: unknown, schema: JsonSchema) {
  let fields = addressFields.get(schema);
  if (!fields) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    fields = Object.entries(properties)
      .filter(([, field]) => field['x-unit'] === 'address-list')
      .map(([key, field]) => [key, schemaTitle(field) ?? { en: key, ko: key }]);
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
