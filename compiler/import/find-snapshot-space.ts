import type { ImportNote } from './import-note.ts';
import { isJsonObject, type JsonObject, own } from './json-object.ts';
import { malformedSpace } from './malformed-space.ts';

/**
 * The space object in a Snapshot space file: the hub's GraphQL answer (`{"data": {"space": …}}`), its `space`
 * alone (`{"space": …}`, also one entry of Charter's Snapshot target), the bare space, or the whole output of
 * `charter compile --target snapshot` when it holds exactly one space. Gives the space and the path it was found at,
 * or a reason that says what the file holds instead.
 */
export function findSnapshotSpace(
  value: unknown,
): { ok: true; space: JsonObject; at: string } | { ok: false; reason: ImportNote } {
  if (!isJsonObject(value))
    return malformedSpace(
      'the file',
      'expected a JSON object (a Snapshot space).',
      'JSON 객체(Snapshot 스페이스)가 아닙니다.',
    );
  const errors = own(value, 'errors');
  if (Array.isArray(errors) && errors.length > 0) {
    const first = isJsonObject(errors[0]) ? own(errors[0], 'message') : undefined;
    const said = typeof first === 'string' ? first.slice(0, 200) : 'no message';
    return malformedSpace(
      'errors',
      `the hub answered with an error (${said}), not a space.`,
      `허브가 스페이스 대신 오류(${said})로 답했습니다.`,
    );
  }
  const data = own(value, 'data');
  if (isJsonObject(data)) {
    const space = own(data, 'space');
    if (isJsonObject(space)) return { ok: true, space, at: 'data.space' };
    return malformedSpace(
      'data.space',
      space === null ? 'the hub found no such space (null).' : 'expected the space object.',
      space === null ? '허브에 그런 스페이스가 없습니다(null).' : '스페이스 객체가 아닙니다.',
    );
  }
  const parameters = own(value, 'parameters');
  if (isJsonObject(parameters) && Array.isArray(own(parameters, 'spaces'))) {
    const spaces = own(parameters, 'spaces') as unknown[];
    if (spaces.length !== 1)
      return malformedSpace(
        'parameters.spaces',
        `expected one space, found ${spaces.length}.`,
        `스페이스가 하나여야 하는데 ${spaces.length}개입니다.`,
      );
    const entry = spaces[0];
    const space = isJsonObject(entry) ? own(entry, 'space') : undefined;
    if (isJsonObject(space)) return { ok: true, space, at: 'parameters.spaces[0].space' };
    return malformedSpace(
      'parameters.spaces[0].space',
      'expected the space object.',
      '스페이스 객체가 아닙니다.',
    );
  }
  const space = own(value, 'space');
  if (isJsonObject(space)) return { ok: true, space, at: 'space' };
  if (Object.hasOwn(value, 'strategies') || Object.hasOwn(value, 'voting'))
    return { ok: true, space: value, at: '' };
  return malformedSpace(
    'the file',
    'no Snapshot space found (expected "data.space", "space", or a space with "strategies" and "voting").',
    'Snapshot 스페이스가 없습니다("data.space", "space", 또는 "strategies"와 "voting"이 있는 스페이스가 필요합니다).',
  );
}
