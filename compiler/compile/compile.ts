import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { CharterConfig } from '../generated/charter-config.ts';
import { compileTargets } from '../targets/compile-targets.ts';
import { checkDocument, isValid } from '../validate/validate-document.ts';
import { hashedConfig } from './config-hash.ts';
import { graphView } from './graph-view.ts';
import { lowerBodies } from './lower-bodies.ts';
import { lowerElectorates } from './lower-electorates.ts';
import { lowerRoutes } from './lower-routes.ts';
import { lowerStages } from './lower-stages.ts';

/** What {@link compile} gives: the config and its canonical text, or only the diagnostics that prevent it. */
export type CompileResult =
  | { ok: true; config: CharterConfig; text: string; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Compiles a rule document to its config (rules-schema/config.schema.json): electorates, decision bodies with every
 * threshold exact, the route of each proposal type, the stages, each target's parameters, and the keccak256 hash of
 * it all. `text` is the config's canonical JSON, byte-identical for the same graph wherever its nodes sit on the
 * canvas. A document with errors does not compile; its diagnostics say why.
 */
export function compile(document: unknown): CompileResult {
  const { diagnostics, filled } = checkDocument(document);
  if (!filled || !isValid(diagnostics)) return { ok: false, diagnostics };
  const view = graphView(filled);
  const doc = view.document;
  const byId = <T extends { id: string }>(items: T[]) =>
    items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const config = {
    charterConfig: '1',
    name: doc.name,
    chain: { chainId: doc.chain.chainId, blockTime: doc.chain.blockTime, clockMode: doc.chain.clockMode },
    currentStage: doc.currentStage ?? null,
    electorates: byId(lowerElectorates(view)),
    bodies: byId(lowerBodies(view)),
    routes: lowerRoutes(view),
    stages: lowerStages(view),
    targets: Object.fromEntries(compileTargets.map((target) => [target.name, target.compile(view)])),
  } as Omit<CharterConfig, 'hash'> as CharterConfig;
  const { hash, text } = hashedConfig(config as unknown as Record<string, unknown>);
  config.hash = hash;
  return { ok: true, config, text, diagnostics };
}
