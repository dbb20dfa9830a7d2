import { compile } from '../compile/compile.ts';
import { isObject } from '../document/is-object.ts';
import { withDefaults } from '../document/with-defaults.ts';
import { formatParamValue } from '../format/format-param-value.ts';
import { nodeLabel } from '../format/node-label.ts';
import type { CharterDocument, CharterEdge, CharterNode } from '../generated/charter-document.ts';
import { getNodeKind } from '../nodes/catalogue.ts';
import { optionTitle } from '../nodes/field-words.ts';
import type { JsonSchema, Language } from '../nodes/node-kind.ts';
import { pascalCase } from '../schema/build-document-schema.ts';
import { documentSchema, schemaDefs, schemaWalk } from '../schema/schema-walk.ts';
import { parseDecimal } from '../units/decimal.ts';

/** One value that differs between two versions. */
export interface FieldChange {
  /** Dotted path: `params.quorum.percent`, `chain.blockTime`. */
  path: string;
  /** The field's titles along the path: "Quorum › Percent of supply". */
  title: string;
  before: unknown;
  after: unknown;
  /** The values in human units: "4%" → "5%". */
  beforeText: string;
  afterText: string;
}

/** A node present in both versions whose kind, label or params differ. */
export interface NodeChange {
  id: string;
  label: string;
  changes: FieldChange[];
}

/** A node as a diff names it. */
export interface NodeRef {
  id: string;
  kind: string;
  label: string;
}

/** A connection, named by its ends rather than its id (an edge redrawn with a new id is the same connection). */
export interface Connection {
  from: { node: string; port: string };
  to: { node: string; port: string };
}

/** What changed between two versions of a rule document, by meaning rather than by text. */
export interface DocumentDiff {
  document: FieldChange[];
  added: NodeRef[];
  removed: NodeRef[];
  changed: NodeChange[];
  connected: Connection[];
  disconnected: Connection[];
  /** Changes in the compiled target parameters, when both versions compile. */
  targets: FieldChange[];
}

/**
 * The leaves of a value by dotted path. With `listsWhole`, a list of strings (a unit's nodes, a Safe's owners) is one
 * leaf, so that a node removed from the middle reads as one change, not as every later item shifting.
 */
function leaves(
  value: unknown,
  path: string[],
  out: Map<string, unknown>,
  listsWhole = false,
): Map<string, unknown> {
  const isShare = isObject(value) && ('percent' in value || 'absolute' in value || 'count' in value);
  const wholeList = listsWhole && Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (Array.isArray(value) && value.length > 0 && !wholeList) {
    for (const [index, child] of value.entries()) leaves(child, [...path, String(index)], out, listsWhole);
  } else if (isObject(value) && Object.keys(value).length > 0 && !isShare) {
    for (const [key, child] of Object.entries(value)) leaves(child, [...path, key], out, listsWhole);
  } else out.set(path.join('.'), value);
  return out;
}

/** The units whose values are decimal text: "4" and "4.0" are the same percentage, the same amount. */
const decimalUnits = new Set(['percent', 'tokens']);

/**
 * A value as it means: decimal text of a percentage or a token amount written in its shortest form ("4.0" and
 * "04" read "4"), so that rewriting a number without changing it is no change. Other text is kept as written: a
 * proposal type "1.0" is not the type "1".
 */
function byValue(value: unknown, schema: JsonSchema): unknown {
  if (Array.isArray(value)) return value.map((item) => byValue(item, schemaWalk(schema, ['0']).at));
  if (isObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, byValue(child, schemaWalk(schema, [key]).at)]),
    );
  if (typeof value !== 'string' || !decimalUnits.has(schema['x-unit'] as string)) return value;
  const decimal = parseDecimal(value);
  if (decimal === undefined) return value;
  const whole = decimal.digits / 10n ** BigInt(decimal.scale);
  const fraction =
    decimal.scale === 0
      ? ''
      : String(decimal.digits % 10n ** BigInt(decimal.scale))
          .padStart(decimal.scale, '0')
          .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}

function compare(
  before: unknown,
  after: unknown,
  schema: JsonSchema,
  prefix: string[],
  language: Language,
): FieldChange[] {
  const a = leaves(before, prefix, new Map());
  const b = leaves(after, prefix, new Map());
  const changes: FieldChange[] = [];
  for (const path of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(path);
    const y = b.get(path);
    const segments = path.split('.');
    const { titles, at } = schemaWalk(schema, segments, language);
    if (JSON.stringify(byValue(x, at)) === JSON.stringify(byValue(y, at))) continue;
    const shown = titles.filter((_t, i) => !(segments[0] === 'params' && i === 0));
    const unit = at['x-unit'];
    // A choice reads in words ("For and Abstain votes"), not as the value the document stores.
    const text = (value: unknown) =>
      typeof value === 'string' && Array.isArray(at.enum)
        ? optionTitle(at, value, language)
        : formatParamValue(value, unit, language);
    changes.push({
      path,
      title: shown.join(' › '),
      before: x,
      after: y,
      beforeText: text(x),
      afterText: text(y),
    });
  }
  return changes;
}

function targetChanges(a: CharterDocument, b: CharterDocument): FieldChange[] {
  const x = compile(a);
  const y = compile(b);
  if (!x.ok || !y.ok) return [];
  const before = leaves(x.config.targets, [], new Map(), true);
  const after = leaves(y.config.targets, [], new Map(), true);
  return [...new Set([...before.keys(), ...after.keys()])]
    .sort()
    .filter((path) => JSON.stringify(before.get(path)) !== JSON.stringify(after.get(path)))
    .map((path) => {
      const show = (value: unknown) =>
        value === undefined || value === null
          ? '(none)'
          : typeof value === 'string'
            ? value
            : Array.isArray(value) && value.every((item) => typeof item === 'string')
              ? value.join(', ')
              : JSON.stringify(value);
      return {
        path,
        title: path.replace('.parameters.', '.').split('.').join(' › '),
        before: before.get(path),
        after: after.get(path),
        beforeText: show(before.get(path)),
        afterText: show(after.get(path)),
      };
    });
}

const endKey = (c: Connection) => `${c.from.node}\u0000${c.from.port}\u0000${c.to.node}\u0000${c.to.port}`;
const connection = (edge: CharterEdge): Connection => ({ from: { ...edge.from }, to: { ...edge.to } });

/**
 * What changed from `a` to `b`, by meaning: the document's own fields, nodes added and removed, nodes whose kind,
 * label or parameters changed (each value also in human units, defaults filled in on both sides so that writing a
 * default out is no change), and connections made or undone. Positions on the canvas are ignored.
 */
export function diffDocuments(
  a: CharterDocument,
  b: CharterDocument,
  language: Language = 'en',
): DocumentDiff {
  const before = withDefaults(a);
  const after = withDefaults(b);
  const { nodes: _an, edges: _ae, ...restA } = before;
  const { nodes: _bn, edges: _be, ...restB } = after;
  const document = compare(restA, restB, documentSchema, [], language);
  const oldNodes = new Map(before.nodes.map((node) => [node.id, node]));
  const newNodes = new Map(after.nodes.map((node) => [node.id, node]));
  const ref = (node: CharterNode): NodeRef => ({ id: node.id, kind: node.kind, label: nodeLabel(node) });
  const changed: NodeChange[] = [];
  for (const [id, next] of newNodes) {
    const old = oldNodes.get(id);
    if (!old) continue;
    const schema = getNodeKind(next.kind) ? schemaDefs[`${pascalCase(next.kind)}Node`]! : {};
    const pick = (node: CharterNode) => ({
      kind: node.kind,
      label: node.label ?? '',
      description: node.description ?? '',
      params: node.params,
    });
    const changes = compare(pick(old), pick(next), schema, [], language);
    if (changes.length > 0) changed.push({ id, label: nodeLabel(next), changes });
  }
  const oldEdges = new Map(before.edges.map((edge) => [endKey(edge), connection(edge)]));
  const newEdges = new Map(after.edges.map((edge) => [endKey(edge), connection(edge)]));
  return {
    document,
    added: after.nodes.filter((node) => !oldNodes.has(node.id)).map(ref),
    removed: before.nodes.filter((node) => !newNodes.has(node.id)).map(ref),
    changed,
    connected: [...newEdges].filter(([key]) => !oldEdges.has(key)).map(([, c]) => c),
    disconnected: [...oldEdges].filter(([key]) => !newEdges.has(key)).map(([, c]) => c),
    targets: targetChanges(a, b),
  };
}
