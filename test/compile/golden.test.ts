// Every template's whole config, targets included, pinned byte for byte. A change to these files is a change to what
// developers deploy: review the diff of the golden file, then update it with `npx vitest run -u test/compile`.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { canonicalJson } from '../../compiler/document/canonical-json.ts';

const examples = new URL('../../rules-schema/examples/', import.meta.url);
const names = readdirSync(examples).filter((name) => name.endsWith('.charter.json'));

describe('golden configs', () => {
  it.each(names)('%s', async (name) => {
    const result = compile(JSON.parse(readFileSync(new URL(name, examples), 'utf8')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    await expect(canonicalJson(result.config, 2)).toMatchFileSnapshot(
      `golden/${name.replace('.charter.json', '.config.json')}`,
    );
  });
});
