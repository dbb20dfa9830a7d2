// `npm run bench`: runs every test/bench/*.bench.ts in name order (or those whose names contain the arguments)
// and prints their figures. Benchmarks print; they never pass or fail on timing.
import { readdirSync } from 'node:fs';

const folder = new URL('../test/bench/', import.meta.url);
const filters = process.argv.slice(2);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();
console.log(`Node ${process.versions.node} on ${process.platform}-${process.arch}`);
for (const name of files) {
  console.log(`\n## ${name}`);
  await import(new URL(name, folder).href);
}
