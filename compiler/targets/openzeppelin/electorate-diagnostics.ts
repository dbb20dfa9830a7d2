import { maxUint96, maxUint208 } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatAmount } from '../../format/format-amount.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { MajorityVoteNode, TokenHoldersNode } from '../../generated/charter-document.ts';
import { toBaseUnits } from '../../units/to-base-units.ts';

/**
 * Why token holders cannot be the voters of an OpenZeppelin Governor, one diagnostic per reason; empty when they can.
 * The Governor reads past votes from an ERC20Votes token (contracts/governance/extensions/GovernorVotes.sol:
 * `token().getPastVotes(account, timepoint)`), and ERC20Votes caps the supply at 2^208 − 1 base units so its
 * checkpoints fit (contracts/token/ERC20/extensions/ERC20Votes.sol, `_maxSupply`, ERC20ExceededSafeSupply).
 * A Compound-style token (`comp-votes`: COMP, UNI) is read through CharterCompVotes, which answers getPastVotes with
 * the token's getPriorVotes; it has no past total supply, so a quorum or super quorum that is a share of supply is
 * refused, and it holds at most 2^96 − 1 base units (compound-protocol contracts/Governance/Comp.sol, uint96).
 */
export function electorateDiagnostics(
  electorate: TokenHoldersNode,
  vote: MajorityVoteNode,
  clockMode: 'blocknumber' | 'timestamp',
): Diagnostic[] {
  const name = nodeNameWords(electorate);
  const at = (field: string) => ({ nodeId: electorate.id, field: `params.${field}` });
  const diagnostics: Diagnostic[] = [];
  const { token } = electorate.params;

  const compound = electorate.params.standard === 'comp-votes';
  if (compound) {
    // Comp.sol's checkpoints count blocks, and Charter creates new tokens only as ERC20Votes (CharterVotesToken).
    if (clockMode === 'timestamp') {
      const message = say('oz.comp-votes-timestamp', {
        node: name,
        symbol: token.symbol,
        vote: nodeNameWords(vote),
      });
      diagnostics.push(createDiagnostic('target-unsupported', message, at('standard')));
    }
    if (token.address === undefined) {
      const message = say('oz.comp-votes-new-token', { node: name, symbol: token.symbol });
      diagnostics.push(createDiagnostic('target-unsupported', message, at('token.address')));
    }
    const shares = [
      {
        field: 'params.quorum',
        share: 'percent' in vote.params.quorum ? vote.params.quorum.percent : undefined,
      },
      { field: 'params.superQuorum', share: vote.params.superQuorum },
    ];
    for (const { field, share } of shares) {
      if (share === undefined) continue;
      const message = say('oz.comp-votes-share', {
        node: name,
        symbol: token.symbol,
        vote: nodeNameWords(vote),
        share: formatPercent(share),
      });
      diagnostics.push(createDiagnostic('target-unsupported', message, { nodeId: vote.id, field }));
    }
  } else if (electorate.params.standard !== 'erc20-votes') {
    const message = say('oz.plain-balance', { node: name, vote: nodeNameWords(vote) });
    diagnostics.push(createDiagnostic('target-unsupported', message, at('standard')));
  }
  if (!electorate.params.delegation) {
    const message = say('oz.no-delegation', { node: name, vote: nodeNameWords(vote) });
    diagnostics.push(createDiagnostic('target-unsupported', message, at('delegation')));
  }
  if (toBaseUnits(token.totalSupply, token.decimals) > (compound ? maxUint96 : maxUint208)) {
    const message = say(compound ? 'oz.comp-supply-too-large' : 'oz.supply-too-large', {
      node: name,
      supply: formatAmount(token.totalSupply, token.symbol),
      decimals: token.decimals,
    });
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('token.totalSupply')));
  }
  return diagnostics;
}
