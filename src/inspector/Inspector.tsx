import './inspector.css';
import { useTranslation } from 'react-i18next';
import { useFlowStore } from '../canvas/flow-store.ts';
import { useDocumentStore } from '../store/document-store.ts';
import { DocumentSection } from './DocumentSection.tsx';
import { NodeInspector } from './NodeInspector.tsx';

/**
 * The right-hand panel: with one node selected, a form generated from its kind's parameter schema; with none,
 * the document's own settings; with several, how many. Every edit is one undo step.
 */
export function Inspector() {
  const { t } = useTranslation();
  const selected = useFlowStore((state) => state.selectedNodeIds);
  const node = useDocumentStore((state) =>
    selected.length === 1
      ? state.document.nodes.find((candidate) => candidate.id === selected[0])
      : undefined,
  );
  return (
    <section className="inspector" aria-label={t('inspector.title')}>
      {node ? (
        <NodeInspector key={node.id} node={node} />
      ) : selected.length > 1 ? (
        <p className="inspector-hint">{t('inspector.many', { count: selected.length })}</p>
      ) : (
        <>
          <p className="inspector-hint">{t('inspector.empty')}</p>
          <DocumentSection />
        </>
      )}
    </section>
  );
}
