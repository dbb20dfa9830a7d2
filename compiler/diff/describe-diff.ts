import { koreanParticle } from '../format/korean-particle.ts';
import type { CharterDocument } from '../generated/charter-document.ts';
import type { Language } from '../nodes/node-kind.ts';
import type { Connection, DocumentDiff, FieldChange } from './diff-documents.ts';

/** Longest value quoted in a sentence; longer text (a description, say) is only said to have changed. */
const quotable = 80;

/** One changed value in words: added, removed, changed from … to …, or, for long text, just changed. */
function changeWords(change: FieldChange, ko: boolean): string {
  const { title, before, after, beforeText, afterText } = change;
  if (before === undefined || before === null)
    return ko ? `${title} 추가: ${afterText}.` : `${title} added: ${afterText}.`;
  if (after === undefined || after === null)
    return ko ? `${title} 삭제: ${beforeText}.` : `${title} removed: ${beforeText}.`;
  if (beforeText.length > quotable || afterText.length > quotable)
    return ko ? `${title} 변경.` : `${title} changed.`;
  return ko
    ? `${title} ${beforeText} → ${afterText}.`
    : `${title} changed from ${beforeText} to ${afterText}.`;
}

/**
 * A diff in sentences a community can read: what was added and removed, which values changed from what to what,
 * and where proposals now go. `a` and `b` are the two versions, for the names of nodes that exist in only one.
 */
export function describeDiff(
  diff: DocumentDiff,
  a: CharterDocument,
  b: CharterDocument,
  language: Language = 'en',
): string[] {
  const names = new Map<string, string>();
  for (const node of [...a.nodes, ...b.nodes]) names.set(node.id, node.label?.trim() || node.id);
  const name = (id: string) => names.get(id) ?? id;
  const ko = language === 'ko';
  const sentences: string[] = [];
  for (const change of diff.document) sentences.push(changeWords(change, ko));
  for (const node of diff.added)
    sentences.push(ko ? `${node.label}(${node.kind}) 추가.` : `Added ${node.label} (${node.kind}).`);
  for (const node of diff.removed)
    sentences.push(ko ? `${node.label}(${node.kind}) 삭제.` : `Removed ${node.label} (${node.kind}).`);
  for (const node of diff.changed) {
    for (const change of node.changes) sentences.push(`${node.label}: ${changeWords(change, ko)}`);
  }
  const fromKey = (c: Connection) => `${c.from.node}\u0000${c.from.port}`;
  const undone = new Map<string, Connection[]>();
  for (const c of diff.disconnected) undone.set(fromKey(c), [...(undone.get(fromKey(c)) ?? []), c]);
  for (const c of diff.connected) {
    const previous = undone.get(fromKey(c))?.shift();
    const exit = `${name(c.from.node)}${ko ? '의' : "'s"} "${c.from.port}"`;
    if (previous) {
      sentences.push(
        ko
          ? `${exit} 출구가 이제 ${name(previous.to.node)} 대신 ${koreanParticle(name(c.to.node), '으로', '로')} 이어집니다.`
          : `${exit} now leads to ${name(c.to.node)} instead of ${name(previous.to.node)}.`,
      );
    } else
      sentences.push(
        ko
          ? `${exit} 출구가 이제 ${koreanParticle(name(c.to.node), '으로', '로')}도 이어집니다.`
          : `${exit} now also leads to ${name(c.to.node)}.`,
      );
  }
  for (const c of [...undone.values()].flat()) {
    const exit = `${name(c.from.node)}${ko ? '의' : "'s"} "${c.from.port}"`;
    sentences.push(
      ko
        ? `${exit} 출구가 더 이상 ${koreanParticle(name(c.to.node), '으로', '로')} 이어지지 않습니다.`
        : `${exit} no longer leads to ${name(c.to.node)}.`,
    );
  }
  for (const change of diff.targets)
    sentences.push(`${ko ? '대상 매개변수' : 'Target parameter'} ${changeWords(change, ko)}`);
  return sentences;
}
