// Issue 18's hostile-but-valid inputs: the deepest graph the schema allows (a 20,000-node chain), graphs with 2^20
// paths, and parameters at the edge of the arithmetic. Each must finish; these print how long. Never fails on time.
import { readFileSync } from 'node:fs';
import { compile } from '../../compiler/compile/compile.ts';
import { explain } from '../../compiler/explain/explain.ts';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { lintDocument } from '../../compiler/lint/lint-document.ts';
import { monteCarlo } from '../../compiler/simulate/monte-carlo/monte-carlo.ts';
import { defaultScenario } from '../../compiler/simulate/scenario/default-scenario.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { validateDocument } from '../../compiler/validate/validate-document.ts';
import {
  chainDocument,
  diamondDocument,
  joinLadderDocument,
  routerDiamondDocument,
} from './generate-graphs.ts';
import { medianMs, report } from './measure.ts';

function configOf(document: unknown): CharterConfig {
  const result = compile(document);
  if (!result.ok) throw new Error(`a bench document does not compile: ${result.diagnostics[0]?.message}`);
  return result.config;
}

const once = { samples: 1, warmup: 0 };
const few = { samples: 3, warmup: 1 };

for (const [name, document] of [
  ['20 vote diamonds', diamondDocument(20)],
  ['20 routing diamonds', routerDiamondDocument(20)],
] as const) {
  const nodes = `${document.nodes.length} nodes, 2^20 paths`;
  report(
    `explain, ${name} (${nodes})`,
    medianMs(() => explain(document), few),
    'aim: under 1 s',
  );
  report(
    `lint, ${name}`,
    medianMs(() => lintDocument(document), few),
  );
  const config = configOf(document);
  const scenario = defaultScenario(config);
  report(
    `monteCarlo 100 runs with capture, ${name}`,
    medianMs(() => monteCarlo(config, scenario, { runs: 100 }), once),
  );
}

const chain = chainDocument(20_000);
const chainConfig = configOf(chain);
const chainScenario = defaultScenario(chainConfig);
report(
  'validateDocument, a 20,000-node chain',
  medianMs(() => validateDocument(chain), once),
);
report(
  'compile, a 20,000-node chain',
  medianMs(() => compile(chain), once),
);
report(
  'lint, a 20,000-node chain',
  medianMs(() => lintDocument(chain), once),
);
report(
  'explain, a 20,000-node chain',
  medianMs(() => explain(chain), once),
);
report(
  'simulate one proposal, a 20,000-node chain',
  medianMs(() => simulate(chainConfig, chainScenario), once),
);
report(
  'monteCarlo 100 runs with capture, a 20,000-node chain',
  medianMs(() => monteCarlo(chainConfig, chainScenario, { runs: 100 }), once),
);

// The simulator looks only at the joins an event concerns (it used to look at all of them: 5 s at 2,000 nodes).
for (const size of [2_000, 20_000]) {
  const ladder = configOf(joinLadderDocument(size));
  report(
    `simulate one proposal, a ladder of any-of joins (${size} nodes)`,
    medianMs(() => simulate(ladder, defaultScenario(ladder)), once),
    'was 5 s at 2,000 nodes',
  );
}

const conviction = JSON.parse(
  readFileSync(new URL('../../rules-schema/examples/conviction-fund.charter.json', import.meta.url), 'utf8'),
);
for (const node of conviction.nodes)
  if (node.kind === 'conviction') node.params.minimumConviction = '99.999999999999999999';
report(
  'compile, minimum conviction 99.999999999999999999%',
  medianMs(() => compile(conviction), few),
);

const passport = JSON.parse(
  readFileSync(new URL('../../rules-schema/examples/passport-signal.charter.json', import.meta.url), 'utf8'),
);
for (const node of passport.nodes) if (node.kind === 'members') node.params.expectedMembers = 100_000;
const passportConfig = configOf(passport);
report(
  'simulate one run, 100,000 expected members (the maximum is 1,000,000)',
  medianMs(() => simulate(passportConfig, defaultScenario(passportConfig)), once),
);
