// The Snapshot round trip as a user runs it with the CLI: every template whose Snapshot verdict is supported is
// compiled, its space imported with `charter import --snapshot -`, compiled again (the same space), and the imported
// document passes `charter verify --target snapshot` (snapshot.js's own schema and scoring against the simulator).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { fakeIO } from '../cli/fake-io.ts';

const examples = new URL('../../rules-schema/examples/', import.meta.url);
const templates = readdirSync(examples)
  .filter((file) => file.endsWith('.charter.json'))
  .map((file) => ({ file, text: readFileSync(new URL(file, examples), 'utf8') }));

/** `--supply` with the total supply of the template's token holders, when it has them. */
function supplyOf(text: string): string[] {
  const nodes = (
    JSON.parse(text) as { nodes: { kind: string; params?: { token?: { totalSupply?: string } } }[] }
  ).nodes;
  const supply = nodes.find((node) => node.kind === 'token-holders')?.params?.token?.totalSupply;
  return supply === undefined ? [] : ['--supply', supply];
}

async function compileForSnapshot(name: string, text: string) {
  const io = fakeIO({ [name]: text });
  const code = await main(['compile', name, '--target', 'snapshot'], io);
  return {
    code,
    output: JSON.parse(io.out) as { verdict: string; parameters?: { spaces: { space: unknown }[] } },
  };
}

describe('compile → import --snapshot → compile', () => {
  it('finds a template that deploys on Snapshot', async () => {
    const supported: string[] = [];
    for (const { file, text } of templates)
      if ((await compileForSnapshot(file, text)).output.verdict === 'supported') supported.push(file);
    expect(supported).toContain('passport-signal.charter.json');
  });

  for (const { file, text } of templates)
    it(`${file}: gives the same space back when its Snapshot verdict is supported, and verifies`, async () => {
      const first = await compileForSnapshot(file, text);
      if (first.output.verdict !== 'supported') return;
      const importIO = fakeIO({}, JSON.stringify(first.output));
      // A space does not say how many tokens exist: the user gives the supply, as the import asks (uniswap's UNI).
      expect(await main(['import', '--snapshot', '-', ...supplyOf(text)], importIO)).toBe(0);
      const again = await compileForSnapshot('imported.json', importIO.out);
      expect(again.output.verdict).toBe('supported');
      expect(again.output.parameters!.spaces.map((s) => s.space)).toEqual(
        first.output.parameters!.spaces.map((s) => s.space),
      );
      const verifyIO = fakeIO({ 'imported.json': importIO.out });
      const verified = await main(
        ['verify', 'imported.json', '--target', 'snapshot', '--scenarios', '10'],
        verifyIO,
      );
      expect(verifyIO.out).toMatch(/agree/);
      expect(verified).toBe(0);
    });
});
