import { type Address, encodeAbiParameters, type Hex, zeroAddress } from 'viem';
import type { AragonVotingSettings } from './aragon-token-voting.ts';
import { tokenVotingInstallParameters } from './token-voting-setup-abi.ts';
import { tokenVotingInstallParametersBuild4 } from './token-voting-setup-abi-build-4.ts';

/** Where a passed proposal's actions run: `target` zero means the DAO itself (IPlugin.TargetConfig). */
export interface AragonTargetConfig {
  target: Address;
  /** 0 Call, 1 DelegateCall. */
  operation: 0 | 1;
}

/** Parameters of {@link tokenVotingInstallData}. */
export interface TokenVotingInstallDataParameters {
  settings: AragonVotingSettings;
  /**
   * The voting token. With an address, the existing-token form: Aragon uses the token as it is when it has
   * ERC20Votes' IVotes functions, and otherwise wraps it as a GovernanceWrappedERC20 named `name` / `symbol`.
   * Without one, Aragon deploys a new GovernanceERC20 and mints `mint` to its receivers.
   */
  token: { address?: Address; name: string; symbol: string };
  /** Receivers and amounts in base units, for a new token only. @default no receivers */
  mint?: { receivers: readonly Address[]; amounts: readonly bigint[] };
  /** Least share of the supply that must vote For, in parts of 10^6. @default 0n */
  minApprovals?: bigint;
  /** @default { target: zeroAddress, operation: 0 }: execute on the DAO with a call */
  targetConfig?: AragonTargetConfig;
  /** The plugin's metadata (its URI as bytes). @default '0x' */
  metadata?: Hex;
  /**
   * The TokenVoting build (release 1) whose setup decodes the data: 3 (v1.3, six parts) or 4 (v1.4, seven: adds
   * `excludedAccounts` and the mint's `ensureDelegationOnMint`). @default 3
   */
  build?: 3 | 4;
  /** Build 4 only: accounts whose voting power TokenVoting leaves out of the total supply. @default [] */
  excludedAccounts?: readonly Address[];
  /** Build 4 only, new token only: delegate each receiver's minted tokens to itself. @default false */
  ensureDelegationOnMint?: boolean;
}

/**
 * The `_data` bytes for TokenVotingSetup.prepareInstallation, release 1 build 3 (or build 4 with `build: 4`), ABI-encoded with viem in the order
 * the setup decodes them (aragon/token-voting-plugin, packages/contracts/src/TokenVotingSetup.sol). A zero
 * TargetConfig makes proposals execute on the DAO: osx-commons' Plugin.getTargetConfig falls back to the DAO and
 * a plain call when no target was set.
 */
export function tokenVotingInstallData(parameters: TokenVotingInstallDataParameters): Hex {
  const { settings, token } = parameters;
  if (parameters.build === 4)
    return encodeAbiParameters(tokenVotingInstallParametersBuild4, [
      settings,
      { addr: token.address ?? zeroAddress, name: token.name, symbol: token.symbol },
      {
        receivers: parameters.mint?.receivers ?? [],
        amounts: parameters.mint?.amounts ?? [],
        ensureDelegationOnMint: parameters.ensureDelegationOnMint ?? false,
      },
      parameters.targetConfig ?? { target: zeroAddress, operation: 0 },
      parameters.minApprovals ?? 0n,
      parameters.metadata ?? '0x',
      parameters.excludedAccounts ?? [],
    ]);
  return encodeAbiParameters(tokenVotingInstallParameters, [
    settings,
    { addr: token.address ?? zeroAddress, name: token.name, symbol: token.symbol },
    {
      receivers: parameters.mint?.receivers ?? [],
      amounts: parameters.mint?.amounts ?? [],
    },
    parameters.targetConfig ?? { target: zeroAddress, operation: 0 },
    parameters.minApprovals ?? 0n,
    parameters.metadata ?? '0x',
  ]);
}
