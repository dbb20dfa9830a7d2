import type { TFunction } from 'i18next';
import type { Language } from '../../compiler/index.ts';
import type { ConnectionProblem } from '../edits/connect.ts';

/** Why a connection was refused, in the interface language. */
export function connectionMessage(problem: ConnectionProblem, t: TFunction, language: Language): string {
  switch (problem.code) {
    case 'type-mismatch':
      return t('connection.type-mismatch', {
        fromType: t(`ports.${problem.fromType}`),
        toType: t(`ports.${problem.toType}`),
      });
    case 'port-full':
      return t('connection.port-full', { port: problem.port.label[language], max: problem.max });
    default:
      return t(`connection.${problem.code}`);
  }
}
