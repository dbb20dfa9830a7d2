import { type Address, getAddress, parseAbi } from 'viem';
import { aragonDocument } from './aragon-document.ts';
import type { AragonPluginFacts } from './aragon-facts.ts';
import { type ChainReader, contractReader } from './contract-reader.ts';
import type { ImportResult } from './governor-document.ts';
import type { ImportNote } from './import-note.ts';
import { ImportRefusal } from './import-refusal.ts';
import { readAragonDao } from './read-aragon-dao.ts';
import { aragonPluginKind, pluginDao, readAragonPlugin } from './read-aragon-plugin.ts';
import { readBlockTime } from './read-block-time.ts';

// Constants every Aragon OSx DAO answers (DAO.sol, PermissionManager.sol) and a PluginRepo (also a
// PermissionManager) does not have both of.
const daoAbi = parseAbi([
  'function EXECUTE_PERMISSION_ID() view returns (bytes32)',
  'function ROOT_PERMISSION_ID() view returns (bytes32)',
]);

/** Options of {@link importAragon}. */
export interface ImportAragonOptions {
  /** The PluginSetupProcessor the DAO's plugins were installed through, on a chain where Charter knows none. */
  psp?: Address;
  /** The first block to read events from (plugin installs, permissions, members). */
  fromBlock?: bigint;
  blockSeconds?: number;
  measureBlocks?: bigint;
}

/** What {@link aragonAddressKind} tells: a DAO, or a plugin of a kind. */
export type AragonAddressKind = 'dao' | Awaited<ReturnType<typeof aragonPluginKind>>;

/** Whether `address` answers as an Aragon OSx DAO (EXECUTE_PERMISSION_ID and ROOT_PERMISSION_ID) or plugin. */
export async function aragonAddressKind(client: ChainReader, address: Address): Promise<AragonAddressKind> {
  const reader = contractReader(client);
  const [execute, root] = await Promise.all([
    reader.optional(daoAbi, address, 'EXECUTE_PERMISSION_ID'),
    reader.optional(daoAbi, address, 'ROOT_PERMISSION_ID'),
  ]);
  if (execute !== undefined && root !== undefined) return 'dao';
  return aragonPluginKind(reader, address);
}

/**
 * Reads an Aragon OSx DAO, or one of its governance plugins, and rebuilds the rules it runs. At a DAO, its plugins are
 * the PluginSetupProcessor's installs (Aragon's on the chain, or `options.psp`); TokenVoting, Multisig and
 * AddresslistVoting are read through their getters, and any other plugin, and anyone else who can make the DAO act,
 * is a note. At a plugin, that plugin alone, with a note that the DAO may have others. A read that cannot be exact
 * (a member list its events do not add up to, no known PluginSetupProcessor) is refused with the reason in both
 * languages.
 */
export async function importAragon(
  client: ChainReader,
  address: Address,
  found: NonNullable<AragonAddressKind>,
  options: ImportAragonOptions = {},
): Promise<ImportResult> {
  const at = getAddress(address);
  const reader = contractReader(client);
  const chainId = await client.getChainId();
  try {
    const notes: ImportNote[] = [];
    const plugins: AragonPluginFacts[] = [];
    let dao: Address;
    let fromBlock = options.fromBlock ?? 0n;
    if (found === 'dao') {
      dao = at;
      const reading = await readAragonDao(client, reader, dao, chainId, options);
      fromBlock = reading.fromBlock;
      for (const plugin of reading.plugins) {
        const pluginKind = await aragonPluginKind(reader, plugin);
        if (pluginKind === undefined || pluginKind === 'other')
          notes.push({
            code: 'aragon-other-plugin',
            en: `The plugin ${plugin} is installed but is no TokenVoting, Multisig or AddresslistVoting: what it decides, and what it may make the DAO do, is not drawn.`,
            ko: `플러그인 ${plugin}이 설치되어 있지만 TokenVoting, Multisig, AddresslistVoting이 아니므로 무엇을 결정하고 DAO에 무엇을 시킬 수 있는지는 그리지 않았습니다.`,
          });
        else plugins.push(await readAragonPlugin(client, reader, plugin, pluginKind, fromBlock));
      }
      notes.push(...reading.notes);
    } else {
      if (found === 'other')
        return {
          ok: false,
          reason: {
            code: 'aragon-other-plugin',
            en: `The Aragon plugin at ${at} is no TokenVoting, Multisig or AddresslistVoting, the plugins Charter can draw.`,
            ko: `${at}의 Aragon 플러그인은 Charter가 그릴 수 있는 TokenVoting, Multisig, AddresslistVoting이 아닙니다.`,
          },
        };
      dao = await pluginDao(reader, at);
      plugins.push(await readAragonPlugin(client, reader, at, found, fromBlock));
      notes.push({
        code: 'aragon-plugin-only',
        en: `Only this plugin was read: the DAO ${dao} may have other plugins, and other accounts allowed to make it act. Import the DAO's address to read them.`,
        ko: `이 플러그인만 읽었습니다. DAO ${dao}에는 다른 플러그인이나 DAO를 움직일 수 있는 다른 계정이 있을 수 있습니다. DAO 주소로 가져오면 함께 읽습니다.`,
      });
    }
    const blockTime = await readBlockTime(client, chainId, options);
    return aragonDocument({
      chainId,
      dao,
      read: found === 'dao' ? 'dao' : 'plugin',
      plugins,
      notes,
      blockTime,
    });
  } catch (error) {
    if (error instanceof ImportRefusal) return { ok: false, reason: error.note };
    throw error;
  }
}
