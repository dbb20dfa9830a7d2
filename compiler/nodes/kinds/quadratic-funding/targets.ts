import { refusedElsewhere } from '../../declare/refused-elsewhere.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const what: Localized = { en: 'a quadratic funding round', ko: '제곱 펀딩 라운드' };
const instead: Localized = {
  en: "Run the round on a quadratic funding platform (such as Gitcoin's Allo) outside Charter, then let a Multisig approve its payouts before an Execute by a Safe.",
  ko: '라운드는 Charter 밖의 제곱 펀딩 플랫폼(Gitcoin의 Allo 등)에서 진행하고, 그 지급은 멀티시그가 승인한 뒤 Safe로 실행하세요.',
};

/** No target runs a quadratic funding round. */
export const quadraticFundingTargets: TargetDeclarations<'quadratic-funding'> = refusedElsewhere(
  what,
  instead,
);
