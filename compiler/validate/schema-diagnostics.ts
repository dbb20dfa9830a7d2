import type { ErrorObject } from 'ajv';
import schema from '../../rules-schema/charter.schema.json' with { type: 'json' };
import { createDiagnostic } from '../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DiagnosticCode } from '../diagnostics/diagnostic-codes.ts';
import { isObject } from '../document/is-object.ts';
import { formatDuration } from '../format/format-duration.ts';
import { nodeName } from '../format/node-name.ts';
import { ordinal } from '../format/ordinal.ts';
import { nodeKinds } from '../nodes/catalogue.ts';
import type { JsonSchema } from '../nodes/node-kind.ts';
import { pascalCase } from '../schema/build-document-schema.ts';
import { closestMatch } from './closest-match.ts';
import { documentSchemaValidator } from './document-schema-validator.ts';

/** What the schema check found: its diagnostics, and which nodes and edges the graph checks must not trust. */
export interface SchemaCheck {
  diagnostics: Diagnostic[];
  /** Indexes of nodes with any schema error: their params are not known to be well formed. */
  invalidNodes: Set<number>;
  /** Indexes of edges with any schema error. */
  invalidEdges: Set<number>;
}

const root = schema as JsonSchema;
const defs = root.$defs as Record<string, JsonSchema>;
const kindNames = nodeKinds.map((definition) => definition.kind);

function resolve(node: JsonSchema | undefined): JsonSchema {
  let current = node ?? {};
  for (let hops = 0; typeof current.$ref === 'string' && hops < 8; hops++) {
    current = defs[(current.$ref as string).replace('#/$defs/', '')] ?? {};
  }
  return current;
}

function humanize(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Walks a schema along a path, returning each step's title and the schema reached. */
function walk(start: JsonSchema, segments: readonly string[]): { titles: string[]; at: JsonSchema } {
  const titles: string[] = [];
  let at = resolve(start);
  for (const segment of segments) {
    const properties = at.properties as Record<string, JsonSchema> | undefined;
    const branches = ((at.oneOf as JsonSchema[] | undefined) ?? []).map(resolve);
    const owner = properties?.[segment]
      ? at
      : branches.find((branch) => isObject(branch.properties) && segment in branch.properties);
    const property = (owner?.properties as Record<string, JsonSchema> | undefined)?.[segment];
    if (property) {
      titles.push(typeof property.title === 'string' ? property.title : humanize(segment));
      at = resolve(property);
    } else if (/^\d+$/.test(segment) && at.items) {
      titles.push(`item ${Number(segment) + 1}`);
      at = resolve(at.items as JsonSchema);
    } else {
      titles.push(humanize(segment));
      at = {};
    }
  }
  return { titles, at };
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 48 ? `${text.slice(0, 45)}…` : text;
}

function limitText(limit: number, unit: unknown): string {
  if (unit === 'seconds' && limit >= 60) return `${limit} seconds (${formatDuration(limit)})`;
  if (unit === 'seconds') return `${limit} seconds`;
  return String(limit);
}

const typeWords: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

const formatHints: Record<string, string> = {
  percent: 'a percentage from 0 to 100 written as text, such as "4" or "4.5"',
  tokens: 'an amount in whole tokens written as text, such as "50000" or "0.5"',
  id: 'an id of letters, digits, "_", "." and "-", up to 64 characters',
  address: 'an address: 0x followed by 40 hexadecimal digits',
};

function example(branch: JsonSchema): string {
  const [key] = (branch.required as string[] | undefined) ?? [];
  const property = resolve((branch.properties as Record<string, JsonSchema> | undefined)?.[key ?? '']);
  const sample = property['x-unit'] === 'percent' ? '"4"' : property['x-unit'] === 'tokens' ? '"40000"' : '1';
  return `{"${key}": ${sample}}`;
}

/** The code and the words after the field's name for one ajv error. */
function describe(error: ErrorObject, at: JsonSchema): { code: DiagnosticCode; predicate: string } {
  const parent = (error.parentSchema ?? {}) as JsonSchema;
  const unit = parent['x-unit'] ?? at['x-unit'];
  const params = error.params as Record<string, unknown>;
  const got = ` (it is ${show(error.data)})`;
  switch (error.keyword) {
    case 'type': {
      const expected = typeWords[String(params.type)] ?? String(params.type);
      if ((unit === 'percent' || unit === 'tokens') && typeof error.data === 'number') {
        return {
          code: 'wrong-type',
          predicate: `must be written as text, such as "${error.data}", so that it stays exact (it is the number ${error.data})`,
        };
      }
      return { code: 'wrong-type', predicate: `must be ${expected}${got}` };
    }
    case 'minimum':
      return {
        code: 'out-of-range',
        predicate: `must be at least ${limitText(params.limit as number, unit)}${got}`,
      };
    case 'maximum':
      return {
        code: 'out-of-range',
        predicate: `must be at most ${limitText(params.limit as number, unit)}${got}`,
      };
    case 'exclusiveMinimum':
      return {
        code: 'out-of-range',
        predicate: `must be more than ${limitText(params.limit as number, unit)}${got}`,
      };
    case 'exclusiveMaximum':
      return {
        code: 'out-of-range',
        predicate: `must be less than ${limitText(params.limit as number, unit)}${got}`,
      };
    case 'pattern':
      return {
        code: 'bad-format',
        predicate: `must be ${formatHints[String(unit)] ?? 'in the expected form'}${got}`,
      };
    case 'minLength':
      return {
        code: 'bad-format',
        predicate:
          params.limit === 1 ? 'must not be empty' : `must be at least ${params.limit} characters long`,
      };
    case 'maxLength':
      return { code: 'bad-format', predicate: `must be at most ${params.limit} characters long` };
    case 'format':
      return {
        code: 'bad-address',
        predicate: `is not a valid address: its mixed-case checksum does not match${got}. Check that it was copied whole; an all-lowercase address skips the checksum`,
      };
    case 'enum':
    case 'const': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
      const choices = allowed.map((value) => show(value)).join(', ');
      const hint = typeof error.data === 'string' ? closestMatch(error.data, allowed.map(String)) : undefined;
      return {
        code: 'bad-choice',
        predicate: `must be ${allowed.length === 1 ? choices : `one of ${choices}`}${got}${hint ? `. Did you mean "${hint}"?` : ''}`,
      };
    }
    case 'oneOf': {
      const branches = ((parent.oneOf as JsonSchema[] | undefined) ?? []).map(resolve);
      const options = branches.map(
        (branch) => `${String(branch.title ?? 'one form').toLowerCase()}, written ${example(branch)}`,
      );
      return { code: 'bad-choice', predicate: `must be either ${options.join(', or ')}${got}` };
    }
    case 'minItems':
      return {
        code: 'wrong-count',
        predicate: `needs at least ${params.limit} item${params.limit === 1 ? '' : 's'} (it has ${(error.data as unknown[]).length})`,
      };
    case 'maxItems':
      return {
        code: 'wrong-count',
        predicate: `takes at most ${params.limit} items (it has ${(error.data as unknown[]).length})`,
      };
    case 'uniqueItems':
      return {
        code: 'duplicate-item',
        predicate: `lists the same item twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1})`,
      };
    default:
      return { code: 'bad-format', predicate: error.message ?? 'is not valid' };
  }
}

function segmentsOf(instancePath: string): string[] {
  return instancePath === ''
    ? []
    : instancePath
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Drops the errors that only restate another: `if` wrappers, and the branches of a `oneOf` that was explained. */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter((error) => error.keyword === 'oneOf');
  const discriminatorPaths = new Set(
    errors
      .filter(
        (error) =>
          error.keyword === 'required' &&
          (error.params as { missingProperty?: string }).missingProperty === 'kind',
      )
      .map((error) => error.instancePath),
  );
  return errors.filter((error) => {
    if (error.keyword === 'if') return false;
    if (error.keyword === 'discriminator' && (error.params as { error?: string }).error === 'tag') {
      return !discriminatorPaths.has(error.instancePath);
    }
    for (const choice of oneOfs) {
      const inside = error.schemaPath.startsWith(`${choice.schemaPath}/`);
      if (error !== choice && inside && error.instancePath === choice.instancePath) return false;
      if (error === choice) {
        const deeper = errors.some(
          (other) =>
            other.instancePath.startsWith(`${choice.instancePath}/`) &&
            other.schemaPath.startsWith(`${choice.schemaPath}/`),
        );
        if (deeper) return false;
      }
    }
    return true;
  });
}

/**
 * Checks a parsed document against rules-schema/charter.schema.json and says what is wrong in a founder's words,
 * naming the node by its label and the field by its title: 'Token vote: Quorum › Percent of supply must be a
 * percentage from 0 to 100 written as text, such as "4" or "4.5" (it is "400")'.
 */
export function schemaDiagnostics(document: unknown): SchemaCheck {
  const check: SchemaCheck = { diagnostics: [], invalidNodes: new Set(), invalidEdges: new Set() };
  const validate = documentSchemaValidator();
  if (validate(document)) return check;
  const record: Record<string, unknown> = isObject(document) ? document : {};
  for (const error of relevant(validate.errors ?? [])) {
    const segments = segmentsOf(error.instancePath);
    if (error.keyword === 'required')
      segments.push(String((error.params as { missingProperty: string }).missingProperty));
    if (error.keyword === 'additionalProperties') {
      segments.push(String((error.params as { additionalProperty: string }).additionalProperty));
    }
    let where = 'The document';
    let start: JsonSchema = root;
    let fieldSegments = segments;
    const location: { nodeId?: string; edgeId?: string } = {};
    const [list, indexText] = segments;
    if ((list === 'nodes' || list === 'edges') && indexText !== undefined && /^\d+$/.test(indexText)) {
      const index = Number(indexText);
      const item = Array.isArray(record[list]) ? (record[list] as unknown[])[index] : undefined;
      const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
      fieldSegments = segments.slice(2);
      if (list === 'nodes') {
        check.invalidNodes.add(index);
        if (id !== undefined) location.nodeId = id;
        where = nodeName(item, index);
        const kind = isObject(item) && typeof item.kind === 'string' ? item.kind : '';
        start = kindNames.includes(kind) ? defs[`${pascalCase(kind)}Node`]! : {};
      } else {
        check.invalidEdges.add(index);
        if (id !== undefined) location.edgeId = id;
        where = id !== undefined ? `Edge "${id}"` : `The ${ordinal(index)} edge`;
        start = defs.CharterEdge!;
      }
    }
    const field = fieldSegments.join('.');
    if (error.keyword === 'discriminator') {
      const kind = (error.data as Record<string, unknown>).kind;
      if (typeof kind === 'string') {
        const hint = closestMatch(kind, kindNames);
        const message = `${where}: "${kind}" is not a kind of node Charter knows.${hint ? ` Did you mean "${hint}"?` : ''}`;
        check.diagnostics.push(createDiagnostic('unknown-kind', message, { ...location, field: 'kind' }));
      } else {
        const message = `${where}: Kind must be text, such as "majority-vote" (it is ${show(kind)}).`;
        check.diagnostics.push(createDiagnostic('wrong-type', message, { ...location, field: 'kind' }));
      }
      continue;
    }
    const { titles, at } = walk(start, fieldSegments);
    const shownTitles = titles.filter((_title, i) => !(i === 0 && fieldSegments[0] === 'params'));
    const fieldName = shownTitles.join(' › ');
    let message: string;
    let code: DiagnosticCode;
    if (error.keyword === 'required') {
      code = 'missing-field';
      message = `${where}: ${fieldName || 'a field'} is missing.`;
    } else if (error.keyword === 'additionalProperties') {
      code = 'unknown-field';
      const name = fieldSegments.at(-1) ?? '';
      const owner = walk(start, fieldSegments.slice(0, -1)).at;
      const known = Object.keys((owner.properties as Record<string, unknown> | undefined) ?? {});
      const hint = closestMatch(name, known);
      const ownerName = shownTitles.slice(0, -1).join(' › ');
      message = `${where}: "${name}" is not a field${ownerName ? ` of ${ownerName}` : ''} Charter knows.${hint ? ` Did you mean "${hint}"?` : ''}`;
    } else {
      const described = describe(error, at);
      code = described.code;
      const stop = /[.?]$/.test(described.predicate) ? '' : '.';
      message = `${where}: ${fieldName || 'the value'} ${described.predicate}${stop}`;
    }
    check.diagnostics.push(createDiagnostic(code, message, field === '' ? location : { ...location, field }));
  }
  return check;
}
