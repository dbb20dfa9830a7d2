import { parseArgs } from 'node:util';
import { compile } from '../../compile/compile.ts';
import { canonicalJson } from '../../document/canonical-json.ts';
import { loadDocument } from '../../document/load-document.ts';
import { exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { printDiagnostics } from '../print-diagnostics.ts';
import { readInput } from '../read-input.ts';

const usage = `Usage: charter compile FILE [--target NAME|all] [--out FILE] [--json]

Compiles a rule document (FILE, or - for standard input) to its config: electorates, decision bodies in exact
units, the route of each proposal type, stages, each target's parameters, and the keccak256 hash of it all.
The config is printed as canonical JSON (sorted keys), pretty-printed; the hash is of its compact form.

Options:
  --target NAME  print only that target's parameters (all: every target)
  --out FILE     write the output to FILE instead of standard output
  --json         print problems as JSON ({"ok": false, "diagnostics": [...]}) instead of words
  -h, --help

Exit codes: 0 compiled, 1 the document has errors or a requested target cannot express it,
2 usage or I/O error.`;

/** `charter compile FILE [--target NAME|all] [--out FILE] [--json]`. */
export const compileCommand: Command = {
  name: 'compile',
  summary: 'compile a rule document to its config and target parameters',
  usage,
  async run(args, io) {
    let parsed: ReturnType<
      typeof parseArgs<{
        options: { target: { type: 'string' }; out: { type: 'string' }; json: { type: 'boolean' } };
        allowPositionals: true;
      }>
    >;
    try {
      parsed = parseArgs({
        args,
        options: { target: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } },
        allowPositionals: true,
      });
    } catch (error) {
      io.stderr(`charter compile: ${(error as Error).message}\n\n${usage}\n`);
      return exitCodes.usage;
    }
    const [file, ...extra] = parsed.positionals;
    if (file === undefined || extra.length > 0) {
      io.stderr(`charter compile: name one file to compile, or - for standard input.\n\n${usage}\n`);
      return exitCodes.usage;
    }
    const input = await readInput(file, io);
    if (!input.ok) {
      io.stderr(`charter compile: ${input.message}\n`);
      return exitCodes.usage;
    }
    const loaded = loadDocument(input.text);
    const result = loaded.ok ? compile(loaded.document) : loaded;
    if (!result.ok) {
      if (parsed.values.json)
        io.stdout(`${JSON.stringify({ ok: false, diagnostics: result.diagnostics }, null, 2)}\n`);
      else {
        io.stderr(`✗ ${file} does not compile:\n`);
        printDiagnostics(
          result.diagnostics.filter((d) => d.severity === 'error'),
          io,
          io.stderr,
        );
      }
      return exitCodes.invalid;
    }
    const { config } = result;
    const target = parsed.values.target;
    let output: unknown = config;
    if (target !== undefined && target !== 'all') {
      if (!(target in config.targets)) {
        const known = Object.keys(config.targets);
        io.stderr(
          `charter compile: unknown target "${target}"; the targets are ${known.length ? known.join(', ') : 'not available yet'}, or all.\n`,
        );
        return exitCodes.usage;
      }
      output = config.targets[target];
    } else if (target === 'all') output = config.targets;
    const text = canonicalJson(output, 2);
    if (parsed.values.out !== undefined) {
      try {
        await io.writeFile(parsed.values.out, text);
      } catch (error) {
        io.stderr(`charter compile: cannot write ${parsed.values.out}: ${(error as Error).message}\n`);
        return exitCodes.usage;
      }
    } else io.stdout(text);
    const unsupported = Object.entries(config.targets).filter(
      ([name, value]) => (target === 'all' || name === target) && !value.supported,
    );
    return unsupported.length > 0 ? exitCodes.invalid : exitCodes.ok;
  },
};
