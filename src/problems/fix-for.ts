import type { CharterDocument, Diagnostic } from '../../compiler/index.ts';
import { addNode } from '../edits/add-node.ts';
import { portsOfStoredNode } from '../edits/connect.ts';
import { removeElements } from '../edits/remove-elements.ts';
import { type FieldPath, setNodeField } from '../edits/set-node-field.ts';
import { uniqueId } from '../edits/unique-id.ts';
import { keepsTargets } from './keeps-targets.ts';

/** A fix a problem offers: its button's words (an i18n key under `problems.fix` and its values) and the edit. */
export interface Fix {
  key: 'insertTimelock' | 'votingPeriod' | 'quorum' | 'removeField' | 'removeEdge';
  values?: Record<string, string>;
  /** The whole fix as one recipe, so the store makes it one undo step. */
  apply: (document: CharterDocument) => CharterDocument;
}

/** Three days, in seconds: the short end of "Most DAOs vote for 3 to 7 days", which the short-voting-period lint says. */
export const suggestedVotingPeriod = 3 * 86_400;
/** The quorum the fix for a zero quorum sets, in percent of supply: Uniswap's 40M of 1B UNI. */
export const suggestedQuorumPercent = '4';

/** `params.quorum.percent` → `['params', 'quorum', 'percent']`, list indices as numbers. */
function fieldPath(field: string): FieldPath {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts a Timelock (its kind's defaults) on every proposal flow into `nodeId`: the edges that ended there now end at
 * the timelock, and the timelock leads on to the node. Ports are read from the kinds, not named here.
 */
export function insertTimelockBefore(document: CharterDocument, nodeId: string): CharterDocument {
  const target = document.nodes.find((node) => node.id === nodeId);
  if (!target) return document;
  const inputs = new Set(
    portsOfStoredNode(target)
      .filter((port) => port.direction === 'in' && port.type === 'flow')
      .map((port) => port.id),
  );
  const incoming = document.edges.filter((edge) => edge.to.node === nodeId && inputs.has(edge.to.port));
  const into = incoming[0]?.to.port ?? [...inputs][0];
  if (into === undefined) return document;
  const source = document.nodes.find((node) => node.id === incoming[0]?.from.node);
  const at = target.position ?? { x: 0, y: 0 };
  const from = source?.position ?? { x: at.x - 320, y: at.y };
  const added = addNode(document, 'timelock', { x: (at.x + from.x) / 2, y: (at.y + from.y) / 2 + 60 });
  const timelock = added.document.nodes.find((node) => node.id === added.id)!;
  const ports = portsOfStoredNode(timelock);
  const timelockIn = ports.find((port) => port.direction === 'in' && port.type === 'flow')?.id;
  const timelockOut = ports.find((port) => port.direction === 'out' && port.type === 'flow')?.id;
  if (timelockIn === undefined || timelockOut === undefined) return document;
  const moved = new Set(incoming.map((edge) => edge.id));
  const edges = added.document.edges.map((edge) =>
    moved.has(edge.id) ? { ...edge, to: { node: added.id, port: timelockIn } } : edge,
  );
  const id = uniqueId(`${added.id}.${timelockOut}-${nodeId}`, new Set(edges.map((edge) => edge.id)));
  edges.push({ id, from: { node: added.id, port: timelockOut }, to: { node: nodeId, port: into } });
  return { ...added.document, edges };
}

/** The fix a diagnostic offers, when there is one a founder would want applied as it stands. */
export function fixFor(diagnostic: Diagnostic, document: CharterDocument): Fix | undefined {
  const { nodeId, field, edgeId } = diagnostic;
  const node = nodeId === undefined ? undefined : document.nodes.find((candidate) => candidate.id === nodeId);
  switch (diagnostic.code) {
    case 'no-timelock':
      // Only where a target that runs the rules today still runs them with the timelock: Aragon and a Safe cannot
      // hold one, and their refusal says how to add the delay by hand instead.
      return node && keepsTargets(document, insertTimelockBefore(document, node.id))
        ? { key: 'insertTimelock', apply: (doc) => insertTimelockBefore(doc, node.id) }
        : undefined;
    case 'short-voting-period':
      return node && field
        ? {
            key: 'votingPeriod',
            apply: (doc) => setNodeField(doc, node.id, fieldPath(field), suggestedVotingPeriod),
          }
        : undefined;
    case 'quorum-zero': {
      const quorum = (node?.params as { quorum?: { percent?: unknown } } | undefined)?.quorum;
      return node && typeof quorum?.percent === 'string'
        ? {
            key: 'quorum',
            values: { percent: suggestedQuorumPercent },
            apply: (doc) =>
              setNodeField(doc, node.id, ['params', 'quorum', 'percent'], suggestedQuorumPercent),
          }
        : undefined;
    }
    case 'unknown-field':
      return node && field?.startsWith('params.')
        ? {
            key: 'removeField',
            values: { field: field.split('.').at(-1) ?? field },
            apply: (doc) => setNodeField(doc, node.id, fieldPath(field), undefined),
          }
        : undefined;
    case 'edge-dangling':
      return edgeId !== undefined
        ? { key: 'removeEdge', apply: (doc) => removeElements(doc, new Set(), new Set([edgeId])) }
        : undefined;
    default:
      return undefined;
  }
}
