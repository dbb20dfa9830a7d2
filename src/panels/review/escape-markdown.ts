/** ASCII punctuation that Markdown (CommonMark and GitHub's) can read as syntax anywhere in a line. */
const inlineSyntax = /[\\`*_[\]{}()#+!|~]/g;

/**
 * Untrusted text (a label, a description) made literal inside a Markdown paragraph: `&`, `<` and `>` become HTML
 * entities, so no tag or entity of the text is ever interpreted; inline syntax is backslash-escaped; a list or
 * heading marker at the start is escaped; line breaks become spaces, so the text cannot start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(inlineSyntax, (character) => `\\${character}`)
    .replace(/^(\s*)([-=]|\d+[.)])/, (_all, space: string, marker: string) =>
      marker.length === 1 ? `${space}\\${marker}` : `${space}${marker.slice(0, -1)}\\${marker.at(-1)}`,
    );
}
