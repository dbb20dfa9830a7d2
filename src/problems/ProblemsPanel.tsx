import { useTranslation } from 'react-i18next';
import { diagnosticCodes, diagnosticText } from '../../compiler/index.ts';
import { useFocusNode } from '../canvas/use-focus-node.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useCheckStore } from '../store/check-store.ts';
import { useCheckedDocument } from '../store/use-checked-document.ts';

const order = { error: 0, warning: 1, info: 2 } as const;

/** Every diagnostic of the document, errors first; clicking one selects its node and centres the canvas on it. */
export function ProblemsPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { diagnostics, document } = useCheckedDocument();
  const focusNode = useFocusNode();
  const current = useCheckStore((state) => state.current);
  const failure = useCheckStore((state) => state.failure);
  const sorted = [...diagnostics].sort((a, b) => order[a.severity] - order[b.severity]);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
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
          {t('problems.errors', { count: errors })}, {t('problems.warnings', { count: warnings })}
        </span>
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
          {sorted.map((diagnostic) => (
            <li
              key={`${diagnostic.code}|${diagnostic.nodeId ?? ''}|${diagnostic.edgeId ?? ''}|${diagnostic.field ?? ''}|${diagnostic.message}`}
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
                <span className="problem-message">{diagnosticText(diagnostic, language)}</span>
                {/* What the code means, from the one table the CLI and the README share, in the UI's language. */}
                <code className="problem-code" title={diagnosticCodes[diagnostic.code]?.[language]}>
                  {diagnostic.code}
                </code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
