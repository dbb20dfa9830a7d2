import { koreanParticle } from '../format/korean-particle.ts';
import type { CharterDocument } from '../generated/charter-document.ts';
import type { Language } from '../nodes/node-kind.ts';
import type { Connection, DocumentDiff } from './diff-documents.ts';

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
  for (const change of diff.document) {
    sentences.push(
      ko
        ? `${change.title}: ${change.beforeText} → ${change.afterText}.`
        : `${change.title} changed from ${change.beforeText} to ${change.afterText}.`,
    );
  }
  for (const node of diff.added)
    sentences.push(ko ? `${node.label}(${node.kind}) 추가.` : `Added ${node.label} (${node.kind}).`);
  for (const node of diff.removed)
    sentences.push(ko ? `${node.label}(${node.kind}) 삭제.` : `Removed ${node.label} (${node.kind}).`);
  for (const node of diff.changed) {
    for (const change of node.changes) {
      sentences.push(
        ko
          ? `${node.label}: ${change.title} ${change.beforeText} → ${change.afterText}.`
          : `${node.label}: ${change.title} changed from ${change.beforeText} to ${change.afterText}.`,
      );
    }
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
  for (const change of diff.targets) {
    sentences.push(
      ko
        ? `대상 매개변수 ${change.title}: ${change.beforeText} → ${change.afterText}.`
        : `Target parameter ${change.title} changed from ${change.beforeText} to ${change.afterText}.`,
    );
  }
  return sentences;
}
