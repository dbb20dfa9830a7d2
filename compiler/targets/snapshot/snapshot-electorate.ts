import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { CharterNode } from '../../generated/charter-document.ts';
import { bindNode } from '../../nodes/bind-node.ts';
import type { Localized } from '../../nodes/node-kind.ts';
import { isRefusal } from '../../nodes/target-support.ts';
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

/**
 * The Snapshot strategies for an electorate, as its kind reads it on Snapshot (the `snapshot` entry of its `targets`,
 * each strategy's parameters as its schema in snapshot-labs/score-api requires them: `erc20-votes` or
 * `erc20-balance-of` for ERC-20 holders, `erc721` or `erc20-votes` for NFT holders, `whitelist` for a list, `ticket`
 * with `passport-gated` for proof of personhood), or diagnostics: about the electorate's own fields, or, naming the
 * decision, an electorate Snapshot cannot read.
 */
export function snapshotElectorate(
  voters: CharterNode | null,
  network: string,
  decision: { name: Localized; nodeId: string },
  diagnostics: Diagnostic[],
): SnapshotElectorate | undefined {
  const where = { nodeId: decision.nodeId, port: 'voters' };
  if (!voters) {
    diagnostics.push(
      createDiagnostic('target-unsupported', say('snapshot.no-voters', { node: decision.name }), where),
    );
    return undefined;
  }
  const name = nodeNameWords(voters);
  const answer = bindNode(voters).target('snapshot', { exits: [], feeds: ['voters'], anchor: false });
  if (isRefusal(answer) || answer.part !== 'strategy') {
    const message = isRefusal(answer)
      ? say('target.refused-electorate', {
          node: decision.name,
          electorate: name,
          reason: answer.reason,
          instead: answer.instead,
        })
      : say('snapshot.unreadable-electorate', { node: decision.name, electorate: name });
    diagnostics.push(createDiagnostic('target-unsupported', message, where));
    return undefined;
  }
  const reading = answer.read(network);
  if (!reading.ok) {
    for (const problem of reading.problems)
      diagnostics.push(
        createDiagnostic(
          problem.code ?? 'target-unsupported',
          say('snapshot.named', { node: name, text: problem.message }),
          {
            nodeId: voters.id,
            field: problem.field,
          },
        ),
      );
    return undefined;
  }
  const { ok: _ok, ...electorate } = reading;
  return electorate;
}
