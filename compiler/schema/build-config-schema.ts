import { isObject } from '../document/is-object.ts';
import { nodeKinds } from '../nodes/catalogue.ts';
import type { JsonSchema } from '../nodes/node-kind.ts';
import { pascalCase } from './build-document-schema.ts';
import { closedObject } from './closed-object.ts';
import { configSchemaBase } from './config-schema-base.ts';

/** Keywords a lowered rule's schema keeps; annotations for the inspector (`x-unit`, `x-ko`, defaults) are dropped. */
const kept = new Set([
  'type',
  'description',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'const',
  'oneOf',
  'anyOf',
]);

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
const checksummed = { type: 'string', pattern: '^0x[0-9a-fA-F]{40}$', description: 'EIP-55 checksummed.' };

/**
 * The schema of a param once {@link lowerParams} has lowered it, led by the same `x-unit`: a percentage becomes a
 * {@link Fraction}, whole tokens base units, a share of supply `{fraction}` or `{absolute}`, an address its checksummed
 * form; durations stay integers of seconds, everything else as it was.
 */
function loweredSchema(schema: JsonSchema): JsonSchema {
  const unit = schema['x-unit'];
  const description = typeof schema.description === 'string' ? { description: schema.description } : {};
  if (unit === 'percent') return { ...ref('Fraction'), ...description };
  if (unit === 'tokens') return { ...ref('BaseUnits'), ...description };
  if (unit === 'address') return { ...checksummed, ...description };
  if (unit === 'address-list') return lowerKeywords({ ...schema, 'x-unit': undefined, items: checksummed });
  if (unit === 'supply-share' || unit === 'veto-threshold') {
    const others = ((schema.oneOf ?? []) as JsonSchema[]).filter((branch) => {
      const properties = (branch.properties ?? {}) as Record<string, unknown>;
      return !('percent' in properties) && !('absolute' in properties);
    });
    const variant = (key: string, value: JsonSchema) => closedObject([key], { [key]: value });
    return {
      ...description,
      oneOf: [
        variant('fraction', ref('Fraction')),
        variant('absolute', ref('BaseUnits')),
        ...others.map(loweredSchema),
      ],
    };
  }
  return lowerKeywords(schema);
}

function lowerKeywords(schema: JsonSchema): JsonSchema {
  const lowered: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (!kept.has(keyword) || value === undefined || (keyword === 'required' && 'properties' in schema))
      continue;
    if (keyword === 'properties' && isObject(value)) {
      lowered.properties = Object.fromEntries(
        Object.entries(value).map(([key, child]) => [key, loweredSchema(child as JsonSchema)]),
      );
      // Defaults are filled in before lowering, so a field with a default is always in the rule.
      const defaulted = Object.keys(value).filter((key) => isObject(value[key]) && 'default' in value[key]);
      const required = [...((schema.required ?? []) as string[]), ...defaulted];
      if (required.length > 0) lowered.required = [...new Set(required)];
    } else if (keyword === 'items' && isObject(value)) lowered.items = loweredSchema(value);
    else if ((keyword === 'oneOf' || keyword === 'anyOf') && Array.isArray(value))
      lowered[keyword] = value.map((branch) => loweredSchema(branch as JsonSchema));
    else if (keyword === 'additionalProperties' && isObject(value))
      lowered.additionalProperties = loweredSchema(value);
    else lowered[keyword] = value;
  }
  return lowered;
}

/**
 * rules-schema/config.schema.json, from the node kinds: the config's shape ({@link configSchemaBase}) with each
 * body's `rule` and each route step's `rule` pinned to its kind, so the published, hashed config states every
 * threshold in a form a reader can check. A decision's rule is in `bodies`; its route step, like the proposal's,
 * carries none.
 */
export function buildConfigSchema(): JsonSchema {
  const base = structuredClone(configSchemaBase);
  const defs = base.$defs as Record<string, JsonSchema>;
  const rules: Record<string, JsonSchema> = {};
  for (const definition of nodeKinds)
    rules[`${pascalCase(definition.kind)}Rule`] = loweredSchema(definition.params);
  const decides = (kind: (typeof nodeKinds)[number]) => kind.flow.role === 'decision';
  const carriesNoRule = (kind: (typeof nodeKinds)[number]) => decides(kind) || kind.flow.role === 'entry';
  const onPath = nodeKinds.filter((kind) => kind.flow.role !== 'electorate');
  const body = defs.ConfigBody!;
  defs.ConfigBody = {
    ...body,
    properties: {
      ...(body.properties as object),
      kind: { enum: nodeKinds.filter(decides).map((kind) => kind.kind) },
    },
    oneOf: nodeKinds.filter(decides).map((kind) => ({
      properties: { kind: { const: kind.kind }, rule: ref(`${pascalCase(kind.kind)}Rule`) },
    })),
  };
  const step = defs.ConfigStep!;
  defs.ConfigStep = {
    ...step,
    properties: { ...(step.properties as object), kind: { enum: onPath.map((kind) => kind.kind) } },
    oneOf: onPath.map((kind) =>
      carriesNoRule(kind)
        ? { properties: { kind: { const: kind.kind }, rule: false } }
        : {
            properties: { kind: { const: kind.kind }, rule: ref(`${pascalCase(kind.kind)}Rule`) },
            required: ['rule'],
          },
    ),
  };
  return { ...base, $defs: { ...defs, ...rules } };
}
