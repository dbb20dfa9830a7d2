// A building block drops as nodes already wired; once someone votes, it compiles with no error.
import { describe, expect, it } from 'vitest';
import { type CharterDocument, compile, type Language, validateDocument } from '../../compiler/index.ts';
import { addBlock } from '../../src/edits/add-block.ts';
import { addNode } from '../../src/edits/add-node.ts';
import { connect } from '../../src/edits/connect.ts';
import { buildingBlocks } from '../../src/palette/building-blocks.ts';
import { blankDocument } from '../../src/store/document-store.ts';

const signers = [
  '0x1111111111111111111111111111111111111111',
  '0x2222222222222222222222222222222222222222',
  '0x3333333333333333333333333333333333333333',
];

/** Connects one electorate to every voters input the block left open, as a founder does by hand. */
function wireVoters(document: CharterDocument, ids: readonly string[]): CharterDocument {
  const token = addNode(document, 'token-holders', { x: 0, y: -300 });
  let doc = token.document;
  doc = {
    ...doc,
    nodes: doc.nodes.map((node) =>
      node.id === token.id
        ? ({ ...node, params: { ...node.params, token: { symbol: 'GOV', totalSupply: '1000000' } } } as never)
        : node,
    ),
  };
  const council = addNode(doc, 'signers', { x: 300, y: -300 });
  doc = {
    ...council.document,
    nodes: council.document.nodes.map((node) =>
      node.id === council.id ? ({ ...node, params: { signers } } as never) : node,
    ),
  };
  for (const id of ids) {
    const kind = doc.nodes.find((node) => node.id === id)!.kind;
    // A multisig and a veto are signed by a council; a vote is taken by the token's holders.
    const from = kind === 'multisig' || kind === 'veto' ? council.id : token.id;
    if (kind === 'multisig' || kind === 'veto' || kind === 'majority-vote')
      doc = connect(doc, { from: { node: from, port: 'voters' }, to: { node: id, port: 'voters' } });
  }
  return doc;
}

describe('building blocks', () => {
  it.each(buildingBlocks.map((block) => [block.id, block] as const))(
    '%s: drops with every edge, and compiles once its voters are wired',
    (_id, block) => {
      const { document, ids } = addBlock(blankDocument(), block, { x: 100, y: 50 }, 'en');
      expect(document.nodes).toHaveLength(block.nodes.length);
      expect(document.edges).toHaveLength(block.edges.length);
      // Before anyone votes, Problems says so; after, the rules compile.
      expect(validateDocument(document).filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
      const wired = wireVoters(document, ids);
      const result = compile(wired);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );

  it('names its nodes in the interface language and keeps ids free when dropped twice', () => {
    const block = buildingBlocks.find((b) => b.id === 'vote-wait-execute')!;
    const labels = (language: Language) =>
      addBlock(blankDocument(), block, { x: 0, y: 0 }, language).document.nodes.map((node) => node.label);
    expect(labels('en')).toEqual(['Proposals', 'Vote', 'Wait before running', 'Run on chain', 'Rejected']);
    expect(labels('ko')).toEqual(['제안 접수', '투표', '실행 전 대기', '체인에서 실행', '기각됨']);
    const once = addBlock(blankDocument(), block, { x: 0, y: 0 }, 'en');
    const twice = addBlock(once.document, block, { x: 0, y: 400 }, 'en');
    expect(twice.ids).toEqual(['propose-2', 'vote-2', 'wait-2', 'run-2', 'stop-2']);
    expect(twice.document.edges.filter((edge) => edge.from.node === 'vote-2').map((e) => e.to.node)).toEqual([
      'wait-2',
      'stop-2',
    ]);
    expect(twice.document.nodes.find((node) => node.id === 'run-2')!.position).toEqual({ x: 840, y: 400 });
  });
});
