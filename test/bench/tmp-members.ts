import { readFileSync } from 'node:fs';
import { compile } from '../../compiler/compile/compile.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';

const doc = JSON.parse(readFileSync('rules-schema/examples/token-governor.charter.json', 'utf8'));
const r = compile(doc);
if (!r.ok) throw 1;
for (const holders of [10_000, 100_000, 1_000_000]) {
  const t = performance.now();
  simulate(r.config, {
    seed: 1,
    defaultElectorate: { distribution: 'equal', holders },
    proposals: [{ type: r.config.routes[0].proposalType }],
  } as never);
  console.log(holders, Math.round(performance.now() - t), 'ms');
}
