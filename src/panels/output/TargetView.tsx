import { useTranslation } from 'react-i18next';
import type { CharterConfig, ExplainedSentence, ExplainedTarget, Language } from '../../../compiler/index.ts';
import { DeploySection } from './DeploySection.tsx';
import { outputText } from './output-text.ts';
import { ParameterTable } from './ParameterTable.tsx';
import { parameterRows } from './parameter-rows.ts';
import { TextBlock } from './TextBlock.tsx';
import type { TargetName } from './target-names.ts';
import { WalletDeploy } from './WalletDeploy.tsx';

/**
 * One target's verdict and parameters: its verdict in words (it can enforce every step that runs on it; nothing
 * runs on it; or it cannot express the rules, with the compiler's reasons), each entry as a
 * table of raw values and meanings with its calldata, and the exact JSON `charter compile --target NAME` prints.
 */
export function TargetView(props: {
  config: CharterConfig;
  target: TargetName;
  labels: ReadonlyMap<string, string>;
  /** What the deployed system will and will not enforce on this target, in the interface's language. */
  enforcement?: ExplainedTarget;
  /** Steps no target enforces. */
  unenforced?: readonly ExplainedSentence[];
}) {
  const { t, i18n } = useTranslation();
  const { config, target, labels } = props;
  const result = config.targets[target.id];
  if (!result) return <p className="output-problem">{t('output.noTarget', { target: target.title })}</p>;
  const items = (result.parameters[target.list] ?? []) as Record<string, unknown>[];
  const language = (i18n.language === 'ko' ? 'ko' : 'en') as Language;
  const text = outputText(config, target.id);
  return (
    <div className="output-target" data-target={target.id} data-verdict={result.verdict}>
      {result.verdict === 'supported' ? (
        <p className="output-verdict">{t('output.verdict.supported', { target: target.title })}</p>
      ) : null}
      {result.verdict === 'not-applicable' ? (
        <p className="output-verdict output-not-applicable">
          {t('output.verdict.not-applicable', { target: target.title })} {t(`output.none.${target.id}`)}
        </p>
      ) : null}
      {result.verdict !== 'unsupported' ? null : (
        <section className="output-unsupported" role="alert">
          <h4>{t('output.unsupported', { target: target.title })}</h4>
          <ul>
            {result.problems.map((problem) => (
              <li key={`${problem.nodeId}-${problem.message}`}>
                {problem.message} <code>{problem.code}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.enforcement && result.verdict !== 'not-applicable' ? (
        <EnforcementSection told={props.enforcement} unenforced={props.unenforced ?? []} />
      ) : null}
      {items.map((item, index) => {
        const decision = String(item.vote ?? item.decision ?? index);
        const rows = parameterRows({ target: target.id, item, config, labels, t, language });
        const entry = t(`output.entry.${target.id}`, { label: labels.get(decision) ?? decision });
        // One decision can run in several stages, a unit each: the stage tells them apart. A unit is one per stage
        // and set of nodes, so those make its key.
        const stage = typeof item.stage === 'string' ? item.stage : null;
        const stageName = config.stages.find((candidate) => candidate.id === stage)?.name ?? stage;
        const key = `${stage}|${Array.isArray(item.nodes) ? item.nodes.join(',') : decision}`;
        return (
          <section key={key} className="output-entry" data-decision={decision}>
            <h3>{stageName === null ? entry : t('output.entryStage', { entry, stage: stageName })}</h3>
            <ParameterTable rows={rows} />
            {rows
              .filter((row) => row.calldata)
              .map((row) => (
                <TextBlock
                  key={row.path}
                  title={row.path}
                  note={t('output.meaning.calldata', { bytes: (row.value.length - 2) / 2 })}
                  text={row.value}
                  fileName={`${decision}-${row.path}.hex`}
                  type="text/plain"
                />
              ))}
            {target.id === 'openzeppelin' ? <DeploySection config={config} vote={decision} /> : null}
            {target.id === 'safe' && stage === null ? (
              <WalletDeploy config={config} target="safe" unit={decision} />
            ) : null}
          </section>
        );
      })}
      <TextBlock
        title={t('output.targetJson', { target: target.title })}
        note={`charter compile FILE --target ${target.id}`}
        text={text}
        fileName={`${target.id}.json`}
      />
    </div>
  );
}

/** In plain words, what the deployed system will enforce, what it will not and why, and what no target enforces. */
function EnforcementSection(props: { told: ExplainedTarget; unenforced: readonly ExplainedSentence[] }) {
  const { t } = useTranslation();
  const { told, unenforced } = props;
  const list = (sentences: readonly ExplainedSentence[], kind: string) =>
    sentences.length === 0 ? null : (
      <ul className={`output-enforcement-${kind}`}>
        {sentences.map((sentence) => (
          <li key={sentence.text} data-nodes={sentence.nodes.join(' ')}>
            {sentence.text}
          </li>
        ))}
      </ul>
    );
  return (
    <section className="output-enforcement" aria-label={t('output.enforcement.title')}>
      <h3>{t('output.enforcement.title')}</h3>
      {list(told.enforces, 'enforces')}
      {told.refuses.length > 0 ? <h4>{t('output.enforcement.refuses')}</h4> : null}
      {list(told.refuses, 'refuses')}
      {unenforced.length > 0 ? <h4>{t('output.enforcement.nowhere')}</h4> : null}
      {list(unenforced, 'nowhere')}
    </section>
  );
}
