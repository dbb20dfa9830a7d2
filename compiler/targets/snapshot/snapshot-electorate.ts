import { getAddress } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { nodeName } from '../../format/node-name.ts';
import type { CharterNode } from '../../generated/charter-document.ts';
import type { SnapshotStrategy, SnapshotValidation } from './types.ts';

/** How Snapshot reads an electorate's voting power, and who may vote. */
export interface SnapshotElectorate {
  strategies: SnapshotStrategy[];
  /** The unit of voting power: the token's symbol, or VOTE for one person, one vote. */
  symbol: string;
  voteValidation: SnapshotValidation;
  /** Voting power in existence, in whole units, when known: what a percentage quorum is a share of. */
  supply: string | undefined;
  /** Whether each voter counts once (members, signers), so credits and minimum powers are per person. */
  perPerson: boolean;
}

const anyone: SnapshotValidation = { name: 'any', params: {} };
/** erc20-votes' schema takes decimals from 0 to 18 (snapshot-labs/score-api, strategies/erc20-votes/schema.json). */
const mostErc20VotesDecimals = 18;

/**
 * The Snapshot strategies for an electorate, each strategy's parameters as its schema in snapshot-labs/score-api
 * (formerly snapshot-strategies, src/strategies/NAME/schema.json) requires them:
 *
 * - ERC-20 holders: `erc20-votes` {address, symbol, decimals} reads getVotes (delegated votes) at the proposal's
 *   snapshot block; `erc20-balance-of` {address, symbol, decimals} reads balanceOf, where nobody can delegate. Both
 *   report balances with the token's decimals applied (`formatUnits`), so Snapshot counts whole tokens.
 * - NFT holders: `erc721` {address, symbol} counts tokens held; an ERC721Votes collection is read with
 *   `erc20-votes` and decimals 0, since it has the same getVotes.
 * - A members list or signers: `whitelist` {addresses, symbol}, 1 for each listed address.
 * - Proof of personhood: `ticket` {symbol}, 1 for every address, with the `passport-gated` vote validation
 *   {scoreThreshold, operator: 'NONE', stamps: []} checking a Gitcoin Passport score, as the sequencer requires a
 *   vote validation beside `ticket` (snapshot-sequencer, src/helpers/spaceValidation.ts). Snapshot validates no
 *   other personhood provider.
 */
export function snapshotElectorate(
  voters: CharterNode | null,
  network: string,
  decision: { name: string; nodeId: string },
  diagnostics: Diagnostic[],
): SnapshotElectorate | undefined {
  const refuse = (message: string, nodeId = decision.nodeId, field?: string) => {
    const where = field === undefined ? { nodeId, port: 'voters' } : { nodeId, field };
    diagnostics.push(createDiagnostic('target-unsupported', message, where));
    return undefined;
  };
  if (!voters) return refuse(`${decision.name}: has no voters to run on Snapshot.`);
  const name = nodeName(voters);
  switch (voters.kind) {
    case 'token-holders': {
      const { token, standard, delegation } = voters.params;
      if (token.address === undefined)
        return refuse(
          `${name}: Snapshot reads voting power from the ${token.symbol} contract, so it needs the token's address.`,
          voters.id,
          'params.token.address',
        );
      if (standard === 'erc20-balance' && delegation)
        return refuse(
          `${name}: Snapshot reads the plain balance (erc20-balance-of), with which nobody can delegate. Read ` +
            'voting power from erc20-votes, or turn delegation off.',
          voters.id,
          'params.delegation',
        );
      if (standard === 'erc20-votes' && token.decimals > mostErc20VotesDecimals) {
        diagnostics.push(
          createDiagnostic(
            'target-out-of-range',
            `${name}: Snapshot's erc20-votes strategy takes tokens of at most 18 decimals, and ${token.symbol} ` +
              `has ${token.decimals}.`,
            { nodeId: voters.id, field: 'params.token.decimals' },
          ),
        );
        return undefined;
      }
      const params = { address: getAddress(token.address), symbol: token.symbol, decimals: token.decimals };
      return {
        strategies: [
          { name: standard === 'erc20-votes' ? 'erc20-votes' : 'erc20-balance-of', network, params },
        ],
        symbol: token.symbol,
        voteValidation: anyone,
        supply: token.totalSupply,
        perPerson: false,
      };
    }
    case 'nft-holders': {
      const { collection, standard, delegation, votesPerToken } = voters.params;
      if (collection.address === undefined)
        return refuse(
          `${name}: Snapshot reads voting power from the ${collection.symbol} contract, so it needs the ` +
            "collection's address.",
          voters.id,
          'params.collection.address',
        );
      if (votesPerToken !== 1)
        return refuse(
          `${name}: Snapshot's NFT strategies count one vote per token, not ${votesPerToken}.`,
          voters.id,
          'params.votesPerToken',
        );
      if (standard === 'erc721-balance' && delegation)
        return refuse(
          `${name}: Snapshot reads the plain balance (erc721), with which nobody can delegate. Read voting ` +
            'power from erc721-votes, or turn delegation off.',
          voters.id,
          'params.delegation',
        );
      const address = getAddress(collection.address);
      const strategy: SnapshotStrategy =
        standard === 'erc721-votes'
          ? { name: 'erc20-votes', network, params: { address, symbol: collection.symbol, decimals: 0 } }
          : { name: 'erc721', network, params: { address, symbol: collection.symbol } };
      return {
        strategies: [strategy],
        symbol: collection.symbol,
        voteValidation: anyone,
        supply: String(collection.totalSupply),
        perPerson: false,
      };
    }
    case 'signers':
    case 'members': {
      if (voters.kind === 'signers' || voters.params.source === 'list') {
        const list = voters.kind === 'signers' ? voters.params.signers : voters.params.members;
        const addresses = list.map((address) => getAddress(address));
        return {
          strategies: [{ name: 'whitelist', network, params: { addresses, symbol: 'VOTE' } }],
          symbol: 'VOTE',
          voteValidation: anyone,
          supply: String(addresses.length),
          perPerson: true,
        };
      }
      const personhood = voters.params.personhood;
      if (personhood?.provider !== 'gitcoin-passport')
        return refuse(
          `${name}: Snapshot checks proof of personhood only with Gitcoin Passport (its passport-gated ` +
            `validation), not ${personhood?.provider ?? 'an unnamed provider'}.`,
          voters.id,
          'params.personhood.provider',
        );
      if (personhood.minScore === undefined || personhood.minScore <= 0)
        return refuse(
          `${name}: Snapshot's Gitcoin Passport validation needs a minimum score above 0; without one it lets ` +
            "every address vote. Set the minimum score (20 is Passport's usual bar).",
          voters.id,
          'params.personhood.minScore',
        );
      return {
        strategies: [{ name: 'ticket', network, params: { symbol: 'VOTE' } }],
        symbol: 'VOTE',
        voteValidation: {
          name: 'passport-gated',
          params: { scoreThreshold: personhood.minScore, operator: 'NONE', stamps: [] },
        },
        supply:
          voters.params.expectedMembers === undefined ? undefined : String(voters.params.expectedMembers),
        perPerson: true,
      };
    }
    case 'weighting':
      return refuse(
        `${decision.name}: Charter cannot yet reweigh voting power on Snapshot as ${name} does; connect the ` +
          'electorate directly.',
      );
    default:
      return refuse(`${decision.name}: ${name} is not an electorate Snapshot can read.`);
  }
}
