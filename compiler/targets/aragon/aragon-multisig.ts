import { type Address, encodeAbiParameters, getAddress, type Hex, zeroAddress } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { CharterNode, MultisigNode } from '../../generated/charter-document.ts';
import type { TargetResult } from '../target-result.ts';
import { voterPart } from '../voter-part.ts';
import { multisigInstallParameters } from './multisig-setup-abi.ts';
import { type AragonPluginBuild, multisigBuild3 } from './plugin-build.ts';

/** Multisig's `MultisigSettings` (aragon/multisig-plugin, packages/contracts/src/Multisig.sol). */
export interface AragonMultisigSettings {
  /** Whether only listed members may create proposals. */
  onlyListed: boolean;
  /** uint16: approvals a proposal needs, 1 ≤ minApprovals ≤ number of members. */
  minApprovals: number;
}

/** What {@link aragonMultisig} reads: nodes of a validated document with its defaults filled in. */
export interface AragonMultisigInput {
  multisig: MultisigNode;
  /** The node feeding the multisig's `voters` port: Signers, or a Members list. */
  voters: CharterNode | null;
  /** The plugin's metadata (its URI as bytes). @default '0x' */
  metadata?: Hex;
}

/** What {@link aragonMultisig} gives: the Multisig's settings, members and the install data of its setup. */
export interface AragonMultisigParameters {
  settings: AragonMultisigSettings;
  /** The members, checksummed, in the order of the document. */
  members: Address[];
  /** The `_data` of MultisigSetup.prepareInstallation. */
  installData: Hex;
  /** The Multisig version `installData` is for: release 1, build 3 (v1.3), which is also the current build. */
  build: AragonPluginBuild;
}

/** Multisig.initialize reverts with AddresslistLengthOutOfBounds past `type(uint16).max` members. */
const mostMembers = 65_535;

/**
 * Aragon OSx Multisig settings (release 1, build 3) for a k-of-n multisig, with the `_data` MultisigSetup decodes:
 * `(address[] members, (bool onlyListed, uint16 minApprovals), (address target, uint8 operation), bytes metadata)`
 * (aragon/multisig-plugin, packages/contracts/src/MultisigSetup.sol). The bounds are the plugin's own:
 * Multisig._updateMultisigSettings reverts unless 1 ≤ minApprovals ≤ the number of members, and Multisig.initialize
 * unless there are at most 65535 members. The target is zero, so proposals execute on the DAO.
 */
export function aragonMultisig(input: AragonMultisigInput): TargetResult<AragonMultisigParameters> {
  const { multisig, voters } = input;
  const name = nodeNameWords(multisig);
  const diagnostics: Diagnostic[] = [];
  const listed = voterPart(voters, 'aragon');
  const list = listed?.part === 'member-list' ? listed.members : undefined;
  if (!list) {
    diagnostics.push(
      createDiagnostic(
        'target-unsupported',
        voters
          ? say('aragon.members-not-list', { node: name, who: nodeNameWords(voters) })
          : say('aragon.no-members', { node: name }),
        { nodeId: multisig.id, port: 'voters' },
      ),
    );
    return { ok: false, diagnostics };
  }
  const { threshold } = multisig.params;
  const where = { nodeId: multisig.id, field: 'params.threshold' };
  if (list.length > mostMembers)
    diagnostics.push(
      createDiagnostic(
        'target-out-of-range',
        say('aragon.too-many-members', { node: name, list: nodeNameWords(voters), count: list.length }),
        { nodeId: multisig.id, port: 'voters' },
      ),
    );
  if (threshold < 1 || threshold > Math.min(list.length, mostMembers))
    diagnostics.push(
      createDiagnostic(
        'target-out-of-range',
        say('aragon.threshold', { node: name, most: Math.min(list.length, mostMembers), threshold }),
        where,
      ),
    );
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const members = list.map((address) => getAddress(address));
  const settings: AragonMultisigSettings = {
    onlyListed: multisig.params.onlyListed,
    minApprovals: threshold,
  };
  const installData = encodeAbiParameters(multisigInstallParameters, [
    members,
    settings,
    { target: zeroAddress, operation: 0 },
    input.metadata ?? '0x',
  ]);
  return { ok: true, parameters: { settings, members, installData, build: multisigBuild3 } };
}
