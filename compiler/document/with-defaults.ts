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

/** Fills in the defaults one schema declares, in place (see {@link fillerOf}). */
type Filler = (value: unknown) => void;

const fillers = new Map<JsonSchema, Filler>();

/**
 * The filler of a schema: for an object, each missing property that has a default gets a copy of it, and every
 * property present is filled by its own schema; for a list, each item is. Built once per schema and kept, so that
 * filling thousands of nodes looks up no schema (the compiler's hot path). A property's filler is made when first
 * needed, so a schema that refers to itself is no trouble.
 */
function fillerOf(schemaNode: JsonSchema): Filler {
  const at = resolveSchema(schemaNode);
  const known = fillers.get(at);
  if (known) return known;
  const items = isObject(at.items) ? at.items : undefined;
  const properties = isObject(at.properties)
    ? Object.entries(at.properties as Record<string, JsonSchema>)
    : undefined;
  let itemFiller: Filler | undefined;
  let propertyFillers: Filler[] | undefined;
  const filler: Filler = (value) => {
    if (Array.isArray(value)) {
      if (!items) return;
      itemFiller ??= fillerOf(items);
      for (const item of value) itemFiller(item);
      return;
    }
    if (!properties || !isObject(value)) return;
    propertyFillers ??= properties.map(([, property]) => fillerOf(property));
    for (let index = 0; index < properties.length; index++) {
      const [key, property] = properties[index]!;
      if (!(key in value) && 'default' in property) value[key] = copyJson(property.default);
      if (key in value) propertyFillers[index]!(value[key]);
    }
  };
  fillers.set(at, filler);
  return filler;
}

const nodeFillers = new Map<string, Filler | undefined>();

/** The filler of a node of this kind, or undefined for a kind Charter does not know. */
function nodeFiller(kind: string): Filler | undefined {
  if (!nodeFillers.has(kind)) {
    const schema = getNodeKind(kind) ? schemaDefs[`${pascalCase(kind)}Node`] : undefined;
    nodeFillers.set(kind, schema && fillerOf(schema));
  }
  return nodeFillers.get(kind);
}

let topLevelFiller: Filler | undefined;

/** The filler of the document outside its nodes and edges (the chain's block time and clock). */
function documentFiller(): Filler {
  if (!topLevelFiller) {
    const {
      nodes: _nodes,
      edges: _edges,
      ...topLevel
    } = documentSchema.properties as Record<string, JsonSchema>;
    topLevelFiller = fillerOf({ properties: topLevel });
  }
  return topLevelFiller;
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
  documentFiller()(copy);
  for (const node of copy.nodes as unknown as Record<string, unknown>[])
    if (typeof node.kind === 'string') nodeFiller(node.kind)?.(node);
  return copy;
}
