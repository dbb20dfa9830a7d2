import { type Address, getAddress } from 'viem';
import type { GraphView } from '../../compile/graph-view.ts';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { nodeLabelWords } from '../../format/node-label-words.ts';
import { percentToFraction } from '../../units/percent-to-fraction.ts';
import { maxSafeOwners, safeCreationBlockGasLimit, safeCreationGasPerOwner } from '../safe/safe-setup.ts';
import type { TargetUnit } from '../target-units.ts';
import { unitParts } from '../unit-parts.ts';
import { type VetoSafe, vetoSafe } from './veto-safe.ts';

/** Safe's linked list of owners starts and ends at this address, so it cannot be an owner (OwnerManager.sol). */
const sentinelOwners = '0x0000000000000000000000000000000000000001';

/** The veto of a Governor path as its TimelockController holds it. */
export interface TimelockVeto {
  /** The veto node. */
  id: string;
  /** Its window in seconds: the TimelockController's delay. */
  window: number;
  /**
   * The extra cancellers: the vetoing body's addresses (checksummed, document order, each once) when one veto blocks;
   * else the one address of {@link safe}.
   */
  cancellers: Address[];
  /** When more than one veto blocks: the Safe of the body's addresses, with the vetoes needed as its threshold. */
  safe?: VetoSafe;
}

/** What {@link vetoCancellers} gives: the unit's veto (null when it has none), or why it cannot be held. */
export type VetoCancellersReturnType =
  | { ok: true; veto: TimelockVeto | null }
  | { ok: false; diagnostics: Diagnostic[] };

/** Vetoes needed to block among `members`: the count, or ⌈members · percent / 100⌉, at least one (as simulated). */
export function vetoesNeeded(threshold: { percent: string } | { count: number }, members: number): bigint {
  if ('count' in threshold) return BigInt(Math.max(1, threshold.count));
  const { numerator, denominator } = percentToFraction(threshold.percent);
  const least = (BigInt(members) * numerator + denominator - 1n) / denominator;
  return least > 1n ? least : 1n;
}

/**
 * How a unit's veto runs on an OpenZeppelin Governor: as the TimelockController after its vote, whose delay is the
 * veto's window. When one veto blocks, the vetoing body's addresses are its extra cancellers, each of whom may cancel
 * the queued proposal alone (TimelockController.cancel, `onlyRole(CANCELLER_ROLE)`, while the operation is pending:
 * during the delay, and after it until someone executes it, which anyone may; explain says so). When k > 1 vetoes
 * block, the one extra canceller is a Safe v1.4.1 whose owners are the body and whose threshold is k (see vetoSafe),
 * so that a cancel needs k of them to sign. Refused, each naming the node: a second veto, a veto before the vote, a
 * timelock besides the veto (it would extend the one delay the body may cancel in), a body that is not a list of
 * addresses, more vetoes needed than the body has members, an address no Safe can be owned by, more owners than a
 * Safe's creation fits in a block, and a list used for anything but a veto (its kind's own refusal).
 */
export function vetoCancellers(
  view: GraphView,
  unit: TargetUnit<'openzeppelin'>,
  vote: string,
): VetoCancellersReturnType {
  const diagnostics: Diagnostic[] = [];
  const vetoes = unitParts(unit, 'veto');
  const bodies = unitParts(unit, 'veto-body');
  const vetoIds = new Set(vetoes.map(({ id }) => id));
  // A list feeding anything but a veto is refused as its kind says.
  for (const body of bodies) {
    const elsewhere = unit.nodes.some(
      (id) =>
        !vetoIds.has(id) &&
        view
          .bound(id)
          .ports.some(
            (port) =>
              port.type === 'electorate' && port.direction === 'in' && view.feeder(id, port.id) === body.id,
          ),
    );
    if (!elsewhere) continue;
    const message = say('target.refused', {
      node: nodeLabelWords(view.node(body.id)),
      reason: body.part.otherwise.reason,
      instead: body.part.otherwise.instead,
    });
    diagnostics.push(createDiagnostic('target-unsupported', message, { nodeId: body.id }));
  }
  const [first, ...more] = vetoes;
  for (const extra of more) {
    const message = say('oz.veto-second', {
      node: nodeLabelWords(view.node(extra.id)),
      first: nodeLabelWords(view.node(first!.id)),
    });
    diagnostics.push(createDiagnostic('target-unsupported', message, { nodeId: extra.id }));
  }
  if (first === undefined)
    return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, veto: null };
  const node = first.part.node;
  const name = nodeLabelWords(node);
  if (unit.nodes.indexOf(first.id) < unit.nodes.indexOf(vote)) {
    const message = say('oz.veto-before-vote', { node: name, vote: nodeLabelWords(view.node(vote)) });
    diagnostics.push(createDiagnostic('target-unsupported', message, { nodeId: first.id }));
  }
  for (const { id } of unitParts(unit, 'timelock')) {
    const window = { en: formatDuration(first.part.window), ko: formatDuration(first.part.window, 'ko') };
    const message = say('oz.veto-and-timelock', {
      node: name,
      window,
      timelock: nodeLabelWords(view.node(id)),
    });
    diagnostics.push(createDiagnostic('target-unsupported', message, { nodeId: first.id }));
  }
  const bodyId = view.feeder(first.id, 'voters');
  const body = bodies.find(({ id }) => id === bodyId);
  if (bodyId === null) {
    const message = say('oz.veto-no-voters', { node: name });
    diagnostics.push(createDiagnostic('target-unsupported', message, { nodeId: first.id, port: 'voters' }));
  } else if (body === undefined) {
    const message = say('oz.veto-no-list', { node: name, body: nodeLabelWords(view.node(bodyId)) });
    diagnostics.push(createDiagnostic('target-unsupported', message, { nodeId: first.id, port: 'voters' }));
  } else {
    const members = [...new Set(body.part.members.map((member) => getAddress(member)))];
    const needed = vetoesNeeded(node.params.threshold, members.length);
    // Validation refuses a count above the list (graph.threshold-too-high) and a share is at most all of it; kept so
    // that no Safe is ever emitted that its own setup would refuse (GS201).
    if (needed > BigInt(members.length)) {
      const message = say('oz.veto-threshold', {
        node: name,
        needed: String(needed),
        members: members.length,
      });
      diagnostics.push(
        createDiagnostic('target-unsupported', message, { nodeId: first.id, field: 'params.threshold' }),
      );
    }
    if (needed > 1n) {
      const list = nodeLabelWords(view.node(body.id));
      for (const member of members)
        if (BigInt(member) === 0n || member.toLowerCase() === sentinelOwners)
          diagnostics.push(
            createDiagnostic(
              'target-out-of-range',
              say('safe.owner-refused', { node: list, address: member }),
              {
                nodeId: body.id,
                field: body.part.field,
              },
            ),
          );
      if (members.length > maxSafeOwners)
        diagnostics.push(
          createDiagnostic(
            'target-out-of-range',
            say('safe.too-many-owners', {
              node: list,
              count: members.length.toLocaleString('en-US'),
              gas: safeCreationGasPerOwner.toLocaleString('en-US'),
              most: maxSafeOwners.toLocaleString('en-US'),
              limit: (safeCreationBlockGasLimit / 1e6).toFixed(0),
            }),
            { nodeId: body.id, field: body.part.field },
          ),
        );
    }
    if (diagnostics.length === 0) {
      if (needed === 1n)
        return { ok: true, veto: { id: first.id, window: first.part.window, cancellers: members } };
      const safe = vetoSafe({ owners: members, threshold: needed, chainId: view.document.chain.chainId });
      return {
        ok: true,
        veto: { id: first.id, window: first.part.window, cancellers: [safe.address], safe },
      };
    }
  }
  return { ok: false, diagnostics };
}
