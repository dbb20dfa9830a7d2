import { CharterError } from '../../errors/charter-error.ts';
import type { CharterConfig } from '../../generated/charter-config.ts';
import { openChain } from '../open-chain.ts';
import type { TargetVerification, UnitVerification } from '../target-verification.ts';
import type { VerifierOptions } from '../verifier.ts';
import { addresslistVotingOnChain } from './addresslist-voting-on-chain.ts';
import { aragonArtifacts } from './aragon-artifacts.ts';
import { type AragonPlugin, deploy } from './aragon-on-chain.ts';
import { multisigOnChain } from './multisig-on-chain.ts';
import { tokenVotingOnChain } from './token-voting-on-chain.ts';

/**
 * Checks every TokenVoting, AddresslistVoting and Multisig plugin of a compiled config on Aragon OSx 1.3.0's own contracts (TokenVoting
 * and Multisig from npm `@aragon/osx@1.3.0`, compiled by {@link aragonArtifacts}) in the in-process EVM, installed
 * behind an ERC1967 proxy with the emitted settings on a DAO that grants every permission (Charter's CharterDaoMock):
 * - TokenVoting: the simulator's electorate becomes an ERC20Votes token (active holders delegated to themselves);
 *   for each sample proposal the simulator brought to the vote, the largest active holder creates a proposal, each
 *   drawn voter votes as drawn, the vote closes after `minDuration`, and the contract's tally, `minVotingPower`,
 *   `isMinParticipationReached` and whether `execute` went through to the DAO are compared with the simulator's.
 *   The contract is build 2 of the TokenVoting repo, whose settings have no `minApprovals`: a nonzero one (build 3)
 *   is applied to the tally with Ratio.sol's `_applyRatioCeiled`, and the report says so.
 * - AddresslistVoting: installed with the emitted members and settings; see {@link addresslistVotingOnChain}.
 * - Multisig: installed with the emitted members and settings; the members the simulator drew approving approve, and
 *   the approvals counted and whether `execute` went through are compared.
 */
export async function verifyAragonContracts(
  config: CharterConfig,
  options: VerifierOptions = {},
): Promise<TargetVerification> {
  const plugins =
    (config.targets.aragon?.parameters as { plugins?: AragonPlugin[] } | undefined)?.plugins ?? [];
  if (plugins.length === 0)
    return { target: 'aragon', units: [], notVerifiable: 'the document deploys no Aragon plugin' };
  const artifacts = aragonArtifacts();
  const chain = options.chain ?? (await openChain());
  try {
    const dao = await deploy(chain, artifacts.dao.bytecode, 'the DAO mock');
    const implementations = {
      tokenVoting: await deploy(chain, artifacts.tokenVoting.bytecode, "Aragon's TokenVoting"),
      multisig: await deploy(chain, artifacts.multisig.bytecode, "Aragon's Multisig"),
      addresslistVoting: await deploy(
        chain,
        artifacts.addresslistVoting.bytecode,
        "Aragon's AddresslistVoting",
      ),
    };
    const units: UnitVerification[] = [];
    for (const plugin of plugins) {
      const context = { chain, artifacts, dao, config, options };
      if (plugin.plugin === 'token-voting' && plugin.settings !== undefined)
        units.push(await tokenVotingOnChain(context, implementations.tokenVoting, plugin));
      else if (plugin.plugin === 'addresslist-voting' && plugin.settings !== undefined)
        units.push(await addresslistVotingOnChain(context, implementations.addresslistVoting, plugin));
      else if (plugin.plugin === 'multisig' && plugin.settings?.minApprovals !== undefined)
        units.push(await multisigOnChain(context, implementations.multisig, plugin));
      else
        units.push({
          unit: plugin.decision,
          deployed: `${plugin.plugin} plugin for ${plugin.decision}: not checked here (no contract of it is compiled)`,
          checks: [],
        });
    }
    return { target: 'aragon', units };
  } catch (error) {
    if (error instanceof CharterError) throw error;
    throw new CharterError("The replay on Aragon's contracts failed.", {
      details: [(error as Error).message],
      cause: error,
    });
  } finally {
    if (options.chain === undefined) await chain.close();
  }
}
