import type { Address } from 'viem';
import type { BlockTimeFact, TokenFacts } from './governor-facts.ts';
import type { ImportNote } from './import-note.ts';

/** The settings every plugin on MajorityVotingBase answers (TokenVoting, AddresslistVoting), as its getters give them. */
export interface AragonMajorityFacts {
  /** votingMode(): 0 Standard, 1 EarlyExecution, 2 VoteReplacement. */
  votingMode: number;
  /** supportThreshold(), parts of 10^6. */
  supportThreshold: number;
  /** minParticipation(), parts of 10^6 of the total voting power. */
  minParticipation: number;
  /** minDuration(), seconds. */
  minDuration: bigint;
  /** minProposerVotingPower(): base units of the token (TokenVoting); 0 or not for AddresslistVoting. */
  minProposerVotingPower: bigint;
}

/** One installed governance plugin, read through its own getters. */
export type AragonPluginFacts =
  | (AragonMajorityFacts & {
      plugin: 'token-voting';
      address: Address;
      token: TokenFacts;
      /** minApproval() (token-voting-plugin build 3 and later), parts of 10^6; undefined on OSx 1.3's build 2. */
      minApproval?: bigint;
      /** The ERC-20 a GovernanceWrappedERC20 voting token wraps (its underlying()), when it is one. */
      underlying?: Address;
      /** Accounts build 4 leaves out of the supply (ExcludedFromSupply events). */
      excludedAccounts: Address[];
    })
  | (AragonMajorityFacts & {
      plugin: 'addresslist-voting';
      address: Address;
      /** The listed members, checked against isListed() and addresslistLength(). */
      members: Address[];
    })
  | {
      plugin: 'multisig';
      address: Address;
      onlyListed: boolean;
      minApprovals: number;
      members: Address[];
    };

/** What an Aragon import read: the plugins it can draw and what it saw but cannot draw, as notes. */
export interface AragonFacts {
  chainId: number;
  /** The DAO the plugins belong to (their dao()). */
  dao: Address;
  /** Whether the address read was the DAO (all its plugins) or one plugin. */
  read: 'dao' | 'plugin';
  plugins: AragonPluginFacts[];
  /** Plugins, permissions and settings read but not drawn, in both languages. */
  notes: ImportNote[];
  blockTime: BlockTimeFact;
}
