import { compile } from '../../compile/compile.ts';
import { saidText } from '../../diagnostics/said-text.ts';
import { canonicalJson } from '../../document/canonical-json.ts';
import { constructorArgsFor } from '../../targets/openzeppelin/constructor-args-for.ts';
import { exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { ioErrorReason } from '../io-error-reason.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { printDiagnostics } from '../print-diagnostics.ts';
import { readDocument } from '../read-document.ts';
import { langOption, readLanguage } from '../read-language.ts';

const usage = `Usage: charter compile FILE [--target NAME|all] [--out FILE] [--json] [--lang en|ko]

Compiles a rule document (FILE, or - for standard input) to its config: electorates, decision bodies in exact
units, the route of each proposal type, stages, each target's parameters, and the keccak256 hash of it all.
The config is printed as canonical JSON (sorted keys), pretty-printed; the hash is of its compact form.

Options:
  --target NAME  print only that target's parameters (all: every target)
  --out FILE     write the output to FILE instead of standard output
  --json         print problems as JSON ({"ok": false, "diagnostics": [...]}) instead of words
  --lang en|ko   the language of the problems (default en)
  --governor-address A, --timelock-address B
                 with --target openzeppelin: add each Governor's and TimelockController's ABI-encoded
                 constructor arguments for contracts deployed at A and B (the token address comes from
                 the document)
  -h, --help

Exit codes: 0 compiled, 1 the document has errors or the target named by --target cannot express it,
2 usage or I/O error.`;

/** `charter compile FILE [--target NAME|all] [--out FILE] [--json] [--lang en|ko]`. */
export const compileCommand: Command = {
  name: 'compile',
  summary: 'compile a rule document to its config and target parameters',
  usage,
  async run(args, io) {
    const options = {
      target: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      'governor-address': { type: 'string' },
      'timelock-address': { type: 'string' },
      ...langOption,
    } as const;
    const missing = 'name one file to compile, or - for standard input.';
    const parsed = parseCommandArgs('compile', args, options, usage, io, { min: 1, max: 1, missing });
    if (!parsed) return exitCodes.usage;
    const language = readLanguage('compile', parsed.values.lang, io);
    if (!language) return exitCodes.usage;
    const file = parsed.positionals[0]!;
    const loaded = await readDocument('compile', file, io);
    if (!loaded) return exitCodes.usage;
    const result = loaded.ok ? compile(loaded.document) : loaded;
    if (!result.ok) {
      if (parsed.values.json)
        io.stdout(`${JSON.stringify({ ok: false, diagnostics: result.diagnostics }, null, 2)}\n`);
      else {
        io.stderr(language === 'ko' ? `✗ ${file}: 컴파일할 수 없습니다:\n` : `✗ ${file} does not compile:\n`);
        printDiagnostics(
          result.diagnostics.filter((d) => d.severity === 'error'),
          io,
          io.stderr,
          language,
        );
      }
      return exitCodes.invalid;
    }
    const { config } = result;
    const addressFlags =
      parsed.values['governor-address'] !== undefined || parsed.values['timelock-address'] !== undefined;
    if (addressFlags && parsed.values.target !== 'openzeppelin') {
      io.stderr(
        'charter compile: --governor-address and --timelock-address go together, with --target openzeppelin.\n',
      );
      return exitCodes.usage;
    }
    const target = parsed.values.target as string | undefined;
    let output: unknown = config;
    if (target !== undefined && target !== 'all') {
      if (!Object.hasOwn(config.targets, target)) {
        const known = Object.keys(config.targets);
        io.stderr(
          `charter compile: unknown target "${target}"; the targets are ${known.length ? known.join(', ') : 'not available yet'}, or all.\n`,
        );
        return exitCodes.usage;
      }
      output = config.targets[target];
      const governorAddress = parsed.values['governor-address'] as string | undefined;
      const timelockAddress = parsed.values['timelock-address'] as string | undefined;
      if (governorAddress !== undefined || timelockAddress !== undefined) {
        if (target !== 'openzeppelin' || governorAddress === undefined || timelockAddress === undefined) {
          io.stderr(
            'charter compile: --governor-address and --timelock-address go together, with --target openzeppelin.\n',
          );
          return exitCodes.usage;
        }
        const encoded = constructorArgsFor(config, { governor: governorAddress, timelock: timelockAddress });
        if (!encoded.ok) {
          io.stderr(`charter compile: ${saidText(encoded, language)}.\n`);
          return exitCodes.invalid;
        }
        output = { ...(output as object), constructorArgs: encoded.args };
      }
    } else if (target === 'all') output = config.targets;
    const text = canonicalJson(output, 2);
    const out = parsed.values.out as string | undefined;
    if (out !== undefined) {
      try {
        await io.writeFile(out, text);
      } catch (error) {
        io.stderr(`charter compile: cannot write ${out}: ${ioErrorReason(error)}\n`);
        return exitCodes.usage;
      }
    } else io.stdout(text);
    // Only a target asked for by name fails the command: `all` prints every verdict for reading.
    const unsupported = Object.entries(config.targets).filter(
      ([name, value]) => name === target && value.verdict === 'unsupported',
    );
    return unsupported.length > 0 ? exitCodes.invalid : exitCodes.ok;
  },
};
