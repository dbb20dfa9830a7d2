// Validating and compiling generated graphs; the aim is under 20 ms for 1,000 nodes and 200 ms for 10,000,
// growing linearly. Prints medians; never fails on time.
import { compile } from '../../compiler/compile/compile.ts';
import { validateDocument } from '../../compiler/validate/validate-document.ts';
import { generateDocument } from './generate-document.ts';
import { medianMs, report } from './measure.ts';

const medians: Record<string, number> = {};
for (const size of [1_000, 10_000]) {
  const document = generateDocument(size);
  if (validateDocument(document).length > 0 || !compile(document).ok)
    throw new Error(`the generated ${size}-node document is not valid`);
  const samples = size > 5_000 ? 5 : 11;
  medians[`validate ${size}`] = medianMs(() => validateDocument(document), { samples });
  medians[`compile ${size}`] = medianMs(() => compile(document), { samples });
  report(
    `validateDocument, ${document.nodes.length} nodes / ${document.edges.length} edges`,
    medians[`validate ${size}`]!,
  );
  report(
    `compile (validate, lower, hash, targets), ${document.nodes.length} nodes`,
    medians[`compile ${size}`]!,
    `aim: under ${size === 1_000 ? 20 : 200} ms`,
  );
}
const growth = medians['compile 10000']! / medians['compile 1000']!;
console.log(`compile time grows ${growth.toFixed(1)}× for 10× the nodes (linear is 10×)`);
