import { readFileSync } from 'node:fs';
import { compile } from '../../compiler/compile/compile.ts';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { type TestNode, type WiredDocument, wiredDocument } from '../fixtures/wired-document.ts';

/**
 * A document for the simulator's tests, `name`d, from nodes and `from.port -> to.port` edges: on a timestamp clock, so
 * that every duration runs in the seconds the rules state.
 */
export function document(name: string, nodes: TestNode[], edges: string[]): WiredDocument {
  return wiredDocument(nodes, edges, { name, chain: { chainId: 1, blockTime: 12, clockMode: 'timestamp' } });
}

/** The config `compile` gives for a document; throws with the diagnostics when it does not compile. */
export function compiled(input: unknown): CharterConfig {
  const result = compile(input);
  if (!result.ok)
    throw new Error(
      `does not compile: ${result.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`,
    );
  return result.config;
}

/** A template of rules-schema/examples, as a document to change. */
export function template(name: string): Record<string, unknown> & { nodes: TestNode[] } {
  return JSON.parse(
    readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8'),
  );
}

/** A token with `supply` whole tokens and 0 decimals, so that balances are whole tokens. */
export const token = (symbol: string, supply: string) => ({
  token: { name: symbol, symbol, decimals: 0, totalSupply: supply },
  standard: 'erc20-votes',
  delegation: false,
});

/** Holders as a scenario CSV: addresses 0x…1, 0x…2, … with these balances. */
export const holders = (...balances: number[]) =>
  `address,balance\n${balances.map((balance, i) => `0x${(i + 1).toString(16).padStart(40, '0')},${balance}`).join('\n')}`;

/** A preference model where every voter votes For. */
export const allFor = { for: 1, against: 0, abstain: 0 };
/** A preference model where every voter votes Against. */
export const allAgainst = { for: 0, against: 1, abstain: 0 };

const templates = new Map<string, CharterConfig>();

/** The config `compile` gives for a template of rules-schema/examples (compiled once per test file). */
export function compiledTemplate(name: string): CharterConfig {
  let config = templates.get(name);
  if (config === undefined) {
    config = compiled(template(name));
    templates.set(name, config);
  }
  // Each test gets its own copy, free to change.
  return structuredClone(config);
}
