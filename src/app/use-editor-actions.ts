import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlowStore } from '../canvas/flow-store.ts';
import { useFitReadable } from '../canvas/use-fit-readable.ts';
import { documentFileName, documentText } from '../documents/document-file.ts';
import { downloadText } from '../documents/download-text.ts';
import { type Clipboard, copyNodes, pasteNodes } from '../edits/copy-nodes.ts';
import { layoutNodes } from '../edits/layout-nodes.ts';
import { removeElements } from '../edits/remove-elements.ts';
import { useDocumentStore } from '../store/document-store.ts';
import { useUiStore } from './ui-store.ts';

let clipboard: Clipboard | undefined;
let pastes = 0;

/** The editor's commands, shared by the toolbar and the keyboard shortcuts. Each is one undo step at most. */
export function useEditorActions() {
  const fitReadable = useFitReadable();
  const { t } = useTranslation();
  return useMemo(() => {
    const documents = useDocumentStore;
    const selected = () => new Set(useFlowStore.getState().selectedNodeIds);
    const paste = (from: Clipboard, offset: number) => {
      let ids: string[] = [];
      documents.getState().edit((doc) => {
        const pasted = pasteNodes(doc, from, { x: offset, y: offset });
        ids = pasted.ids;
        return pasted.document;
      });
      useFlowStore.getState().select(ids);
    };
    return {
      undo: () => documents.temporal.getState().undo(),
      redo: () => documents.temporal.getState().redo(),
      copy: () => {
        const ids = selected();
        if (ids.size === 0) return;
        clipboard = copyNodes(documents.getState().document, ids);
        pastes = 0;
      },
      paste: () => {
        if (!clipboard) return;
        pastes++;
        paste(clipboard, 40 * pastes);
      },
      duplicate: () => {
        const ids = selected();
        if (ids.size > 0) paste(copyNodes(documents.getState().document, ids), 40);
      },
      selectAll: () =>
        useFlowStore.getState().select(
          documents.getState().document.nodes.map((node) => node.id),
          documents.getState().document.edges.map((edge) => edge.id),
        ),
      deleteSelection: () => {
        const flow = useFlowStore.getState();
        documents
          .getState()
          .edit((doc) => removeElements(doc, new Set(flow.selectedNodeIds), new Set(flow.selectedEdgeIds)));
      },
      layout: () => {
        const sizes = new Map(
          useFlowStore
            .getState()
            .nodes.filter((node) => node.measured?.width && node.measured.height)
            .map((node) => [node.id, { width: node.measured!.width!, height: node.measured!.height! }]),
        );
        documents.getState().edit((doc) => layoutNodes(doc, sizes));
        requestAnimationFrame(() => fitReadable({ duration: 300 }));
      },
      fit: () => fitReadable({ duration: 300 }),
      exportFile: () => {
        const { document } = documents.getState();
        const fileName = documentFileName(document);
        downloadText(fileName, documentText(document));
        documents.getState().markSaved();
        useUiStore.getState().toast('info', t('documents.exported', { file: fileName }));
      },
      importFile: () => window.document.getElementById('import-file')?.click(),
      help: () => useUiStore.getState().openDialog('shortcuts'),
    };
  }, [fitReadable, t]);
}

/** The commands {@link useEditorActions} gives. */
export type EditorActions = ReturnType<typeof useEditorActions>;
