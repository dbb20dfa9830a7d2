import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatAmount } from '../../format/format-amount.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { CharterNode, ProposalNode } from '../../generated/charter-document.ts';
import { snapshotNetworks } from '../../generated/snapshot-networks.ts';
import type { TargetResult } from '../target-result.ts';
import { shareOfSupply } from './share-of-supply.ts';
import { type SnapshotElectorate, snapshotElectorate } from './snapshot-electorate.ts';
import { snapshotNumber } from './snapshot-number.ts';
import { snapshotVoting } from './snapshot-voting.ts';
import type { SnapshotSpaceSettings, SnapshotValidation } from './types.ts';

/** What {@link snapshotSpace} reads: nodes of a validated document with its defaults filled in. */
export interface SnapshotSpaceInput {
  /** The space's name, at most 32 characters: usually the document's name. */
  name: string;
  /** The chain the strategies read; Snapshot calls it the network. */
  chain: { chainId: number };
  /** The decision the space votes on. */
  decision: CharterNode;
  /** The node feeding the decision's `voters` port. */
  voters: CharterNode | null;
  /** The proposal node whose proposals reach the decision, for who may propose. */
  proposal?: ProposalNode;
  /** The node feeding that proposal's `proposers` port, when one does. */
  proposers?: CharterNode | null;
}

/** What {@link snapshotSpace} gives: the settings of a Snapshot space. */
export interface SnapshotSpaceParameters {
  space: SnapshotSpaceSettings;
}

/** snapshot.js src/schemas/space.json: `name` has at most 32 characters. */
const mostNameLength = 32;

/**
 * A Snapshot space's settings for one decision, in the shape snapshot.js validates (src/schemas/space.json):
 * the voting type the node kind implies, delay and period in seconds within Snapshot's bounds, the strategies that
 * read the electorate's voting power (see {@link snapshotElectorate}), and who may propose and vote.
 *
 * - Chain: only a chain snapshot.js lists in its networks.json (its schema's `snapshotNetwork` keyword).
 * - Quorum: Snapshot's `voting.quorum` is an amount of voting power, and strategies report balances with decimals
 *   applied, so it is in whole tokens (or votes): a percentage is taken of the token's total supply exactly
 *   (4% of 1,000,000,000 ACME is 40000000), and written only when a JSON number holds it exactly.
 * - Proposals: the sequencer refuses a mainnet space without a proposal validation (snapshot-sequencer
 *   src/helpers/spaceValidation.ts, "space missing proposal validation"). A voting power to propose becomes the
 *   `basic` validation {minScore}, in whole units, read with the proposers' own strategies when they are another
 *   electorate; for proof of personhood, proposing needs the same Gitcoin Passport check as voting; otherwise a
 *   rule that lets anyone propose cannot be expressed.
 */
export function snapshotSpace(input: SnapshotSpaceInput): TargetResult<SnapshotSpaceParameters> {
  const { decision, voters, proposal, proposers } = input;
  const name = nodeNameWords(decision);
  const network = String(input.chain.chainId);
  const diagnostics: Diagnostic[] = [];
  if (input.name.length > mostNameLength)
    diagnostics.push(
      createDiagnostic(
        'target-out-of-range',
        say('snapshot.name-too-long', { name: input.name, length: input.name.length }),
        { field: 'name' },
      ),
    );
  if (snapshotNetworks[network] === undefined)
    diagnostics.push(
      createDiagnostic('target-unsupported', say('snapshot.unknown-chain', { chain: network }), {
        field: 'chain.chainId',
      }),
    );
  const electorate = snapshotElectorate(voters, network, { name, nodeId: decision.id }, diagnostics);
  const plan = snapshotVoting(decision, electorate?.perPerson ?? false, diagnostics);

  let quorum: number | undefined;
  if (plan && electorate) {
    const stated = quorumAmount(plan.quorum, electorate);
    const amount = plan.rejectsOnReaching && stated !== undefined ? oneLessThanReached(stated) : stated;
    if (amount === undefined)
      diagnostics.push(
        createDiagnostic(
          'target-unsupported',
          say('snapshot.quorum-needs-members', {
            node: name,
            quorum: formatPercent((plan.quorum as { percent: string }).percent),
            voters: nodeNameWords(voters),
          }),
          { nodeId: decision.id, field: `${plan.quorumField}.percent` },
        ),
      );
    else {
      quorum = snapshotNumber(amount);
      if (quorum === undefined)
        diagnostics.push(
          createDiagnostic(
            'target-out-of-range',
            say('snapshot.quorum-not-exact', {
              node: name,
              amount: formatAmount(amount, electorate.symbol),
              rounded: formatAmount(String(Number(amount)), electorate.symbol),
            }),
            { nodeId: decision.id, field: plan.quorumField },
          ),
        );
    }
  }
  const otherProposers = proposers && proposers.id !== voters?.id ? proposers : null;
  const validation = electorate
    ? proposalValidation(electorate, network, proposal, otherProposers, diagnostics)
    : undefined;

  if (diagnostics.length > 0 || !plan || !electorate || quorum === undefined || !validation)
    return { ok: false, diagnostics };
  const voting: SnapshotSpaceSettings['voting'] = {
    delay: plan.delay,
    period: plan.period,
    type: plan.type,
    quorum,
  };
  if (plan.quorumType) voting.quorumType = plan.quorumType;
  return {
    ok: true,
    parameters: {
      space: {
        name: input.name,
        network,
        symbol: electorate.symbol,
        strategies: electorate.strategies,
        validation,
        voteValidation: electorate.voteValidation,
        voting,
      },
    },
  };
}

/** The quorum in whole units of voting power as exact decimal text, or undefined when the supply is unknown. */
function quorumAmount(
  quorum: { percent: string } | { absolute: string } | { count: number } | undefined,
  electorate: SnapshotElectorate,
): string | undefined {
  if (quorum === undefined) return '0';
  if ('absolute' in quorum) return quorum.absolute;
  if ('count' in quorum) return String(quorum.count);
  return electorate.supply === undefined ? undefined : shareOfSupply(quorum.percent, electorate.supply);
}

/**
 * The rejection quorum for a rule that blocks once Against reaches `amount` people: ⌈amount⌉ people (at least 1)
 * must block, and Snapshot rejects only when Against is strictly more than its quorum, so the quorum is one less.
 */
function oneLessThanReached(amount: string): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  const needed = BigInt(whole) + (/[1-9]/.test(fraction) ? 1n : 0n);
  return String((needed > 1n ? needed : 1n) - 1n);
}

/** Who may propose, as a Snapshot proposal validation, or undefined with a diagnostic. */
function proposalValidation(
  voters: SnapshotElectorate,
  network: string,
  proposal: ProposalNode | undefined,
  proposers: CharterNode | null,
  diagnostics: Diagnostic[],
): SnapshotValidation | undefined {
  const power = proposal?.params.minVotingPower ?? '0';
  const where = { nodeId: proposal?.id, field: 'params.minVotingPower' };
  const who = proposers
    ? snapshotElectorate(
        proposers,
        network,
        { name: nodeNameWords(proposal), nodeId: proposal!.id },
        diagnostics,
      )
    : voters;
  if (!who) return undefined;
  if (who.voteValidation.name === 'passport-gated') {
    if (Number(power) > 1) {
      diagnostics.push(
        createDiagnostic(
          'target-out-of-range',
          say('snapshot.personhood-power', { node: nodeNameWords(proposal), power: formatAmount(power) }),
          where,
        ),
      );
      return undefined;
    }
    return who.voteValidation;
  }
  const minScore = snapshotNumber(power);
  if (power === '0' || /^0(\.0+)?$/.test(power)) {
    diagnostics.push(
      createDiagnostic(
        'target-unsupported',
        say('snapshot.anyone-proposes', {
          node: proposal ? nodeNameWords(proposal) : { en: 'The proposal', ko: '제안' },
        }),
        where,
      ),
    );
    return undefined;
  }
  if (minScore === undefined) {
    diagnostics.push(
      createDiagnostic(
        'target-out-of-range',
        say('snapshot.power-not-exact', {
          node: nodeNameWords(proposal),
          power: formatAmount(power, who.symbol),
        }),
        where,
      ),
    );
    return undefined;
  }
  const params: Record<string, unknown> = { minScore };
  if (proposers) params.strategies = who.strategies;
  return { name: 'basic', params };
}
