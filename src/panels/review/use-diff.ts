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
 * The diff from the document on the canvas to `other`, following edits and the interface language, with its
 * colours laid over the canvas while it lasts.
 */
export function useDiff(other: CharterDocument | undefined): DiffView | undefined {
  const current = useDocumentStore((state) => state.document);
  const language = useLanguage();
  const view = useMemo(() => {
    if (!other) return undefined;
    const diff = diffDocuments(current, other, language);
    return { current, diff, sentences: describeDiff(diff, current, other, language) };
  }, [current, other, language]);
  useEffect(() => {
    const overlays = useOverlayStore.getState();
    if (view && other) overlays.setLayer(diffLayer, diffOverlay(view.current, other, view.diff));
    else overlays.setLayer(diffLayer, undefined);
  }, [view, other]);
  useEffect(() => () => useOverlayStore.getState().setLayer(diffLayer, undefined), []);
  return view;
}
