import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { nodeName } from '../../format/node-name.ts';
import type { CharterNode } from '../../generated/charter-document.ts';
import { bindNode } from '../../nodes/bind-node.ts';
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
  decision: { name: string; nodeId: string },
  diagnostics: Diagnostic[],
): SnapshotElectorate | undefined {
  const where = { nodeId: decision.nodeId, port: 'voters' };
  if (!voters) {
    diagnostics.push(
      createDiagnostic('target-unsupported', `${decision.name}: has no voters to run on Snapshot.`, where),
    );
    return undefined;
  }
  const name = nodeName(voters);
  const answer = bindNode(voters).target('snapshot', { exits: [], feeds: ['voters'], anchor: false });
  if (isRefusal(answer) || answer.part !== 'strategy') {
    const why = isRefusal(answer)
      ? `${name}: ${answer.reason.en} ${answer.instead.en}`
      : `${name} is not an electorate Snapshot can read.`;
    diagnostics.push(createDiagnostic('target-unsupported', `${decision.name}: ${why}`, where));
    return undefined;
  }
  const reading = answer.read(network);
  if (!reading.ok) {
    for (const problem of reading.problems)
      diagnostics.push(
        createDiagnostic(problem.code ?? 'target-unsupported', `${name}: ${problem.message}`, {
          nodeId: voters.id,
          field: problem.field,
        }),
      );
    return undefined;
  }
  const { ok: _ok, ...electorate } = reading;
  return electorate;
}
