import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type {
  MembersParams,
  MultisigParams,
  SignersParams,
  TimelockParams,
  VetoParams,
} from '../../generated/charter-document.ts';
import { baseElectorate } from './base-electorate.ts';
import type { GraphIndex, IndexedNode } from './graph-index.ts';

/** The fixed list of addresses behind an electorate, or undefined when it is not a list (tokens, personhood). */
function addressList(item: IndexedNode): string[] | undefined {
  if (item.node.kind === 'signers') return (item.node.params as SignersParams).signers;
  if (item.node.kind === 'members' && (item.node.params as MembersParams).source === 'list') {
    return (item.node.params as MembersParams).members;
  }
  return undefined;
}

function checkCounted(
  index: GraphIndex,
  item: IndexedNode,
  needed: number,
  what: string,
  diagnostics: Diagnostic[],
): void {
  const base = baseElectorate(index, item, 'voters');
  if (!base) return;
  const list = base.weighted ? undefined : addressList(base.node);
  const where = { nodeId: item.node.id, port: 'voters' };
  if (!list) {
    const message = `${item.name}: ${what} counts people from a fixed list, so it needs Signers or a Members list as its voters, not ${base.node.name}${base.weighted ? ' through a weighting' : ''}.`;
    diagnostics.push(createDiagnostic('wrong-electorate', message, where));
  } else if (needed > list.length) {
    const message = `${item.name}: needs ${needed} of ${base.node.name}, but there ${list.length === 1 ? 'is only 1' : `are only ${list.length}`}. Lower the threshold or add signers.`;
    diagnostics.push(
      createDiagnostic('threshold-too-high', message, {
        ...where,
        field: item.node.kind === 'veto' ? 'params.threshold.count' : 'params.threshold',
      }),
    );
  }
}

function checkDuplicates(
  item: IndexedNode,
  list: readonly string[],
  field: string,
  title: string,
  diagnostics: Diagnostic[],
): void {
  const firstAt = new Map<string, number>();
  list.forEach((address, position) => {
    const key = address.toLowerCase();
    const first = firstAt.get(key);
    if (first === undefined) {
      firstAt.set(key, position);
      return;
    }
    const message = `${item.name}: ${address} appears twice in ${title} (items ${first + 1} and ${position + 1}). Each address counts once.`;
    diagnostics.push(
      createDiagnostic('duplicate-member', message, {
        nodeId: item.node.id,
        field: `params.${field}.${position}`,
      }),
    );
  });
}

/**
 * Checks that decisions counting people from a list (a multisig, a veto by number of signers) are fed a list that
 * is long enough, and that no address appears twice in a list of signers, members or cancellers.
 */
export function checkElectorates(index: GraphIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const item of index.nodes) {
    if (!item.ports) continue;
    const params = item.node.params;
    if (item.node.kind === 'multisig')
      checkCounted(index, item, (params as MultisigParams).threshold, 'a multisig', diagnostics);
    if (item.node.kind === 'veto' && 'count' in (params as VetoParams).threshold) {
      const { count } = (params as VetoParams).threshold as { count: number };
      checkCounted(index, item, count, 'a veto by number of signers', diagnostics);
    }
    if (item.node.kind === 'signers')
      checkDuplicates(item, (params as SignersParams).signers, 'signers', 'Signers', diagnostics);
    if (item.node.kind === 'members')
      checkDuplicates(item, (params as MembersParams).members, 'members', 'Members', diagnostics);
    if (item.node.kind === 'timelock')
      checkDuplicates(
        item,
        (params as TimelockParams).cancellers,
        'cancellers',
        'Extra cancellers',
        diagnostics,
      );
  }
  return diagnostics;
}
