import type { ErrorObject } from 'ajv';
import type { DiagnosticCode } from '../diagnostics/diagnostic-codes.ts';
import { formatDuration } from '../format/format-duration.ts';
import type { JsonSchema } from '../nodes/node-kind.ts';
import { resolveSchema } from '../schema/schema-walk.ts';
import { closestMatch } from './closest-match.ts';

export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 48 ? `${text.slice(0, 45)}…` : text;
}

function limitText(limit: number, unit: unknown): string {
  if (unit === 'seconds' && limit >= 60) return `${limit} seconds (${formatDuration(limit)})`;
  if (unit === 'seconds') return `${limit} second${limit === 1 ? '' : 's'}`;
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
  const property = resolveSchema((branch.properties as Record<string, JsonSchema> | undefined)?.[key ?? '']);
  const sample = property['x-unit'] === 'percent' ? '"4"' : property['x-unit'] === 'tokens' ? '"40000"' : '1';
  return `{"${key}": ${sample}}`;
}

/**
 * The code, and the words that follow the field's name, for one ajv error: 'must be at least 3600 seconds (1 hour)
 * (it is 60)'. `at` is the schema of the failing value, whose `x-unit` picks the wording.
 */
export function describeSchemaError(
  error: ErrorObject,
  at: JsonSchema,
): { code: DiagnosticCode; predicate: string } {
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
      if (unit === 'seconds' && typeof error.data === 'string') {
        return {
          code: 'wrong-type',
          predicate: `must be a whole number of seconds, such as 604800 for 7 days${got}`,
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
      const branches = ((parent.oneOf as JsonSchema[] | undefined) ?? []).map(resolveSchema);
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
