import type { CharterDocument } from '../generated/charter-document.ts';
import { getNodeKind } from '../nodes/catalogue.ts';
import type { JsonSchema } from '../nodes/node-kind.ts';
import { pascalCase } from '../schema/build-document-schema.ts';
import { documentSchema, resolveSchema, schemaDefs } from '../schema/schema-walk.ts';
import { hasDocumentShape } from './document-shape.ts';
import { isObject } from './is-object.ts';

/**
 * A deep copy of a value as JSON would give it back (`JSON.parse(JSON.stringify(value))`), without the text in
 * between: numbers that JSON cannot hold become null, undefined and functions are left out of objects and become
 * null in lists, and a value with its own `toJSON` (a Date) goes through JSON itself.
 */
function copyJson<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : null;
  if (typeof value !== 'object') return undefined;
  if (value === null) return null;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function' || !plain(value))
    return JSON.parse(JSON.stringify(value));
  if (Array.isArray(value)) {
    const list = new Array(value.length);
    for (let index = 0; index < value.length; index++) list[index] = copy(value[index]) ?? null;
    return list;
  }
  const record: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copy((value as Record<string, unknown>)[key]);
    if (item === undefined) continue;
    if (key === '__proto__')
      Object.defineProperty(record, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else record[key] = item;
  }
  return record;
}

/** An array or an object whose prototype is Object's or none (not a boxed number, a Map...). */
function plain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Each schema's properties as a list, listed once: filling walks the same few schemas for thousands of nodes. */
const propertiesOf = new WeakMap<JsonSchema, [string, JsonSchema][]>();

function fill(value: unknown, schemaNode: JsonSchema): void {
  const at = resolveSchema(schemaNode);
  if (Array.isArray(value) && isObject(at.items)) {
    for (const item of value) fill(item, at.items);
    return;
  }
  if (!isObject(value) || !isObject(at.properties)) return;
  let properties = propertiesOf.get(at);
  if (!properties) {
    properties = Object.entries(at.properties as Record<string, JsonSchema>);
    propertiesOf.set(at, properties);
  }
  for (const [key, property] of properties) {
    if (!(key in value) && 'default' in property) value[key] = copyJson(property.default);
    if (key in value) fill(value[key], property);
  }
}

const nodeSchemas = new Map<string, JsonSchema | undefined>();

/** The schema of a node of this kind, or undefined for a kind Charter does not know. */
function nodeSchema(kind: string): JsonSchema | undefined {
  if (!nodeSchemas.has(kind))
    nodeSchemas.set(kind, getNodeKind(kind) ? schemaDefs[`${pascalCase(kind)}Node`] : undefined);
  return nodeSchemas.get(kind);
}

/**
 * A copy of the document with every default that rules-schema/charter.schema.json declares filled in: the chain's
 * block time and clock, each node's `params` and the defaults of its kind. The input is not changed. Values of the
 * wrong type are left as they are for the validator to report; nodes of unknown kinds are copied untouched.
 */
export function withDefaults(document: CharterDocument): CharterDocument {
  // Documents are JSON (loadDocument parses them), so a JSON round trip copies them, faster than structuredClone.
  const copy = copyJson(document);
  if (!hasDocumentShape(copy)) return copy;
  const {
    nodes: _nodes,
    edges: _edges,
    ...topLevel
  } = documentSchema.properties as Record<string, JsonSchema>;
  fill(copy, { properties: topLevel });
  for (const node of copy.nodes as unknown as Record<string, unknown>[]) {
    const schema = typeof node.kind === 'string' ? nodeSchema(node.kind) : undefined;
    if (schema) fill(node, schema);
  }
  return copy;
}
