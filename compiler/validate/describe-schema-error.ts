import type { ErrorObject } from 'ajv';
import type { DiagnosticCode } from '../diagnostics/diagnostic-codes.ts';
import type { LocalizedArg, MessageArgs } from '../diagnostics/message-args.ts';
import type { MessageKey } from '../diagnostics/messages/message-templates.ts';
import { saidText } from '../diagnostics/said-text.ts';
import { say } from '../diagnostics/say.ts';
import { formatDuration } from '../format/format-duration.ts';
import type { JsonSchema } from '../nodes/node-kind.ts';
import { resolveSchema } from '../schema/schema-walk.ts';
import { closestMatch } from './closest-match.ts';
import { schemaTitle } from './schema-title.ts';

/** A value as it appears in the document, cut to 48 characters. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 48 ? `${text.slice(0, 45)}…` : text;
}

/** " Did you mean "x"?" after a message, in both languages, or nothing. */
export function didYouMean(hint: string | undefined): LocalizedArg {
  if (hint === undefined) return { en: '', ko: '' };
  const said = say('schema.did-you-mean', { hint });
  return { en: ` ${saidText(said, 'en')}`, ko: ` ${saidText(said, 'ko')}` };
}

function limitWords(limit: number, unit: unknown): LocalizedArg {
  if (unit === 'seconds' && limit >= 60) {
    return {
      en: `${limit} seconds (${formatDuration(limit)})`,
      ko: `${limit}초(${formatDuration(limit, 'ko')})`,
    };
  }
  if (unit === 'seconds') return { en: `${limit} second${limit === 1 ? '' : 's'}`, ko: `${limit}초` };
  return { en: String(limit), ko: String(limit) };
}

const typeWords: Record<string, LocalizedArg> = {
  integer: { en: 'a whole number', ko: '정수' },
  number: { en: 'a number', ko: '숫자' },
  string: { en: 'text', ko: '텍스트' },
  boolean: { en: 'true or false', ko: 'true 또는 false' },
  array: { en: 'a list', ko: '목록' },
  object: { en: 'an object', ko: '객체' },
  null: { en: 'null', ko: 'null' },
};

const formHints: Record<string, LocalizedArg> = {
  percent: {
    en: 'a percentage from 0 to 100 written as text, such as "4" or "4.5"',
    ko: '"4"나 "4.5"처럼 텍스트로 쓴 0~100 사이의 백분율',
  },
  tokens: {
    en: 'an amount in whole tokens written as text, such as "50000" or "0.5"',
    ko: '"50000"이나 "0.5"처럼 텍스트로 쓴 토큰 단위의 금액',
  },
  id: {
    en: 'an id of letters, digits, "_", "." and "-", up to 64 characters',
    ko: '영문자, 숫자, "_", ".", "-"로 된 64자 이하의 id',
  },
  address: {
    en: 'an address: 0x followed by 40 hexadecimal digits',
    ko: '0x 뒤에 16진수 40자리가 오는 주소',
  },
};

function example(branch: JsonSchema): string {
  const [key] = (branch.required as string[] | undefined) ?? [];
  const property = resolveSchema((branch.properties as Record<string, JsonSchema> | undefined)?.[key ?? '']);
  const sample = property['x-unit'] === 'percent' ? '"4"' : property['x-unit'] === 'tokens' ? '"40000"' : '1';
  return `{"${key}": ${sample}}`;
}

/** What one ajv error says about a field: its code, its template and the arguments besides `where` and `field`. */
export interface DescribedSchemaError {
  code: DiagnosticCode;
  template: MessageKey;
  args: MessageArgs;
}

/**
 * The code and the message for one ajv error: 'must be at least 3600 seconds (1 hour) (it is 60)'. `at` is the
 * schema of the failing value, whose `x-unit` picks the wording.
 */
export function describeSchemaError(error: ErrorObject, at: JsonSchema): DescribedSchemaError {
  const parent = (error.parentSchema ?? {}) as JsonSchema;
  const unit = parent['x-unit'] ?? at['x-unit'];
  const params = error.params as Record<string, unknown>;
  const got = show(error.data);
  const range = (template: MessageKey): DescribedSchemaError => ({
    code: 'out-of-range',
    template,
    args: { limit: limitWords(params.limit as number, unit), got },
  });
  switch (error.keyword) {
    case 'type': {
      if ((unit === 'percent' || unit === 'tokens') && typeof error.data === 'number') {
        return { code: 'wrong-type', template: 'schema.number-as-text', args: { value: error.data } };
      }
      if (unit === 'seconds' && typeof error.data === 'string') {
        return { code: 'wrong-type', template: 'schema.seconds-as-number', args: { got } };
      }
      const type = String(params.type);
      const expected = typeWords[type] ?? { en: type, ko: type };
      return { code: 'wrong-type', template: 'schema.wrong-type', args: { expected, got } };
    }
    case 'minimum':
      return range('schema.at-least');
    case 'maximum':
      return range('schema.at-most');
    case 'exclusiveMinimum':
      return range('schema.more-than');
    case 'exclusiveMaximum':
      return range('schema.less-than');
    case 'pattern': {
      const form = formHints[String(unit)] ?? { en: 'in the expected form', ko: '기대한 형식' };
      return { code: 'bad-format', template: 'schema.pattern', args: { form, got } };
    }
    case 'minLength':
      return params.limit === 1
        ? { code: 'bad-format', template: 'schema.not-empty', args: {} }
        : { code: 'bad-format', template: 'schema.min-length', args: { limit: params.limit as number } };
    case 'maxLength':
      return { code: 'bad-format', template: 'schema.max-length', args: { limit: params.limit as number } };
    case 'format':
      return { code: 'bad-address', template: 'schema.bad-address', args: { got } };
    case 'enum':
    case 'const': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
      const choices = allowed.map((value) => show(value)).join(', ');
      const hint = typeof error.data === 'string' ? closestMatch(error.data, allowed.map(String)) : undefined;
      return {
        code: 'bad-choice',
        template: allowed.length === 1 ? 'schema.must-be' : 'schema.one-of',
        args: { choices, got, hint: didYouMean(hint) },
      };
    }
    case 'oneOf': {
      const branches = ((parent.oneOf as JsonSchema[] | undefined) ?? []).map(resolveSchema);
      const titled = branches.map((branch) => ({
        title: schemaTitle(branch) ?? { en: 'one form', ko: '한 형식' },
        example: example(branch),
      }));
      const options = {
        en: titled.map(({ title, example }) => `${title.en.toLowerCase()}, written ${example}`).join(', or '),
        ko: titled.map(({ title, example }) => `${title.ko}(예: ${example})`).join(', '),
      };
      return { code: 'bad-choice', template: 'schema.either', args: { options, got } };
    }
    case 'minItems': {
      const count = (error.data as unknown[]).length;
      return params.limit === 1
        ? { code: 'wrong-count', template: 'schema.min-items-one', args: { count } }
        : {
            code: 'wrong-count',
            template: 'schema.min-items',
            args: { limit: params.limit as number, count },
          };
    }
    case 'maxItems':
      return {
        code: 'wrong-count',
        template: 'schema.max-items',
        args: { limit: params.limit as number, count: (error.data as unknown[]).length },
      };
    case 'uniqueItems':
      return {
        code: 'duplicate-item',
        template: 'schema.duplicate-item',
        args: {
          first: Math.min(Number(params.i), Number(params.j)) + 1,
          second: Math.max(Number(params.i), Number(params.j)) + 1,
        },
      };
    default:
      return { code: 'bad-format', template: 'schema.invalid', args: { detail: error.message ?? 'invalid' } };
  }
}
