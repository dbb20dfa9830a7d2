// The check worker's answer carries what the page would otherwise work out or copy: the compile key, and only the
// filled nodes the page's quick fill would draw differently. The cards drawn from it match the cards drawn from
// every filled node.
import { readdirSync, readFileSync } from 'node:fs';
import { keccak256, stringToBytes } from 'viem';
import { describe, expect, it } from 'vitest';
import { type CharterDocument, canonicalJson, checkDocument } from '../../compiler/index.ts';
import { NodeViewCache } from '../../src/canvas/node-view.ts';
import { answerCheck } from '../../src/store/answer-check.ts';
import { generateDocument } from '../bench/generate-document.ts';

const folder = 'rules-schema/examples';
const templates = readdirSync(folder)
  .filter((name) => name.endsWith('.charter.json'))
  .map((name) => [name, JSON.parse(readFileSync(`${folder}/${name}`, 'utf8')) as CharterDocument] as const);

describe('the check worker’s answer', () => {
  it.each(templates)(
    'for %s draws every card as the whole filled document does, in both languages',
    (_, document) => {
      const answer = answerCheck({ sequence: 1, document });
      if ('failure' in answer) throw new Error(answer.failure.message);
      const { filled, diagnostics } = checkDocument(document);
      const everyNode = new Map(filled!.nodes.map((node) => [node.id, node]));
      const sent = new Map(answer.filledNodes!.map((node) => [node.id, node]));
      for (const language of ['en', 'ko'] as const) {
        const fromAnswer = new NodeViewCache().views(document.nodes, sent, diagnostics, language);
        const fromAll = new NodeViewCache().views(document.nodes, everyNode, diagnostics, language);
        for (const node of document.nodes) {
          expect(fromAnswer.get(node.id)?.summary, node.id).toBe(fromAll.get(node.id)?.summary);
          expect(fromAnswer.get(node.id)?.ports, node.id).toEqual(fromAll.get(node.id)?.ports);
        }
      }
    },
  );

  it('carries the keccak256 of the canonical JSON, as viem works it out', () => {
    for (const [, document] of templates) {
      const answer = answerCheck({ sequence: 1, document });
      if ('failure' in answer) throw new Error(answer.failure.message);
      expect(answer.key).toBe(keccak256(stringToBytes(canonicalJson(document))));
    }
  });

  it('copies back far fewer nodes than a 600-node document has', () => {
    const document = generateDocument(600);
    const answer = answerCheck({ sequence: 1, document });
    if ('failure' in answer) throw new Error(answer.failure.message);
    // Proposals, timelocks, executes and rejects are filled by their kind's top-level defaults alone.
    expect(answer.filledNodes!.length).toBeLessThanOrEqual(document.nodes.length / 3);
  });
});
