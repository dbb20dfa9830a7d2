import { type CharterDocument, type ImportNote, importSnapshotSpace } from '../../compiler/index.ts';

/** What reading a Snapshot space file gave: a document and its notes, or why there is none, in both languages. */
export type SnapshotImportOutcome =
  | { ok: true; document: CharterDocument; notes: ImportNote[] }
  | { ok: false; note: ImportNote };

/**
 * Reads a Snapshot space file (the hub's answer to its `space` query, or the space Charter's Snapshot target emits)
 * with the library's importer, as `charter import --snapshot` does; `supply` is the token's total supply, which no
 * space states, and `blockTime` the chain's seconds per block when Charter does not know them, each when the user gave
 * one. The file never leaves the browser.
 */
export async function importFromSnapshotFile(
  file: Blob,
  supply: string,
  blockTime = '',
): Promise<SnapshotImportOutcome> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return {
      ok: false,
      note: { code: 'unreadable', en: 'The file could not be read.', ko: '파일을 읽을 수 없습니다.' },
    };
  }
  const trimmed = supply.trim();
  if (trimmed !== '' && !/^\d{1,40}(\.\d{1,40})?$/.test(trimmed))
    return {
      ok: false,
      note: {
        code: 'bad-supply',
        en: 'The total supply is a whole or decimal number of tokens, such as 1000000000.',
        ko: '총발행량은 1000000000처럼 토큰 수를 정수나 소수로 적어야 합니다.',
      },
    };
  const seconds = blockTime.trim();
  const blockSeconds = Number(seconds);
  if (seconds !== '' && !(/^\d+(\.\d+)?$/.test(seconds) && blockSeconds >= 0.01 && blockSeconds <= 3600))
    return {
      ok: false,
      note: {
        code: 'bad-block-time',
        en: 'Seconds per block are a number from 0.01 to 3600, such as 2.',
        ko: '블록당 초는 2처럼 0.01에서 3600 사이의 수여야 합니다.',
      },
    };
  const result = importSnapshotSpace(text, {
    ...(trimmed === '' ? {} : { supply: trimmed }),
    ...(seconds === '' ? {} : { blockSeconds }),
  });
  return result.ok ? result : { ok: false, note: result.reason };
}
