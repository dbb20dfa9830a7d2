import { nodeKinds } from '../nodes/catalogue.ts';
import { idPattern } from '../nodes/fields.ts';
import type { JsonSchema, NodeKindDefinition } from '../nodes/node-kind.ts';

/** The stable `$id` of the rule document's schema. */
export const documentSchemaId = 'https://schemas.charter.dev/v1/charter.schema.json';

/** `majority-vote` → `MajorityVote`: the prefix of a kind's `$defs` entries. */
export function pascalCase(kind: string): string {
  return kind.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());
}

function nodeSchema(definition: NodeKindDefinition): JsonSchema {
  const name = pascalCase(definition.kind);
  return {
    title: `${definition.title.en} node`,
    description: definition.description.en,
    'x-ko': { title: definition.title.ko, description: definition.description.ko },
    type: 'object',
    additionalProperties: false,
    required: ['id', 'kind'],
    properties: {
      id: { $ref: '#/$defs/Id' },
      kind: { const: definition.kind },
      label: {
        type: 'string',
        maxLength: 120,
        description: 'What the founder calls this node; the kind title is shown when it is empty.',
      },
      description: { type: 'string', maxLength: 5000, description: 'Notes for people reading the rules.' },
      position: { $ref: '#/$defs/Position' },
      params: { $ref: `#/$defs/${name}Params`, default: {} },
    },
  };
}

/**
 * The JSON Schema (draft 2020-12) of a rule document, built from the node catalogue. `npm run generate` writes it
 * to rules-schema/charter.schema.json, which is what the validator, the JSON editor and other tools read.
 */
export function buildDocumentSchema(): JsonSchema {
  const defs: JsonSchema = {
    Id: {
      type: 'string',
      pattern: idPattern,
      description: 'Letters, digits, `_`, `.` and `-`; up to 64 characters.',
      'x-unit': 'id',
    },
    Position: {
      type: 'object',
      description: 'Where the node sits on the canvas. Nothing the compiler emits depends on it.',
      additionalProperties: false,
      required: ['x', 'y'],
      properties: {
        x: { type: 'number', minimum: -1e7, maximum: 1e7 },
        y: { type: 'number', minimum: -1e7, maximum: 1e7 },
      },
    },
    Chain: {
      type: 'object',
      title: 'Chain',
      description: 'The chain the rules are deployed on.',
      additionalProperties: false,
      required: ['chainId'],
      properties: {
        chainId: {
          type: 'integer',
          minimum: 1,
          maximum: Number.MAX_SAFE_INTEGER,
          title: 'Chain id',
          'x-ko': {
            title: '체인 id',
            description: '규칙을 배포할 체인의 번호: 이더리움은 1, OP 메인넷은 10, Base는 8453입니다.',
          },
          description:
            'The number of the chain the rules run on: 1 for Ethereum, 10 for OP Mainnet, 8453 for Base.',
        },
        blockTime: {
          type: 'number',
          // A hundredth of a second: faster than any chain's blocks, and every duration up to ten years is then a
          // number of blocks that floating point and bigint both hold (5e-324 s made a block count of Infinity).
          minimum: 0.01,
          maximum: 3600,
          default: 12,
          title: 'Block time',
          'x-ko': {
            title: '블록 시간',
            description:
              '블록 하나에 걸리는 초(최소 0.01). 블록 수로 시간을 재는 체인에서 기간을 블록 수로 바꾸는 데 씁니다.',
          },
          'x-unit': 'seconds',
          description:
            'Seconds per block (at least 0.01); turns durations into numbers of blocks where time is counted in blocks.',
        },
        clockMode: {
          type: 'string',
          enum: ['blocknumber', 'timestamp'],
          default: 'blocknumber',
          title: 'Clock',
          'x-enum-titles': ['Counted in blocks', 'Counted in seconds'],
          'x-ko': {
            title: '시계',
            description: '거버넌스 토큰이 시간을 세는 방법: 블록 수 또는 초(시각).',
            enumTitles: ['블록 수로 셈', '초 단위로 셈'],
          },
          description: 'How the governance token counts time: in blocks or in seconds.',
        },
      },
    },
    Endpoint: {
      type: 'object',
      additionalProperties: false,
      required: ['node', 'port'],
      properties: { node: { $ref: '#/$defs/Id' }, port: { $ref: '#/$defs/Id' } },
    },
    CharterEdge: {
      type: 'object',
      title: 'Edge',
      description: 'Joins an output port of one node to an input port of another.',
      additionalProperties: false,
      required: ['id', 'from', 'to'],
      properties: {
        id: { $ref: '#/$defs/Id' },
        from: { $ref: '#/$defs/Endpoint' },
        to: { $ref: '#/$defs/Endpoint' },
      },
    },
    CharterNode: {
      type: 'object',
      description: 'A step of the rule graph; `kind` picks which, and `params` are that kind’s settings.',
      properties: { kind: { type: 'string' } },
      required: ['kind'],
      discriminator: { propertyName: 'kind' },
      oneOf: nodeKinds.map((definition) => ({ $ref: `#/$defs/${pascalCase(definition.kind)}Node` })),
    },
  };
  for (const definition of nodeKinds) {
    const name = pascalCase(definition.kind);
    defs[`${name}Node`] = nodeSchema(definition);
    defs[`${name}Params`] = definition.params;
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: documentSchemaId,
    title: 'Charter rule document',
    description:
      "A DAO's decision rules as a graph of nodes and edges. Durations are in seconds, token amounts in whole tokens as decimal text, percentages as decimal text.",
    type: 'object',
    additionalProperties: false,
    required: ['charter', 'name', 'chain', 'nodes', 'edges'],
    properties: {
      $schema: { type: 'string' },
      charter: { const: '1', description: 'Version of the document format.' },
      name: { type: 'string', minLength: 1, maxLength: 120, title: 'Name', 'x-ko': { title: '이름' } },
      description: {
        type: 'string',
        maxLength: 5000,
        default: '',
        title: 'Description',
        'x-ko': { title: '설명' },
      },
      chain: { $ref: '#/$defs/Chain' },
      currentStage: {
        $ref: '#/$defs/Id',
        title: 'Current stage',
        'x-ko': { title: '현재 단계', description: 'DAO가 지금 있는 탈중앙화 단계. 단계 노드에서 고릅니다.' },
        description: 'The stage of decentralization the DAO is in now, chosen from its stage node.',
      },
      nodes: { type: 'array', maxItems: 20_000, items: { $ref: '#/$defs/CharterNode' } },
      edges: { type: 'array', maxItems: 50_000, items: { $ref: '#/$defs/CharterEdge' } },
    },
    $defs: defs,
  };
}
