import type { CharterDocument } from '../generated/charter-document.ts';
import { getNodeKind } from '../nodes/catalogue.ts';
import type { JsonSchema } from '../nodes/node-kind.ts';
import { pascalCase } from '../schema/build-document-schema.ts';
import { documentSchema, resolveSchema, schemaDefs } from '../schema/schema-walk.ts';
import { hasDocumentShape } from './document-shape.ts';
import { isObject } from './is-object.ts';

/** A copy of a JSON value: primitives as they are (most defaults are), objects and arrays deeply. */
function copyJson<T>(value: T): T {
  return typeof value === 'object' && value !== null ? (JSON.parse(JSON.stringify(value)) as T) : value;
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
