import type { CharterDocument } from '../../compiler/index.ts';

/** A file name for the document: its name in lower-case words joined by dashes, then `.charter.json`. */
export function documentFileName(document: CharterDocument): string {
  const slug = document.name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'rules'}.charter.json`;
}

/** The document as a file holds it: JSON, two-space indented, ending in a newline. */
export function documentText(document: CharterDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
