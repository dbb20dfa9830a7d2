import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Address, isAddress } from 'viem';
import { alignByKind, describeDiff, diffDocuments } from '../../compiler/index.ts';
import { Dialog } from '../app/Dialog.tsx';
import { useUiStore } from '../app/ui-store.ts';
import { useDocumentStore } from '../store/document-store.ts';
import { type ChainImportOutcome, importFromChain } from './import-from-chain.ts';
import { importFromSnapshotFile } from './import-from-snapshot-file.ts';
import { useOpenDocument } from './use-open-document.ts';

type Reading = { status: 'idle' } | { status: 'reading' } | { status: 'done'; outcome: ChainImportOutcome };

/**
 * "Import a deployed governor": an endpoint and an address in, the rules the contracts run out, with what the chain
 * cannot say listed before anything is opened. Opening replaces the current document as any import does (asking
 * first when there is unsaved work); a failure leaves everything as it was and says why.
 */
export function ChainImport() {
  const { t, i18n } = useTranslation();
  const { open } = useOpenDocument();
  const [rpc, setRpc] = useState('');
  const [address, setAddress] = useState('');
  const [psp, setPsp] = useState('');
  const [problem, setProblem] = useState<string>();
  const [reading, setReading] = useState<Reading>({ status: 'idle' });
  const [supply, setSupply] = useState('');
  const [blockTime, setBlockTime] = useState('');
  const [spaceFile, setSpaceFile] = useState<File>();
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const close = () => useUiStore.getState().openDialog('none');
  const lang = i18n.language === 'ko' ? 'ko' : 'en';

  const read = async (event: FormEvent) => {
    event.preventDefault();
    const url = rpc.trim();
    const governor = address.trim();
    if (!/^https?:\/\/\S+$/i.test(url)) return setProblem(t('chainImport.badRpc'));
    if (!isAddress(governor, { strict: false })) return setProblem(t('chainImport.badAddress'));
    const processor = psp.trim();
    if (processor !== '' && !isAddress(processor, { strict: false }))
      return setProblem(t('chainImport.badPsp'));
    setProblem(undefined);
    setReading({ status: 'reading' });
    const outcome = await importFromChain(
      url,
      governor as Address,
      processor ? { psp: processor as Address } : {},
    );
    if (live.current) setReading({ status: 'done', outcome });
  };

  const readSpace = async (file: File | undefined) => {
    setSpaceFile(file);
    if (!file) return;
    setProblem(undefined);
    setReading({ status: 'reading' });
    const result = await importFromSnapshotFile(file, supply, blockTime);
    if (!live.current) return;
    if (result.ok) setReading({ status: 'done', outcome: result });
    else {
      setReading({ status: 'idle' });
      setProblem(
        t(
          result.note.code === 'snapshot-space-malformed'
            ? 'chainImport.snapshotMalformed'
            : 'chainImport.snapshotRefused',
          {
            reason: result.note[lang],
          },
        ),
      );
    }
  };

  const outcome = reading.status === 'done' ? reading.outcome : undefined;
  const [comparing, setComparing] = useState(false);
  const current = useDocumentStore((state) => state.document);
  // What would change if the canvas adopted the rules read from the chain: nodes matched by kind where each side has
  // one, then the library's diff in sentences, from the canvas (before) to the chain (after).
  const changes = useMemo(() => {
    if (!comparing || !outcome?.ok) return undefined;
    const adopted = alignByKind(outcome.document, current);
    return describeDiff(diffDocuments(current, adopted, lang), current, adopted, lang);
  }, [comparing, outcome, current, lang]);
  const failure =
    outcome && !outcome.ok
      ? outcome.reason === 'refused'
        ? t('chainImport.refused', { reason: outcome.note[lang] })
        : t(`chainImport.${outcome.reason === 'not-governor' ? 'notGovernor' : 'unreachable'}`, {
            detail: outcome.detail,
          })
      : undefined;

  return (
    <Dialog title={t('chainImport.title')} onClose={close} className="chain-import">
      <p>{t('chainImport.intro')}</p>
      <form className="chain-import-form" onSubmit={(event) => void read(event)}>
        <label>
          {t('chainImport.rpc')}
          <input
            value={rpc}
            onChange={(event) => setRpc(event.target.value)}
            placeholder={t('chainImport.rpcPlaceholder')}
            spellCheck={false}
            inputMode="url"
          />
        </label>
        <label>
          {t('chainImport.address')}
          <input
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            placeholder="0x…"
            spellCheck={false}
          />
        </label>
        <label>
          {t('chainImport.psp')}
          <input
            value={psp}
            onChange={(event) => setPsp(event.target.value)}
            placeholder={t('chainImport.pspPlaceholder')}
            spellCheck={false}
          />
        </label>
        <button type="submit" disabled={reading.status === 'reading'}>
          {reading.status === 'reading' ? t('chainImport.reading') : t('chainImport.read')}
        </button>
      </form>
      <h3>{t('chainImport.snapshotTitle')}</h3>
      <p>{t('chainImport.snapshotIntro')}</p>
      <form className="chain-import-form" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('chainImport.snapshotSupply')}
          <input
            value={supply}
            onChange={(event) => setSupply(event.target.value)}
            placeholder="1000000000"
            spellCheck={false}
            inputMode="decimal"
          />
        </label>
        <label>
          {t('chainImport.snapshotBlockTime')}
          <input
            value={blockTime}
            onChange={(event) => setBlockTime(event.target.value)}
            placeholder="2"
            spellCheck={false}
            inputMode="decimal"
          />
        </label>
        <label>
          {t('chainImport.snapshotFile')}
          <input
            type="file"
            accept=".json,application/json"
            disabled={reading.status === 'reading'}
            onChange={(event) => void readSpace(event.target.files?.[0])}
          />
        </label>
        {spaceFile && problem ? (
          <button type="button" onClick={() => void readSpace(spaceFile)}>
            {t('chainImport.snapshotAgain')}
          </button>
        ) : null}
      </form>
      {problem || failure ? (
        <p className="chain-import-problem" role="alert">
          {problem ?? failure}
        </p>
      ) : null}
      {outcome?.ok ? (
        <section className="chain-import-result" aria-live="polite">
          <h3>
            {t('chainImport.readTitle', {
              name: outcome.document.name,
              chainId: outcome.document.chain.chainId,
            })}
          </h3>
          <p>{t('chainImport.readNodes', { count: outcome.document.nodes.length })}</p>
          <h4>{t('chainImport.notes')}</h4>
          <ul className="chain-import-notes">
            {outcome.notes.map((note) => (
              <li key={note.code + note.en}>{note[lang]}</li>
            ))}
          </ul>
          {changes ? (
            <section className="chain-import-compare" aria-label={t('chainImport.compareTitle')}>
              <h4>{t('chainImport.compareTitle')}</h4>
              <p className="chain-import-note">{t('chainImport.compareNote')}</p>
              {changes.length === 0 ? (
                <p>{t('chainImport.compareSame')}</p>
              ) : (
                <ul>
                  {changes.map((sentence) => (
                    <li key={sentence}>{sentence}</li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              {t('chainImport.cancel')}
            </button>
            <button type="button" aria-pressed={comparing} onClick={() => setComparing((shown) => !shown)}>
              {t('chainImport.compare')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                const { document } = outcome;
                close();
                open(document, () =>
                  useUiStore
                    .getState()
                    .toast(
                      'info',
                      t('chainImport.opened', { name: document.name, chainId: document.chain.chainId }),
                    ),
                );
              }}
            >
              {t('chainImport.open')}
            </button>
          </div>
        </section>
      ) : null}
    </Dialog>
  );
}
