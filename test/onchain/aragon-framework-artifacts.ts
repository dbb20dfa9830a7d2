// Aragon OSx 1.3.0's framework as an import test installs plugins through it: the DAO, the PluginSetupProcessor, a
// PluginRepo, the three governance plugins' setups (with TokenVotingSetup's token bases), compiled from npm
// @aragon/osx@1.3.0 (fetched, never vendored) by the verifier's own compile, plus Charter's harness: an ERC1967 proxy
// and a PluginRepoRegistry stub (the real registry needs ENS).
import { compileAragonSources } from '../../compiler/verify/aragon/aragon-artifacts.ts';

const osx = '@aragon/osx/';

/** Compiles (or reads from the cache) the framework contracts. The first run takes solc some minutes. */
export function aragonFrameworkArtifacts() {
  return compileAragonSources(
    {
      dao: [`${osx}core/dao/DAO.sol`, 'DAO'],
      psp: [`${osx}framework/plugin/setup/PluginSetupProcessor.sol`, 'PluginSetupProcessor'],
      repo: [`${osx}framework/plugin/repo/PluginRepo.sol`, 'PluginRepo'],
      tokenVotingSetup: [
        `${osx}plugins/governance/majority-voting/token/TokenVotingSetup.sol`,
        'TokenVotingSetup',
      ],
      multisigSetup: [`${osx}plugins/governance/multisig/MultisigSetup.sol`, 'MultisigSetup'],
      addresslistVotingSetup: [
        `${osx}plugins/governance/majority-voting/addresslist/AddresslistVotingSetup.sol`,
        'AddresslistVotingSetup',
      ],
      governanceErc20: [`${osx}token/ERC20/governance/GovernanceERC20.sol`, 'GovernanceERC20'],
      governanceWrappedErc20: [
        `${osx}token/ERC20/governance/GovernanceWrappedERC20.sol`,
        'GovernanceWrappedERC20',
      ],
      proxy: ['CharterAragonHarness.sol', 'CharterPluginProxy'],
      registry: ['CharterPluginRepoRegistryStub.sol', 'CharterPluginRepoRegistryStub'],
    },
    { openZeppelin: '4.8.1' },
  );
}
