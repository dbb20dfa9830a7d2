import type { ImportNote } from './import-note.ts';

/** A refusal of malformed input, saying what is wrong and where (a dotted path in the file). */
export function malformedSpace(where: string, en: string, ko: string): { ok: false; reason: ImportNote } {
  return {
    ok: false,
    reason: {
      code: 'snapshot-space-malformed',
      en: `${where}: ${en}`,
      ko: `${where}: ${ko}`,
    },
  };
}
