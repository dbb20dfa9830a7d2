import type { ImportNote } from './import-note.ts';
import { isJsonObject, type JsonObject, own } from './json-object.ts';
import { listNames } from './list-names.ts';

const filled = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.length > 0
    : isJsonObject(value)
      ? Object.keys(value).length > 0
      : value === true;

/**
 * Notes for what a space sets that a rule document does not draw: who administers and moderates it, its listed
 * members, plugins, treasuries, privacy and the display options of its votes. Each is said, never dropped in silence.
 */
export function snapshotSpaceNotes(space: JsonObject): ImportNote[] {
  const notes: ImportNote[] = [];
  const count = (key: string) => {
    const value = own(space, key);
    return Array.isArray(value) ? value.length : 0;
  };
  const roles: [string, [string, string], string][] = [
    [
      'admins',
      ['admin', 'who may change every setting of the space (these rules included)'],
      '모든 스페이스 설정(이 규칙 포함)을 바꿀 수 있는 관리자',
    ],
    ['moderators', ['moderator', 'who may hide proposals'], '제안을 숨길 수 있는 중재자'],
    [
      'members',
      ['author', 'who may propose whatever the proposal validation says'],
      '제안 검증과 관계없이 제안할 수 있는 작성자',
    ],
  ];
  for (const [key, [noun, who], ko] of roles) {
    const n = count(key);
    if (n > 0)
      notes.push({
        code: `snapshot-${key}`,
        en: `The space has ${n} ${n === 1 ? noun : `${noun}s`}, ${who}; the drawing does not show ${n === 1 ? 'it' : 'them'}.`,
        ko: `이 스페이스에는 ${ko} ${n}명이 있으며, 그림에는 나타나지 않습니다.`,
      });
  }
  const plugins = own(space, 'plugins');
  if (filled(plugins))
    notes.push({
      code: 'snapshot-plugins',
      en: `The space uses plugins (${listNames(Object.keys(plugins as JsonObject))}); what they do is not in the drawing.`,
      ko: `이 스페이스는 플러그인(${listNames(Object.keys(plugins as JsonObject))})을 씁니다. 그 동작은 그림에 없습니다.`,
    });
  if (filled(own(space, 'treasuries')))
    notes.push({
      code: 'snapshot-treasuries',
      en: 'The space lists treasuries; Snapshot executes nothing from them, and the drawing does not show them.',
      ko: '이 스페이스에는 금고 목록이 있습니다. Snapshot은 거기서 아무것도 실행하지 않으며, 그림에도 나타나지 않습니다.',
    });
  if (own(space, 'private') === true)
    notes.push({
      code: 'snapshot-private',
      en: "The space is private (hidden from Snapshot's listing); that does not change its rules.",
      ko: '이 스페이스는 비공개(Snapshot 목록에서 숨김)입니다. 규칙은 바뀌지 않습니다.',
    });
  const voting = own(space, 'voting');
  if (isJsonObject(voting)) {
    const privacy = own(voting, 'privacy');
    if (typeof privacy === 'string' && privacy !== '' && privacy !== 'none')
      notes.push({
        code: 'snapshot-privacy',
        en: `Votes are kept secret until voting ends (${privacy}); the drawing counts the same votes.`,
        ko: `투표가 끝날 때까지 표가 비공개(${privacy})입니다. 그림은 같은 표를 셉니다.`,
      });
    if (own(voting, 'hideAbstain') === true)
      notes.push({
        code: 'snapshot-hide-abstain',
        en: 'The space hides the Abstain choice of basic votes; the drawing keeps it.',
        ko: '이 스페이스는 기본 투표에서 기권 선택지를 숨깁니다. 그림에는 남겨 두었습니다.',
      });
  }
  const filters = own(space, 'filters');
  if (isJsonObject(filters) && own(filters, 'onlyMembers') === true)
    notes.push({
      code: 'snapshot-only-members',
      en: "Only the space's authors may propose (filters.onlyMembers); the drawing does not show who they are.",
      ko: '스페이스의 작성자만 제안할 수 있습니다(filters.onlyMembers). 그림에는 그들이 누구인지 나타나지 않습니다.',
    });
  return notes;
}
