/**
 * Which version of an Aragon plugin an install data is for: the plugin repo's release and build (the numbers
 * PluginSetupProcessor.prepareInstallation takes in its `PluginSetupRef.versionTag`), and the source it was read from.
 */
export interface AragonPluginBuild {
  /** The plugin's source repository on GitHub. */
  repo: string;
  /** uint8 `versionTag.release`. */
  release: number;
  /** uint16 `versionTag.build`. */
  build: number;
  /** The git tag and commit of `repo` whose `prepareInstallation` decode the data follows. */
  tag: string;
  /** Absent when the source was read from the npm package of that tag, which records no commit: see `npm`. */
  commit?: string;
  /** The published npm package whose Solidity the decode was read from, with the integrity npm publishes for it. */
  npm?: { name: string; version: string; integrity: string };
}

/**
 * TokenVoting release 1 build 3 (v1.3): `TokenVotingSetup` decodes six parts
 * (aragon/token-voting-plugin, tag v1.3, src/TokenVotingSetup.sol).
 */
export const tokenVotingBuild3: AragonPluginBuild = {
  repo: 'aragon/token-voting-plugin',
  release: 1,
  build: 3,
  tag: 'v1.3',
  commit: '30b1218de64c29c78932f95f29a0e1863779372c',
};

/**
 * TokenVoting release 1 build 4 (v1.4, the current build: "v1.4 (Release 1, Build 4)" in src/TokenVotingSetup.sol):
 * `decodeInstallationParameters` takes seven parts, adding `address[] excludedAccounts` and
 * `MintSettings.ensureDelegationOnMint` (aragon/token-voting-plugin, tag v1.4.1; main at d889bbe decodes the same).
 */
export const tokenVotingBuild4: AragonPluginBuild = {
  repo: 'aragon/token-voting-plugin',
  release: 1,
  build: 4,
  tag: 'v1.4.1',
  commit: '6cdbe8e825e414c13a4278c5000537911116a7c8',
};

/**
 * Multisig release 1 build 3 (v1.3), still the current build: "v1.3 (Release 1, Build 3)" in
 * packages/contracts/src/MultisigSetup.sol (aragon/multisig-plugin, tag v1.3.2, which is also the head of main).
 */
export const multisigBuild3: AragonPluginBuild = {
  repo: 'aragon/multisig-plugin',
  release: 1,
  build: 3,
  tag: 'v1.3.2',
  commit: 'b0f62d2b92916f1be6a7aec95ae3452e3aecaaeb',
};

/**
 * AddresslistVoting release 1 build 2, the build npm `@aragon/osx@1.3.0` ships
 * (plugins/governance/majority-voting/addresslist/): its build-metadata.json updates from build 1 ("prepareUpdate":
 * {"1": …}), and `AddresslistVotingSetup.prepareInstallation` decodes `(MajorityVotingBase.VotingSettings, address[])`.
 * The package records no commit; the integrity is the one scripts/fetch-aragon-sources.js pins.
 */
export const addresslistVotingBuild2: AragonPluginBuild = {
  repo: 'aragon/osx',
  release: 1,
  build: 2,
  tag: 'v1.3.0',
  npm: {
    name: '@aragon/osx',
    version: '1.3.0',
    integrity:
      'sha512-ziLmnhWEoFS/uthxAYfI9tSylesMLTDe69XggKP9LK/tIOKAhyYjfAJ2mbhWZcH558c9o0gzAEErkDhqh/wdog==',
  },
};
