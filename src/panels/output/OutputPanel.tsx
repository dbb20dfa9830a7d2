import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentFileName } from '../../documents/document-file.ts';
import { useDocumentStore } from '../../store/document-store.ts';
import './output-panel.css';
import { outputText } from './output-text.ts';
import { TargetView } from './TargetView.tsx';
import { TextBlock } from './TextBlock.tsx';
import { targetNames } from './target-names.ts';
import { useCompiled } from './use-compiled.ts';

/**
 * What `charter compile` gives for the document on the canvas: the canonical config with its keccak256 hash, and
 * each target's parameters with their meaning in words, calldata, copy and download, in tabs.
 */
export function OutputPanel() {
  const { t, i18n } = useTranslation();
  const document = useDocumentStore((state) => state.document);
  const query = useCompiled(document);
  const [tab, setTab] = useState<string>('config');
  const response = query.data;
  // The job could not even be sent (the worker did not start): that is a failure too, never "Compiling…" forever.
  const failure =
    response && 'failure' in response
      ? response.failure
      : query.error
        ? { reason: 'internal' as const, message: query.error.message }
        : undefined;
  const current = !query.isPlaceholderData;
  if (failure)
    return (
      <div className="output-panel" data-current={current}>
        <p className="output-problem output-failure" role="alert">
          {t(`output.failed.${failure.reason}`, { detail: failure.message })}
        </p>
      </div>
    );
  if (!response || 'failure' in response) return <p className="panel-loading">{t('output.compiling')}</p>;
  const { result } = response;
  if (!result.ok) {
    const count = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    return (
      <div className="output-panel" data-current={current}>
        <p className="output-problem" role="alert">
          {t('output.invalid', { count })}
        </p>
      </div>
    );
  }
  const { config } = result;
  const told = response.enforcement?.[i18n.language === 'ko' ? 'ko' : 'en'];
  const enforcement = told?.ok ? told : undefined;
  const labels = new Map(document.nodes.map((node) => [node.id, node.label || node.id]));
  const tabs = [{ id: 'config', title: t('output.config') }, ...targetNames];
  const shown = targetNames.find((target) => target.id === tab);
  const base = documentFileName(document).replace(/\.charter\.json$/, '');
  return (
    <div className="output-panel" data-current={current}>
      <div className="output-tabs" role="tablist" aria-label={t('output.tabs')}>
        {tabs.map((entry) => {
          const verdict = entry.id === 'config' ? undefined : config.targets[entry.id]?.verdict;
          const mark =
            verdict === 'unsupported'
              ? ` ${t('output.cannot')}`
              : verdict === 'not-applicable'
                ? ` ${t('output.notUsed')}`
                : '';
          return (
            <button
              key={entry.id}
              type="button"
              role="tab"
              aria-selected={entry.id === tab}
              className={`output-tab${verdict === undefined ? '' : ` ${verdict}`}`}
              data-verdict={verdict}
              onClick={() => setTab(entry.id)}
            >
              {entry.title}
              {mark}
            </button>
          );
        })}
      </div>
      <div className="output-body" role="tabpanel">
        {shown ? (
          <TargetView
            config={config}
            target={shown}
            labels={labels}
            enforcement={enforcement?.targets.find((entry) => entry.target === shown.id)}
            unenforced={enforcement?.unenforced ?? []}
          />
        ) : (
          <>
            <p className="output-hash">
              {t('output.hash')} <code>{config.hash}</code>
            </p>
            <TextBlock
              title={t('output.configJson')}
              note="charter compile FILE"
              text={outputText(config)}
              fileName={`${base}.config.json`}
            />
          </>
        )}
      </div>
    </div>
  );
}
