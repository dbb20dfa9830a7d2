import { readFileSync } from 'node:fs';
import { main } from '../../compiler/cli/main.ts';
import { fakeIO } from './fake-io.ts';

/** The text of a template of rules-schema/examples. */
export function templateText(name: string): string {
  return readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8');
}

/** Runs `charter simulate gov.json --scenario s.json --runs 1 --json` in-process on a template and a scenario. */
export async function simulateWith(template: string, scenario: unknown) {
  const io = fakeIO({ 'gov.json': templateText(template), 's.json': JSON.stringify(scenario) });
  const code = await main(['simulate', 'gov.json', '--scenario', 's.json', '--runs', '1', '--json'], io);
  return { code, out: io.out, err: io.err };
}
