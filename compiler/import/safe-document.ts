import type { CharterDocument, CharterNode } from '../generated/charter-document.ts';
import type { ImportResult } from './governor-document.ts';
import type { ImportNote } from './import-note.ts';
import type { SafeFacts } from './safe-facts.ts';

/**
 * The rule document a Safe runs: its owners as signers, its threshold as a multisig, and execution by the Safe. What
 * else can move its funds or block them (modules, a guard) is a note, never dropped in silence: a module executes
 * without any signature, which no node of the drawing shows.
 */
export function safeDocument(facts: SafeFacts): ImportResult {
  if (facts.threshold < 1n || facts.threshold > BigInt(facts.owners.length))
    return {
      ok: false,
      reason: {
        code: 'safe-not-set-up',
        en: `The Safe has a threshold of ${facts.threshold} with ${facts.owners.length} owners: it is not set up.`,
        ko: `이 Safe는 소유자 ${facts.owners.length}명에 기준 ${facts.threshold}이라 설정되지 않은 상태입니다.`,
      },
    };
  const notes: ImportNote[] = [
    {
      code: 'proposal-types-off-chain',
      en: 'Proposal types are not kept on chain: every transaction is drawn as one type, "transaction".',
      ko: '제안 유형은 체인에 기록되지 않으므로 모든 트랜잭션을 하나의 유형 "transaction"으로 그렸습니다.',
    },
  ];
  for (const module of facts.modules)
    notes.push({
      code: 'safe-module',
      en: `The module ${module} is enabled: it may execute any transaction from the Safe without the owners' signatures, which the drawing does not show.`,
      ko: `모듈(${module})이 켜져 있습니다. 이 모듈은 소유자 서명 없이 Safe의 어떤 트랜잭션이든 실행할 수 있으며, 그림에는 나타나지 않습니다.`,
    });
  if (facts.guard)
    notes.push({
      code: 'safe-guard',
      en: `The guard ${facts.guard} checks every transaction and may refuse one that enough owners signed; its rules are in its code, not in the drawing.`,
      ko: `가드(${facts.guard})가 모든 트랜잭션을 검사하며, 소유자가 충분히 서명한 트랜잭션도 거부할 수 있습니다. 그 규칙은 그림이 아니라 가드의 코드에 있습니다.`,
    });

  const nodes: CharterNode[] = [
    {
      id: 'propose',
      kind: 'proposal',
      label: 'Transaction',
      position: { x: 0, y: 0 },
      params: { types: ['transaction'], minVotingPower: '0', deposit: '0' },
    },
    {
      id: 'owners',
      kind: 'signers',
      label: 'Safe owners',
      description: `The owners of Safe ${facts.address} (v${facts.version}), read on chain ${facts.chainId}.`,
      position: { x: 0, y: -200 },
      params: { signers: facts.owners, body: 'Safe owners' },
    },
    {
      id: 'multisig',
      kind: 'multisig',
      label: `${facts.threshold} of ${facts.owners.length}`,
      position: { x: 280, y: 0 },
      params: { threshold: Number(facts.threshold), onlyListed: true },
    },
    {
      id: 'run',
      kind: 'execute',
      label: 'Execute',
      position: { x: 560, y: 0 },
      params: { executor: 'safe' },
    },
    { id: 'declined', kind: 'reject', label: 'Declined', position: { x: 560, y: 180 }, params: {} },
  ] as CharterNode[];
  const edge = (id: string, from: [string, string], to: [string, string]) => ({
    id,
    from: { node: from[0], port: from[1] },
    to: { node: to[0], port: to[1] },
  });
  const document: CharterDocument = {
    charter: '1',
    name: `Safe ${facts.address.slice(0, 6)}…${facts.address.slice(-4)}`,
    description: [
      `Imported from the Safe ${facts.address} (v${facts.version}) on chain ${facts.chainId}.`,
      ...notes.map((note) => note.en),
    ].join(' '),
    chain: { chainId: facts.chainId, blockTime: facts.blockTime.seconds, clockMode: 'blocknumber' },
    nodes,
    edges: [
      edge('e1', ['propose', 'out'], ['multisig', 'in']),
      edge('e2', ['owners', 'voters'], ['multisig', 'voters']),
      edge('e3', ['multisig', 'passed'], ['run', 'in']),
      edge('e4', ['multisig', 'failed'], ['declined', 'in']),
    ],
  };
  return { ok: true, document, notes };
}
