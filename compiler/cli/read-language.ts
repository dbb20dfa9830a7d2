import type { Language } from '../nodes/node-kind.ts';
import type { CliIO } from './cli-io.ts';

/** The `--lang` option every command that prints words takes. */
export const langOption = { lang: { type: 'string' } } as const;

/**
 * The language `--lang` asks for (en when absent), or undefined after printing
 * `charter NAME: --lang takes en or ko, not "fr".` (the caller exits 2).
 */
export function readLanguage(command: string, value: unknown, io: CliIO): Language | undefined {
  const language = (value as string | undefined) ?? 'en';
  if (language === 'en' || language === 'ko') return language;
  io.stderr(`charter ${command}: --lang takes en or ko, not "${language}".\n`);
  return undefined;
}
