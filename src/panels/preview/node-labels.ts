import { type CharterDocument, getNodeKind, type Language } from '../../../compiler/index.ts';

/** A node's name as the canvas shows it: its label, else its kind's title, else its id. */
export function nodeLabels(
  document: Pick<CharterDocument, 'nodes'>,
  language: Language,
): (id: string) => string {
  const nodes = new Map(document.nodes.map((node) => [node.id, node]));
  return (id) => {
    const node = nodes.get(id);
    if (node === undefined) return id;
    return node.label?.trim() || getNodeKind(node.kind)?.title[language] || id;
  };
}
