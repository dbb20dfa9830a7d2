// The Korean review panel and canvas say a document's problems in Korean: the Markdown summary, a refused share
// link's reason and a card's problem badge, each checked against the words a Korean reader expects.
import { readFileSync } from 'node:fs';
import LZString from 'lz-string';
import { keccak256, stringToBytes } from 'viem';
import { describe, expect, it } from 'vitest';
import { type CharterDocument, checkDocument, explain } from '../../compiler/index.ts';
import { NodeViewCache } from '../../src/canvas/node-view.ts';
import { escapeMarkdown } from '../../src/panels/review/escape-markdown.ts';
import { linkProblemText } from '../../src/panels/review/link-problem-text.ts';
import { decodeShareLink } from '../../src/panels/review/share-link-codec.ts';
import { summaryMarkdown } from '../../src/panels/review/summary-markdown.ts';

const koreanPeriod = '투표 기간은 1초 이상이어야 합니다(지금 값: -5)';
const englishPeriod = 'Voting period must be at least 1 second';

/** The token governor with a voting period no vote can have. */
function brokenGovernor(): CharterDocument {
  const document = JSON.parse(readFileSync('rules-schema/examples/token-governor.charter.json', 'utf8'));
  document.nodes.find((node: { id: string }) => node.id === 'vote').params.votingPeriod = -5;
  return document;
}

const words = {
  hash: '설정 해시',
  noHash: '없음',
  summary: '요약',
  warnings: '경고',
  noWarnings: '없음.',
  problems: '고치세요.',
};

describe('the Korean review', () => {
  it('writes the Markdown summary’s problems and warnings in Korean', () => {
    const document = brokenGovernor();
    const { diagnostics } = checkDocument(document);
    const markdown = summaryMarkdown({
      name: document.name,
      description: '',
      hash: undefined,
      summary: explain(document, 'ko'),
      warnings: diagnostics,
      language: 'ko',
      words,
    });
    expect(markdown).toContain(
      `## 요약\n\n고치세요.\n\n- ${escapeMarkdown(`Token vote: ${koreanPeriod}.`)}\n`,
    );
    expect(markdown).toContain(`## 경고\n\n- ${escapeMarkdown(`Token vote: ${koreanPeriod}.`)}\n`);
    expect(markdown).not.toContain(englishPeriod);
  });

  it('keeps the English summary English', () => {
    const document = brokenGovernor();
    const markdown = summaryMarkdown({
      name: document.name,
      description: '',
      hash: undefined,
      summary: explain(document, 'en'),
      warnings: [],
      language: 'en',
      words,
    });
    expect(markdown).toContain(`- ${escapeMarkdown(`Token vote: ${englishPeriod} (it is -5).`)}\n`);
  });

  it('says why a share link holds no document in Korean', () => {
    const json = '{"name":"x"}';
    const link = `#share=1.${keccak256(stringToBytes(json)).slice(2, 10)}.${LZString.compressToEncodedURIComponent(json)}`;
    const decoded = decodeShareLink(link);
    if (decoded.ok) throw new Error('the link was accepted');
    const t = ((key: string, values: { detail: string }) => `${key}|${values.detail}`) as never;
    expect(linkProblemText(decoded, t, 'ko')).toBe(
      'review.linkErrors.not-a-document|문서에 "nodes" 목록이 없습니다.',
    );
    expect(linkProblemText(decoded, t, 'en')).toBe(
      'review.linkErrors.not-a-document|The document has no "nodes" list.',
    );
  });

  it('puts the Korean problem on the card’s badge, and the English one after a switch', () => {
    const document = brokenGovernor();
    const { diagnostics } = checkDocument(document);
    const cache = new NodeViewCache();
    expect(cache.views(document.nodes, undefined, diagnostics, 'ko').get('vote')?.problem).toBe(
      `Token vote: ${koreanPeriod}.`,
    );
    expect(cache.views(document.nodes, undefined, diagnostics, 'en').get('vote')?.problem).toContain(
      englishPeriod,
    );
  });
});
