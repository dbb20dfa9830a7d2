import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Address, isAddress } from 'viem';
import {
  type CharterConfig,
  constructorArgsFor,
  deployCalldata,
  diagnosticText,
} from '../../../compiler/index.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { TextBlock } from './TextBlock.tsx';
import { WalletDeploy } from './WalletDeploy.tsx';

/** Hardhat's first development account: a deployer whose addresses every developer can reproduce. */
const defaultDeployer: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';

/**
 * One Governor path's ABI-encoded constructor arguments (for the addresses a deployer's nonces give, as
 * `charter compile --target openzeppelin --governor-address --timelock-address` encodes them) and the full deploy
 * calldata of its token, timelock and Governor (bytecode + arguments) from the library's `deployCalldata`.
 */
export function DeploySection(props: { config: CharterConfig; vote: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [deployer, setDeployer] = useState<string>(defaultDeployer);
  const valid = isAddress(deployer, { strict: false });
  const path = useMemo(
    () =>
      valid
        ? deployCalldata(props.config, { deployer: deployer as Address, vote: props.vote })[0]
        : undefined,
    [props.config, props.vote, deployer, valid],
  );
  const args = useMemo(
    () =>
      path
        ? constructorArgsFor(props.config, {
            governor: path.governor.address,
            timelock: path.timelock.address,
          })
        : undefined,
    [props.config, path],
  );
  const mine = args?.ok ? args.args.find((entry) => entry.vote === props.vote) : undefined;
  return (
    <div className="output-deploy">
      <WalletDeploy config={props.config} target="openzeppelin" unit={props.vote} />
      <label>
        {t('output.deployer')}{' '}
        <input
          value={deployer}
          onChange={(event) => setDeployer(event.target.value.trim())}
          spellCheck={false}
        />
      </label>
      {valid ? null : <p className="output-problem">{t('output.badDeployer')}</p>}
      {path ? (
        <>
          {mine ? (
            <>
              <TextBlock
                title={t('output.governorArgs')}
                note={t('output.argsNote', {
                  governor: path.governor.address,
                  timelock: path.timelock.address,
                })}
                text={mine.governor}
                fileName={`${props.vote}-governor-constructor-args.hex`}
                type="text/plain"
              />
              <TextBlock
                title={t('output.timelockArgs', {
                  // Compound's Timelock is named just Timelock in its source.
                  contract:
                    path.timelock.contractName === 'Timelock'
                      ? t('output.compoundTimelock')
                      : path.timelock.contractName,
                })}
                text={mine.timelock}
                fileName={`${props.vote}-timelock-constructor-args.hex`}
                type="text/plain"
              />
            </>
          ) : args && !args.ok ? (
            <p className="output-problem">{diagnosticText(args, language)}.</p>
          ) : null}
          {[path.token, path.timelock, path.governor].map((deployment, index) => (
            <TextBlock
              key={deployment.contractName}
              title={t('output.deployData', { step: index + 1, contract: deployment.contractName })}
              note={t('output.deployNote', {
                address: deployment.address,
                bytes: (deployment.data.length - 2) / 2,
              })}
              text={deployment.data}
              fileName={`${props.vote}-${index + 1}-${deployment.contractName}.hex`}
              type="text/plain"
            />
          ))}
        </>
      ) : null}
    </div>
  );
}
