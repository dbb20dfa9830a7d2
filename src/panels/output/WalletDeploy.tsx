import { useTranslation } from 'react-i18next';
import type { CharterConfig } from '../../../compiler/index.ts';
import { useWalletDeployment, type WalletTarget } from './use-wallet-deployment.ts';

/**
 * "Deploy with your wallet": connects the browser's wallet, lists the plan's transactions with their state, sends them
 * in order (a reload resumes from the saved progress), names the step where it stopped, and ends by reading the
 * contracts back and comparing them with the drawing.
 */
export function WalletDeploy(props: { config: CharterConfig; target: WalletTarget; unit: string }) {
  const { t } = useTranslation();
  const deployment = useWalletDeployment(props.config, props.target, props.unit);
  const { plan, record, problem, readBack, running, account } = deployment;
  const steps = plan?.steps ?? [];
  const started = steps.some((step) => record?.steps[step.id]);
  const finished = steps.length > 0 && steps.every((step) => record?.steps[step.id]?.status === 'confirmed');
  return (
    <section className="wallet-deploy" aria-label={t('output.wallet.title')}>
      <h4>{t('output.wallet.title')}</h4>
      <p className="output-note">{t('output.wallet.intro', { chain: props.config.chain.chainId })}</p>
      {account && plan ? (
        <p className="wallet-account">{t('output.wallet.connected', { account, chain: plan.chainId })}</p>
      ) : (
        <button type="button" onClick={() => void deployment.connect()}>
          {t('output.wallet.connect')}
        </button>
      )}
      {plan?.newToken ? <p className="output-note">{t('output.wallet.newToken')}</p> : null}
      {plan ? (
        <ol className="wallet-steps">
          {steps.map((step) => {
            const done = record?.steps[step.id];
            const status = done?.status ?? 'waiting';
            return (
              <li key={step.id} data-step={step.id} data-status={status}>
                <span>
                  {t(`output.wallet.steps.${step.kind}`, {
                    contract: step.contractName,
                    address: step.address,
                    account: step.account,
                  })}
                </span>{' '}
                <span className="wallet-status">
                  {t(`output.wallet.status.${status}`, {
                    gas: done?.gasUsed ? Number(done.gasUsed).toLocaleString() : '',
                  })}
                </span>
                {done?.created ? (
                  <span className="wallet-created">
                    {t('output.wallet.created', { address: done.created })}
                  </span>
                ) : null}
                {done?.hash ? <code className="wallet-hash">{done.hash}</code> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {plan && !finished ? (
        <div className="wallet-actions">
          <button type="button" className="primary" disabled={running} onClick={() => void deployment.run()}>
            {started ? t('output.wallet.continue') : t('output.wallet.deploy')}
          </button>
          {started || problem?.code === 'nonce-moved' ? (
            <button type="button" disabled={running} onClick={() => void deployment.startOver()}>
              {t('output.wallet.startOver')}
            </button>
          ) : null}
        </div>
      ) : null}
      {problem ? (
        <p className="output-problem" role="alert">
          {t(`output.wallet.problems.${problem.code}`, { ...problem.args })}
        </p>
      ) : null}
      {readBack ? (
        'error' in readBack ? (
          <p className="output-problem" role="status">
            {t('output.wallet.readBackFailed', { error: readBack.error })}
          </p>
        ) : readBack.differences.length === 0 ? (
          <p className="wallet-same" role="status">
            {t('output.wallet.readBackSame')}
          </p>
        ) : (
          <div className="output-problem" role="status">
            <p>{t('output.wallet.readBackDiffers')}</p>
            <ul>
              {readBack.differences.map((difference) => (
                <li key={difference.field}>{t('output.wallet.readBackLine', { ...difference })}</li>
              ))}
            </ul>
          </div>
        )
      ) : null}
    </section>
  );
}
