import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusNode } from '../canvas/use-focus-node.ts';
import { useCompiled } from '../panels/output/use-compiled.ts';
import { useCheckStore } from '../store/check-store.ts';
import { useDocumentStore } from '../store/document-store.ts';
import { useCheckedDocument } from '../store/use-checked-document.ts';
import './problems.css';
import { fixFor } from './fix-for.ts';
import { TargetVerdicts } from './TargetVerdicts.tsx';

const order = { error: 0, warning: 1, info: 2 } as const;

/**
 * Every diagnostic of the document, errors first; clicking one selects its node and centres the canvas on it, and a
 * problem with a fix offers it as a button (one edit, which Undo takes back). Beside them, each target's verdict, so
 * a document without errors that no target can run does not look done.
 */
export function ProblemsPanel() {
  const { t } = useTranslation();
  const { diagnostics, document } = useCheckedDocument();
  const focusNode = useFocusNode();
  const current = useCheckStore((state) => state.current);
  const failure = useCheckStore((state) => state.failure);
  const compiled = useCompiled(document).data;
  const sorted = [...diagnostics].sort((a, b) => order[a.severity] - order[b.severity]);
  // A fix may compile the document to check it keeps every target: once per checked version, not per render.
  const fixes = useMemo(
    () => new Map(diagnostics.map((diagnostic) => [diagnostic, fixFor(diagnostic, document)])),
    [diagnostics, document],
  );
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const cannot =
    compiled && 'result' in compiled && compiled.result.ok
      ? Object.values(compiled.result.config.targets).filter((target) => target.verdict === 'unsupported')
          .length
      : 0;
  const names = new Map(document.nodes.map((node) => [node.id, node.label || node.id]));
  return (
    <section
      className="problems"
      aria-label={t('problems.title')}
      aria-busy={!current && failure === undefined}
      data-checked={current}
    >
      <header>
        <span className="problems-count" data-errors={errors} data-warnings={warnings}>
          {t('problems.summary', {
            errors: t('problems.errors', { count: errors }),
            warnings: t('problems.warnings', { count: warnings }),
          })}
        </span>
        {cannot > 0 ? (
          <span className="problems-cannot" data-targets={cannot}>
            {t('problems.cannotDeploy', { count: cannot })}
          </span>
        ) : null}
      </header>
      {failure ? (
        <p className="problems-failure" role="alert">
          {t(`problems.failed.${failure.reason}`, { detail: failure.message })}
        </p>
      ) : null}
      {sorted.length === 0 ? (
        <p className="problems-none">{t('problems.none')}</p>
      ) : (
        <ul>
          {sorted.map((diagnostic) => {
            const fix = fixes.get(diagnostic);
            return (
              <li
                key={`${diagnostic.code}|${diagnostic.nodeId ?? ''}|${diagnostic.edgeId ?? ''}|${diagnostic.field ?? ''}|${diagnostic.message}`}
                className="problem-row"
              >
                <button
                  type="button"
                  className={`problem problem-${diagnostic.severity}`}
                  data-code={diagnostic.code}
                  data-node-id={diagnostic.nodeId}
                  disabled={diagnostic.nodeId === undefined}
                  onClick={() => diagnostic.nodeId !== undefined && focusNode(diagnostic.nodeId)}
                >
                  <span className="problem-severity">{t(`problems.severity.${diagnostic.severity}`)}</span>
                  <span className="problem-where">
                    {diagnostic.nodeId !== undefined ? names.get(diagnostic.nodeId) : t('problems.document')}
                  </span>
                  <span className="problem-message">{diagnostic.message}</span>
                  <code className="problem-code">{diagnostic.code}</code>
                </button>
                {fix ? (
                  <button
                    type="button"
                    className="problem-fix"
                    data-fix={fix.key}
                    onClick={() => useDocumentStore.getState().edit(fix.apply)}
                  >
                    {t(`problems.fix.${fix.key}`, fix.values ?? {})}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <TargetVerdicts document={document} names={names} onFocus={focusNode} />
    </section>
  );
}
