import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharterDocument } from '../../compiler/index.ts';
import { targetNames } from '../panels/output/target-names.ts';
import { useCompiled } from '../panels/output/use-compiled.ts';
import { useDocumentStore } from '../store/document-store.ts';
import { targetFix } from './target-fix.ts';

/**
 * Where the rules can run: each target's verdict beside the document's own problems, from the same compile job as
 * the Output panel (one query, one worker), so "0 errors" never hides "cannot deploy on OpenZeppelin". A target
 * that cannot express the rules lists the compiler's reasons, each a button to the node it names.
 */
export function TargetVerdicts(props: {
  document: CharterDocument;
  names: ReadonlyMap<string, string>;
  onFocus: (nodeId: string) => void;
}) {
  const { t } = useTranslation();
  const query = useCompiled(props.document);
  const response = query.data;
  // The fixes compile the document to check them: once per compiled version, not per render.
  const fixes = useMemo(() => {
    const found = new Map<string, (document: CharterDocument) => CharterDocument>();
    if (!response || !('result' in response) || !response.result.ok || query.isPlaceholderData) return found;
    for (const [target, verdict] of Object.entries(response.result.config.targets))
      for (const problem of verdict.problems) {
        if (problem.nodeId == null) continue;
        const fix = targetFix(props.document, target, problem.nodeId);
        if (fix) found.set(`${target}|${problem.nodeId}`, fix);
      }
    return found;
  }, [response, query.isPlaceholderData, props.document]);
  const title = <h3 className="problems-targets-title">{t('problems.targets.title')}</h3>;
  if (!response || 'failure' in response || query.error) {
    const failed = (response && 'failure' in response) || query.error;
    return (
      <section className="problems-targets" aria-label={t('problems.targets.title')}>
        {title}
        <p className="problems-none">{t(failed ? 'problems.targets.failed' : 'problems.targets.checking')}</p>
      </section>
    );
  }
  const { result } = response;
  if (!result.ok)
    return (
      <section className="problems-targets" aria-label={t('problems.targets.title')}>
        {title}
        <p className="problems-none">{t('problems.targets.blocked')}</p>
      </section>
    );
  return (
    <section
      className="problems-targets"
      aria-label={t('problems.targets.title')}
      data-current={!query.isPlaceholderData}
    >
      {title}
      <ul>
        {targetNames.map((target) => {
          const verdict = result.config.targets[target.id];
          if (!verdict) return null;
          return (
            <li
              key={target.id}
              className="target-verdict"
              data-target={target.id}
              data-verdict={verdict.verdict}
            >
              <strong>{target.title}</strong>{' '}
              <span className={`target-verdict-mark target-verdict-${verdict.verdict}`}>
                {t(`problems.targets.verdict.${verdict.verdict}`)}
              </span>
              {verdict.verdict === 'unsupported' ? (
                <ul className="target-verdict-reasons">
                  {verdict.problems.map((problem) => (
                    <li key={`${problem.nodeId ?? ''}|${problem.message}`} className="problem-row">
                      <button
                        type="button"
                        className="problem problem-error"
                        data-code={problem.code}
                        data-node-id={problem.nodeId ?? undefined}
                        disabled={problem.nodeId == null}
                        onClick={() => problem.nodeId != null && props.onFocus(problem.nodeId)}
                      >
                        <span className="problem-severity">{t('problems.targets.cannot')}</span>
                        <span className="problem-where">
                          {problem.nodeId != null ? props.names.get(problem.nodeId) : t('problems.document')}
                        </span>
                        <span className="problem-message">{problem.message}</span>
                        <code className="problem-code">{problem.code}</code>
                      </button>
                      {fixes.has(`${target.id}|${problem.nodeId}`) ? (
                        <button
                          type="button"
                          className="problem-fix"
                          data-fix="bypass"
                          onClick={() =>
                            useDocumentStore.getState().edit(fixes.get(`${target.id}|${problem.nodeId}`)!)
                          }
                        >
                          {t('problems.fix.bypass', { target: target.title })}
                        </button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
