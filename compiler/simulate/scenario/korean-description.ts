import { maxPreferenceWeight } from './scenario-schema.ts';

// The scenario schema's descriptions (which finish "FIELD must be …") in Korean, by their English words.
const fixed: Record<string, string> = {
  'base units as decimal text such as "1000000"': '"1000000" 같은 기본 단위의 십진수 텍스트',
  'an id of letters, digits, "_", "." and "-", up to 64 characters':
    '문자, 숫자, "_", ".", "-"로 된 64자 이하의 id',
  [`an object of weights {"for", "against", "abstain"}, each from 0 to ${maxPreferenceWeight}`]: `각각 0부터 ${maxPreferenceWeight}까지인 가중치 객체 {"for", "against", "abstain"}`,
  'an electorate model: {"distribution": "equal", "pareto", "whales" or "csv", ...}':
    '투표자 모델: {"distribution": "equal", "pareto", "whales", "csv" 중 하나, ...}',
  'a percentage as decimal text such as "40"': '"40" 같은 십진수 텍스트로 쓴 백분율',
  'text of "address,balance" lines': '"address,balance" 줄로 된 텍스트',
  'a sample proposal {"type", ...}': '표본 제안 {"type", ...}',
  'a proposal type': '제안 유형',
  text: '텍스트',
  'a list of text, up to 1000 options': '선택지 1000개 이하의 텍스트 목록',
  'an object of overrides by electorate id': '투표자 id별 재정의 객체',
  'an object {"turnout", "preference"}': '객체 {"turnout", "preference"}',
  'a JSON object': 'JSON 객체',
  'an object of electorate models by electorate id': '투표자 id별 투표자 모델 객체',
  'a stage id': '단계 id',
  'a UTC moment such as "2026-07-24T18:52:59Z"': '"2026-07-24T18:52:59Z" 같은 UTC 시각',
  'a list of sample proposals, up to 10000': '표본 제안 10000개 이하의 목록',
  'a valid key': '올바른 키',
  'shaped as documented': '문서에 적힌 형태',
  'something else': '다른 값',
};

/** A scenario schema description in Korean; one Charter has no words for is left in English. */
export function koreanDescription(description: string): string {
  const known = fixed[description];
  if (known !== undefined) return known;
  const range = /^a (whole )?number from (\S+) to (\S+)$/.exec(description);
  if (range) return `${range[2]} 이상 ${range[3]} 이하의 ${range[1] ? '정수' : '수'}`;
  const oneOf = /^one of (.+)$/.exec(description);
  if (oneOf) return `${oneOf[1]} 중 하나`;
  return description;
}
