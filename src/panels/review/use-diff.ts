import { useEffect, useMemo } from 'react';
import {
  type CharterDocument,
  type DocumentDiff,
  describeDiff,
  diffDocuments,
} from '../../../compiler/index.ts';
import { useOverlayStore } from '../../canvas/overlay-store.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useDocumentStore } from '../../store/document-store.ts';
import { diffOverlay } from './diff-overlay.ts';

/** The overlay layer of the diff's colours. */
export const diffLayer = 'review';

/** A diff of the canvas against another version, in data and in words. */
export interface DiffView {
  current: CharterDocument;
  diff: DocumentDiff;
  sentences: string[];
}

/**
 * What changed from `other` to the document on the canvas: `other` is the earlier version (a saved version, a file,
 * a link) and the canvas the later, so a quorum raised on the canvas from 6.5% to 10% reads "from 6.5% to 10%".
 * Follows edits and the interface language, with its colours laid over the canvas while it lasts.
 */
export function useDiff(other: CharterDocument | undefined): DiffView | undefined {
  const current = useDocumentStore((state) => state.document);
  const language = useLanguage();
  const view = useMemo(() => {
    if (!other) return undefined;
    const diff = diffDocuments(other, current, language);
    return { current, diff, sentences: describeDiff(diff, other, current, language) };
  }, [current, other, language]);
  useEffect(() => {
    const overlays = useOverlayStore.getState();
    if (view && other) overlays.setLayer(diffLayer, diffOverlay(view.current, other, view.diff));
    else overlays.setLayer(diffLayer, undefined);
  }, [view, other]);
  useEffect(() => () => useOverlayStore.getState().setLayer(diffLayer, undefined), []);
  return view;
}
