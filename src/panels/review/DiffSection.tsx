import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CharterDocument, diagnosticText, parseDocument } from '../../../compiler/index.ts';
import { readAutosave } from '../../documents/autosave.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useDocumentStore } from '../../store/document-store.ts';
import { DiffCanvas } from './DiffCanvas.tsx';
import { changeText } from './diff-overlay.ts';
import { linkProblemText } from './link-problem-text.ts';
import { decodeShareLink } from './share-link-codec.ts';
import { useDiff } from './use-diff.ts';
import { readVersions, type SavedVersion } from './version-history.ts';

/** The other (earlier) version, where it came from in words, and whether it is one of the user's saved versions. */
interface Other {
  document: CharterDocument;
  source: string;
  saved: boolean;
}

/** The versions to offer: the recorded history, and the autosave when the history does not already hold it. */
async function historyVersions(): Promise<SavedVersion[]> {
  const [versions, autosave] = await Promise.all([readVersions(), readAutosave()]);
  if (autosave && !versions.some((v) => JSON.stringify(v.document) === JSON.stringify(autosave.document)))
    versions.push({ savedAt: autosave.savedAt, document: autosave.document });
  return versions.sort((a, b) => b.savedAt - a.savedAt);
}

/**
 * Compares the canvas with an earlier version, from a file, a pasted share link or the autosaved history: what
 * changed from that version to the canvas, nodes added green and removed red, changed values before → after on the
 * cards and in a list, the diff in words, and both versions on one canvas. A saved version can be restored, as one
 * edit that Undo takes back.
 */
export function DiffSection() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const [other, setOther] = useState<Other | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [pasted, setPasted] = useState('');
  const [versions, setVersions] = useState<SavedVersion[]>([]);
  const view = useDiff(other?.document);
  const fileInput = useRef<HTMLInputElement>(null);
  const [restored, setRestored] = useState<string | undefined>();
  useEffect(() => {
    void historyVersions().then(setVersions);
  }, []);

  const open = (document: CharterDocument, source: string, saved = false) => {
    setError(undefined);
    setRestored(undefined);
    setOther({ document, source, saved });
  };
  const restore = (version: Other) => {
    useDocumentStore.getState().edit(() => version.document);
    setOther(undefined);
    setRestored(version.source);
  };
  const fromFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    const loaded = parseDocument(await file.text());
    if (loaded.ok) open(loaded.document, t('review.sourceFile', { name: file.name }));
    else {
      const first = loaded.diagnostics[0];
      setError(
        t('review.fileError', { name: file.name, reason: first ? diagnosticText(first, language) : '' }),
      );
    }
  };
  const fromLink = () => {
    const decoded = decodeShareLink(pasted);
    if (decoded.ok) open(decoded.document, t('review.sourceLink'));
    else setError(t('review.linkError', { reason: linkProblemText(decoded, t, language) }));
  };
  const time = (at: number) => new Date(at).toLocaleString(i18n.language);

  return (
    <section className="review-section review-diff" aria-labelledby="review-diff-title">
      <h3 id="review-diff-title">{t('review.diff')}</h3>
      <p className="review-muted">{t('review.diffHint')}</p>
      <div className="review-diff-source">
        <div className="review-row">
          <span>{t('review.fromFile')}</span>
          <button type="button" className="review-file-button" onClick={() => fileInput.current?.click()}>
            {t('review.chooseFile')}
          </button>
          <input
            ref={fileInput}
            id="review-diff-file"
            className="review-file-input"
            type="file"
            accept=".json,application/json"
            tabIndex={-1}
            aria-hidden="true"
            onChange={fromFile}
          />
        </div>
        <textarea
          className="review-paste"
          aria-label={t('review.pasteLink')}
          placeholder={t('review.pasteLink')}
          rows={2}
          value={pasted}
          onChange={(event) => setPasted(event.currentTarget.value)}
        />
        <div className="review-row">
          <button type="button" onClick={fromLink} disabled={pasted.trim() === ''}>
            {t('review.compareLink')}
          </button>
        </div>
        <label>
          {t('review.fromHistory')}{' '}
          <select
            value=""
            onFocus={() => void historyVersions().then(setVersions)}
            onChange={(event) => {
              const version = versions[Number(event.currentTarget.value)];
              if (version)
                open(version.document, t('review.sourceSaved', { time: time(version.savedAt) }), true);
            }}
          >
            <option value="">
              {versions.length === 0 ? t('review.noHistory') : t('review.chooseVersion')}
            </option>
            {versions.map((version, index) => (
              <option key={version.savedAt} value={index}>
                {t('review.historyEntry', {
                  time: time(version.savedAt),
                  name: version.document.name,
                  count: version.document.nodes.length,
                })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {restored ? (
        <p className="review-restored" role="status">
          {t('review.restored', { source: restored })}
        </p>
      ) : null}
      {error ? (
        <p className="review-error" role="alert">
          {error}
        </p>
      ) : null}
      {other && view ? (
        <div className="review-diff-result">
          <div className="review-row">
            <strong className="review-comparing">{t('review.comparing', { source: other.source })}</strong>
            {other.saved ? (
              <button type="button" onClick={() => restore(other)}>
                {t('review.restore')}
              </button>
            ) : null}
            <button type="button" onClick={() => setOther(undefined)}>
              {t('review.clearDiff')}
            </button>
          </div>
          <div className="review-legend">
            <span className="added">{t('review.legendAdded')}</span>
            <span className="removed">{t('review.legendRemoved')}</span>
            <span className="changed">{t('review.legendChanged')}</span>
          </div>
          <h4>{t('review.diffWords')}</h4>
          {view.sentences.length === 0 ? (
            <p className="review-muted">{t('review.noDifferences')}</p>
          ) : (
            <ul className="review-list review-diff-words">
              {view.sentences.map((sentence, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a list rebuilt whole, never reordered
                <li key={`${index}:${sentence}`}>{sentence}</li>
              ))}
            </ul>
          )}
          {view.diff.changed.length > 0 ? (
            <>
              <h4>{t('review.changedNodes')}</h4>
              <ul className="review-list review-diff-changed">
                {view.diff.changed.flatMap((node) =>
                  node.changes.map((change) => (
                    <li key={`${node.id}:${change.path}`} className="review-change" data-node={node.id}>
                      <strong>{node.label}</strong> — {changeText(change)}
                    </li>
                  )),
                )}
              </ul>
            </>
          ) : null}
          {view.diff.added.length > 0 ? (
            <>
              <h4>{t('review.addedNodes')}</h4>
              <ul className="review-list review-diff-added">
                {view.diff.added.map((node) => (
                  <li key={node.id}>
                    {node.label} ({node.kind})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {view.diff.removed.length > 0 ? (
            <>
              <h4>{t('review.removedNodes')}</h4>
              <ul className="review-list review-diff-removed">
                {view.diff.removed.map((node) => (
                  <li key={node.id}>
                    {node.label} ({node.kind})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h4>{t('review.diffCanvas')}</h4>
          <DiffCanvas current={view.current} other={other.document} label={t('review.diffCanvas')} />
        </div>
      ) : null}
    </section>
  );
}
