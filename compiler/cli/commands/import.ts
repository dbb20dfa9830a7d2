import { type Address, createPublicClient, http, isAddress } from 'viem';
import { canonicalJson } from '../../document/canonical-json.ts';
import { CharterError } from '../../errors/charter-error.ts';
import { importContracts } from '../../import/import-contracts.ts';
import { importSnapshotSpace } from '../../import/import-snapshot-space.ts';
import { type CliIO, exitCodes } from '../cli-io.ts';
import type { Command } from '../command.ts';
import { ioErrorReason } from '../io-error-reason.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { readInput } from '../read-input.ts';

const usage = `Usage: charter import --rpc URL ADDRESS [--out FILE] [--from-block N] [--block-time S] [--psp ADDRESS] [--lang en|ko]
       charter import --snapshot FILE [--supply N] [--block-time S] [--out FILE] [--lang en|ko]

Reads the Governor, Safe or Aragon DAO at ADDRESS through the JSON-RPC endpoint URL and prints the rule document it
runs.
An OpenZeppelin Governor gives its proposal threshold, token, quorum, counting, delay, period, late-quorum extension
and super quorum, and its TimelockController's delay, executors, cancellers and admin; a Governor Bravo or
GovernorAlpha (Uniswap's, Compound's) its fixed For-only quorum, threshold, delay and period, and its Compound
Timelock; a Safe its owners and threshold, with its modules and guard as notes; an Aragon OSx DAO its TokenVoting,
Multisig and AddresslistVoting plugins (found through the PluginSetupProcessor's installs) with their settings,
members and voting token, and any other plugin or account allowed to make the DAO act as notes (ADDRESS may also be
one of those plugins, read alone). Durations counted in blocks become
seconds at the chain's block time (known for Ethereum, OP Stack chains and Arbitrum; measured over recent blocks
elsewhere, and then said so). What the chain cannot say is listed as a note on standard error and in the document's
description: nothing is guessed.

With --snapshot, reads a Snapshot space from FILE (- for standard input): the JSON the hub's GraphQL \`space\` query
returns, or the space \`charter compile --target snapshot\` emits. Its strategy, vote and proposal validations, voting
type, delay, period and quorum become the document; admins, moderators, plugins and privacy become notes. Compiling the
document for Snapshot gives the same space back.

Options:
  --rpc URL        the chain's JSON-RPC endpoint (http or https)
  --out FILE       write the document to FILE instead of standard output
  --snapshot FILE  read a Snapshot space's JSON from FILE (- for standard input) instead of a chain
  --supply N       the token's total supply in whole tokens (or the number of NFTs), which no space states
  --from-block N   read the timelock's role events, or an Aragon DAO's installs, permissions and members, from block N
                   (default 0, or the block Aragon's PluginSetupProcessor was deployed in)
  --psp ADDRESS    the PluginSetupProcessor an Aragon DAO's plugins were installed through, on a chain where Charter
                   knows none (Aragon's own is known on the chains it deploys to)
  --block-time S   seconds per block, instead of the known or measured figure
  --lang en|ko     the language of the notes (default en)
  -h, --help

Exit codes: 0 imported, 1 the address is not a Governor, Safe or Aragon DAO Charter can read, the space file is malformed, or the
rules cannot be drawn exactly, 2 usage, network or I/O error.`;

/** `charter import --rpc URL ADDRESS`: a deployed Governor, Safe or Aragon DAO back to a rule document. */
export const importCommand: Command = {
  name: 'import',
  summary:
    'rebuild the rule document of a deployed Governor (OpenZeppelin, Bravo, Alpha), a Safe, an Aragon DAO or a Snapshot space',
  usage,
  async run(args, io) {
    const options = {
      rpc: { type: 'string' },
      out: { type: 'string' },
      'from-block': { type: 'string' },
      'block-time': { type: 'string' },
      lang: { type: 'string' },
      snapshot: { type: 'string' },
      supply: { type: 'string' },
      psp: { type: 'string' },
    } as const;
    const missing = 'name the Governor’s address.';
    const parsed = parseCommandArgs('import', args, options, usage, io, { min: 0, max: 1, missing });
    if (!parsed) return exitCodes.usage;
    const fail = (message: string, code: number = exitCodes.usage) => {
      io.stderr(`charter import: ${message}\n`);
      return code;
    };
    if (parsed.values.snapshot !== undefined)
      return importSnapshotFile(parsed.values, parsed.positionals, io, fail);
    if (parsed.positionals.length !== 1) {
      io.stderr(`charter import: ${missing}\n\n${usage}\n`);
      return exitCodes.usage;
    }
    const address = parsed.positionals[0]!;
    if (!isAddress(address, { strict: false }))
      return fail(
        `"${address}" is not an address (0x followed by 40 hexadecimal digits).`,
        exitCodes.invalid,
      );
    const rpc = parsed.values.rpc as string | undefined;
    if (rpc === undefined || !/^https?:\/\/\S+$/i.test(rpc))
      return fail('give the JSON-RPC endpoint with --rpc http(s)://…');
    const lang = (parsed.values.lang as string | undefined) ?? 'en';
    if (lang !== 'en' && lang !== 'ko') return fail(`--lang is en or ko, not "${lang}".`);
    const fromText = parsed.values['from-block'] as string | undefined;
    if (fromText !== undefined && !/^\d{1,12}$/.test(fromText))
      return fail('--from-block is a block number.');
    const blockText = parsed.values['block-time'] as string | undefined;
    const blockSeconds = blockText === undefined ? undefined : Number(blockText);
    if (
      blockSeconds !== undefined &&
      !(/^\d+(\.\d+)?$/.test(blockText!) && blockSeconds >= 0.01 && blockSeconds <= 3600)
    )
      return fail('--block-time is seconds per block, from 0.01 to 3600.');

    const psp = parsed.values.psp as string | undefined;
    if (psp !== undefined && !isAddress(psp, { strict: false }))
      return fail(`--psp is an address (0x followed by 40 hexadecimal digits), not "${psp}".`);

    const client = createPublicClient({ transport: http(rpc, { timeout: 30_000, retryCount: 1 }) });
    let result: Awaited<ReturnType<typeof importContracts>>;
    try {
      result = await importContracts(client, address as Address, {
        ...(fromText === undefined ? {} : { fromBlock: BigInt(fromText) }),
        ...(blockSeconds === undefined ? {} : { blockSeconds }),
        ...(psp === undefined ? {} : { psp: psp as Address }),
      });
    } catch (error) {
      if (error instanceof CharterError) return fail(error.shortMessage, exitCodes.invalid);
      const reason = (error as { shortMessage?: string }).shortMessage ?? (error as Error).message;
      return fail(`could not read ${rpc}: ${reason.split('\n', 1)[0]}`);
    }
    if (!result.ok) return fail(result.reason[lang], exitCodes.invalid);
    for (const note of result.notes) io.stderr(`note: ${note[lang]}\n`);
    return writeDocument(result.document, parsed.values.out as string | undefined, io, fail);
  },
};

type Fail = (message: string, code?: number) => number;

async function writeDocument(
  document: unknown,
  out: string | undefined,
  io: CliIO,
  fail: Fail,
): Promise<number> {
  const text = canonicalJson(document, 2);
  if (out === undefined) {
    io.stdout(text);
    return exitCodes.ok;
  }
  try {
    await io.writeFile(out, text);
  } catch (error) {
    return fail(`cannot write ${out}: ${ioErrorReason(error)}`);
  }
  return exitCodes.ok;
}

/** `charter import --snapshot FILE`: a Snapshot space's JSON back to a rule document. */
async function importSnapshotFile(
  values: Record<string, unknown>,
  positionals: string[],
  io: CliIO,
  fail: Fail,
): Promise<number> {
  if (positionals.length > 0) return fail('--snapshot reads a file; give no address with it.');
  if (values.rpc !== undefined || values['from-block'] !== undefined || values.psp !== undefined)
    return fail('--snapshot reads a file, not a chain: leave out --rpc, --from-block and --psp.');
  const lang = (values.lang as string | undefined) ?? 'en';
  if (lang !== 'en' && lang !== 'ko') return fail(`--lang is en or ko, not "${lang}".`);
  const supply = values.supply as string | undefined;
  if (supply !== undefined && !/^\d{1,40}(\.\d{1,40})?$/.test(supply))
    return fail('--supply is a whole or decimal number of tokens, such as 1000000000.');
  const blockText = values['block-time'] as string | undefined;
  const blockSeconds = blockText === undefined ? undefined : Number(blockText);
  if (
    blockSeconds !== undefined &&
    !(/^\d+(\.\d+)?$/.test(blockText!) && blockSeconds >= 0.01 && blockSeconds <= 3600)
  )
    return fail('--block-time is seconds per block, from 0.01 to 3600.');
  const file = values.snapshot as string;
  const input = await readInput(file, io);
  if (!input.ok) return fail(input.message);
  const result = importSnapshotSpace(input.text, {
    ...(supply === undefined ? {} : { supply }),
    ...(blockSeconds === undefined ? {} : { blockSeconds }),
  });
  if (!result.ok)
    return fail(`${file === '-' ? 'standard input' : file}: ${result.reason[lang]}`, exitCodes.invalid);
  for (const note of result.notes) io.stderr(`note: ${note[lang]}\n`);
  return writeDocument(result.document, values.out as string | undefined, io, fail);
}
