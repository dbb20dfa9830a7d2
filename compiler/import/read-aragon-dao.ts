import { type Address, getAddress, type Hex, keccak256, parseAbi, toHex, zeroAddress } from 'viem';
import { knownPluginSetupProcessors } from './aragon-plugin-setup-processors.ts';
import type { ChainReader, ContractReader } from './contract-reader.ts';
import type { ImportNote } from './import-note.ts';
import { ImportRefusal } from './import-refusal.ts';
import { readLogs } from './read-logs.ts';

// osx v1.3.0 framework/plugin/setup/PluginSetupProcessor.sol and core/permission/PermissionManager.sol.
const pspAbi = parseAbi([
  'event InstallationApplied(address indexed dao, address indexed plugin, bytes32 preparedSetupId, bytes32 appliedSetupId)',
  'event UninstallationApplied(address indexed dao, address indexed plugin, bytes32 preparedSetupId)',
]);
const daoAbi = parseAbi([
  'event Granted(bytes32 indexed permissionId, address indexed here, address where, address indexed who, address condition)',
  'event Revoked(bytes32 indexed permissionId, address indexed here, address where, address indexed who)',
  'function hasPermission(address where, address who, bytes32 permissionId, bytes data) view returns (bool)',
]);

/** PermissionManager.ALLOW_FLAG: the condition a Granted event names for a grant without a condition. */
const allowFlag = getAddress('0x0000000000000000000000000000000000000002');
/** PermissionManager.ANY_ADDR: a grant to (or on) every address, allowed only with a condition. */
const anyAddress = getAddress('0xffffffffffffffffffffffffffffffffffffffff');

/** keccak256("EXECUTE_PERMISSION") (DAO.EXECUTE_PERMISSION_ID): who may make the DAO run actions. */
export const executePermission: Hex = keccak256(toHex('EXECUTE_PERMISSION'));
/** keccak256("ROOT_PERMISSION") (PermissionManager.ROOT_PERMISSION_ID): who may grant and revoke any permission. */
export const rootPermission: Hex = keccak256(toHex('ROOT_PERMISSION'));

/** Options of {@link readAragonDao}. */
export interface ReadAragonDaoOptions {
  /** The PluginSetupProcessor to read installs from, instead of Aragon's on this chain. */
  psp?: Address;
  /** The first block to read events from; by default the PluginSetupProcessor's deployment block when known, else 0. */
  fromBlock?: bigint;
}

/** What the DAO's events say: its installed plugins, in install order, and notes on who else can act for it. */
export interface AragonDaoReading {
  plugins: Address[];
  notes: ImportNote[];
  fromBlock: bigint;
}

type PermissionLog = { blockNumber: bigint | null; logIndex: number | null };
type PspLog = {
  eventName: string;
  args: { plugin: Address };
  blockNumber: bigint | null;
  logIndex: number | null;
};

const inOrder = <T extends { blockNumber: bigint | null; logIndex: number | null }>(logs: readonly T[]) =>
  [...logs].sort((a, b) =>
    a.blockNumber === b.blockNumber
      ? (a.logIndex ?? 0) - (b.logIndex ?? 0)
      : (a.blockNumber ?? 0n) < (b.blockNumber ?? 0n)
        ? -1
        : 1,
  );

/**
 * The plugins an Aragon DAO has installed, from the PluginSetupProcessor's InstallationApplied events less its
 * UninstallationApplied ones (the DAO keeps no list), and who besides them holds EXECUTE_PERMISSION or
 * ROOT_PERMISSION on the DAO, replayed from its Granted and Revoked events and checked with hasPermission(): an
 * account that can act for the DAO without any vote is a note, never left out. Throws an ImportRefusal when no
 * PluginSetupProcessor is known on the chain and none is given.
 */
export async function readAragonDao(
  client: ChainReader,
  reader: ContractReader,
  dao: Address,
  chainId: number,
  options: ReadAragonDaoOptions,
): Promise<AragonDaoReading> {
  const known = knownPluginSetupProcessors[chainId] ?? [];
  const processors = options.psp
    ? [{ address: getAddress(options.psp), deployedAt: 0n }]
    : known.map((entry) => ({ ...entry, address: getAddress(entry.address) }));
  if (processors.length === 0)
    throw new ImportRefusal({
      code: 'aragon-psp-unknown',
      en: `Charter knows no Aragon PluginSetupProcessor on chain ${chainId}, where the DAO's plugins are installed from: give its address (--psp, or the app's PluginSetupProcessor field).`,
      ko: `Charter는 체인 ${chainId}에서 DAO의 플러그인을 설치하는 Aragon PluginSetupProcessor를 알지 못합니다. 그 주소를 알려 주세요(--psp, 또는 앱의 PluginSetupProcessor 칸).`,
    });
  // The oldest of the known processors' deployment blocks: no install on them is older.
  const [oldest] = processors.map((entry) => entry.deployedAt).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const fromBlock = options.fromBlock ?? oldest!;

  // Two queries, since viem filters by an indexed argument only for one event at a time.
  const logsOf = (event: (typeof pspAbi)[number]) =>
    readLogs<PspLog>(client, {
      address: processors.map((entry) => entry.address),
      event,
      args: { dao },
      fromBlock,
    } as never);
  const installs = inOrder((await Promise.all(pspAbi.map(logsOf))).flat());
  const plugins: Address[] = [];
  for (const log of installs) {
    const plugin = getAddress(log.args.plugin);
    if (log.eventName === 'InstallationApplied') {
      if (!plugins.includes(plugin)) plugins.push(plugin);
    } else if (plugins.includes(plugin)) plugins.splice(plugins.indexOf(plugin), 1);
  }

  const notes: ImportNote[] = [];
  const permissions = inOrder(
    await readLogs<PermissionLog>(client, {
      address: dao,
      events: daoAbi.filter((item) => item.type === 'event'),
      fromBlock,
    } as never),
  ) as unknown as {
    eventName: string;
    args: { permissionId: Hex; where: Address; who: Address; condition?: Address };
  }[];
  const holders = new Map<Hex, Map<Address, Address>>();
  for (const log of permissions) {
    const { permissionId, where, who } = log.args;
    const here = getAddress(where);
    if (
      (here !== dao && here !== anyAddress) ||
      (permissionId !== executePermission && permissionId !== rootPermission)
    )
      continue;
    const held = holders.get(permissionId) ?? new Map<Address, Address>();
    // A plain grant is recorded with the ALLOW_FLAG, address(2), as its condition; anything else is a condition contract.
    const condition = getAddress(log.args.condition ?? zeroAddress);
    if (log.eventName === 'Granted')
      held.set(getAddress(who), condition === allowFlag ? zeroAddress : condition);
    else held.delete(getAddress(who));
    holders.set(permissionId, held);
  }
  const holds = (who: Address, permission: Hex) =>
    reader.read<boolean>(daoAbi, dao, 'hasPermission', [dao, who, permission, '0x']);

  for (const [who, condition] of holders.get(executePermission) ?? []) {
    if (plugins.includes(who) || !(await holds(who, executePermission))) continue;
    notes.push({
      code: 'aragon-other-executor',
      en: `${who} also holds EXECUTE_PERMISSION on the DAO${condition === zeroAddress ? '' : ` under the condition ${condition}`}: it can make the DAO run any action without a vote of the drawn plugins, which the drawing does not show.`,
      ko: `${who}도 DAO의 EXECUTE_PERMISSION을 가지고 있습니다${condition === zeroAddress ? '' : `(조건 ${condition})`}. 그린 플러그인의 투표 없이 DAO가 어떤 동작이든 실행하게 할 수 있으며, 그림에는 나타나지 않습니다.`,
    });
  }
  for (const [who] of holders.get(rootPermission) ?? []) {
    if (who === dao || !(await holds(who, rootPermission))) continue;
    notes.push({
      code: 'aragon-other-root',
      en: `${who} holds ROOT_PERMISSION on the DAO: it can grant itself or anyone any permission, including to execute, without a vote.`,
      ko: `${who}가 DAO의 ROOT_PERMISSION을 가지고 있습니다. 투표 없이 자신이나 누구에게든 실행을 포함한 모든 권한을 줄 수 있습니다.`,
    });
  }
  for (const plugin of plugins)
    if (!(await holds(plugin, executePermission)))
      notes.push({
        code: 'aragon-plugin-cannot-execute',
        en: `The plugin ${plugin} does not hold EXECUTE_PERMISSION on the DAO: its passed proposals cannot execute.`,
        ko: `플러그인 ${plugin}에는 DAO의 EXECUTE_PERMISSION이 없어 통과된 제안을 실행할 수 없습니다.`,
      });
  return { plugins, notes, fromBlock };
}
