import type { JsonSchema } from '../nodes/node-kind.ts';
import { closedObject } from './closed-object.ts';

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });
const arrayOf = (name: string): JsonSchema => ({ type: 'array', items: ref(name) });

/**
 * The config's schema before each body's and each step's `rule` is pinned to its node kind: the shape every config
 * has, whatever nodes it was compiled from. {@link buildConfigSchema} adds the rules; the TypeScript types in
 * compiler/generated/charter-config.ts are generated from this (a rule stays an open record there).
 */
export const configSchemaBase: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.charter.dev/v1/config.schema.json',
  title: 'Charter compiled config',
  description:
    'What `charter compile` emits: a rule document lowered to exact units. Token amounts are base units as decimal text, durations whole seconds, ratios exact fractions. Canonical JSON (keys sorted, no insignificant space); `hash` is the keccak256 of the same config without `hash`.',
  type: 'object',
  additionalProperties: false,
  required: [
    'charterConfig',
    'name',
    'chain',
    'currentStage',
    'electorates',
    'bodies',
    'routes',
    'stages',
    'targets',
    'hash',
  ],
  properties: {
    charterConfig: { const: '1' },
    name: { type: 'string' },
    chain: closedObject(['chainId', 'blockTime', 'clockMode'], {
      chainId: { type: 'integer' },
      blockTime: { type: 'number' },
      clockMode: { enum: ['blocknumber', 'timestamp'] },
    }),
    currentStage: { type: ['string', 'null'] },
    electorates: arrayOf('ConfigElectorate'),
    bodies: arrayOf('ConfigBody'),
    routes: arrayOf('ConfigRoute'),
    stages: arrayOf('ConfigStage'),
    targets: {
      type: 'object',
      description: "Each target's parameters, or exactly why the rules cannot be expressed in it.",
      additionalProperties: ref('ConfigTarget'),
    },
    hash: {
      type: 'string',
      pattern: '^0x[0-9a-f]{64}$',
    },
  },
  $defs: {
    BaseUnits: {
      type: 'string',
      pattern: '^[0-9]+$',
      description: "An integer amount in the token's base units.",
    },
    Fraction: closedObject(['numerator', 'denominator'], {
      numerator: {
        type: 'string',
        pattern: '^[0-9]+$',
      },
      denominator: {
        type: 'string',
        pattern: '^[1-9][0-9]*$',
      },
    }),
    Threshold: {
      description:
        "A share of the electorate's supply, an absolute amount of voting power, or a number of people.",
      oneOf: [
        closedObject(['fraction'], {
          fraction: ref('Fraction'),
        }),
        closedObject(['absolute'], {
          absolute: ref('BaseUnits'),
        }),
        closedObject(['count'], {
          count: {
            type: 'integer',
            minimum: 1,
          },
        }),
      ],
    },
    Asset: closedObject(['symbol', 'decimals'], {
      symbol: { type: 'string' },
      decimals: { type: 'integer' },
    }),
    ConfigElectorate: closedObject(['id', 'label', 'kind', 'voting'], {
      id: { type: 'string' },
      label: { type: 'string' },
      kind: { enum: ['token', 'nft', 'members', 'signers', 'weighted'] },
      voting: { enum: ['token-weighted', 'one-per-token', 'one-person-one-vote', 'quadratic', 'capped'] },
      token: closedObject(
        ['symbol', 'name', 'decimals', 'totalSupply', 'address', 'standard', 'delegation'],
        {
          symbol: { type: 'string' },
          name: { type: 'string' },
          decimals: { type: 'integer' },
          totalSupply: ref('BaseUnits'),
          address: { type: ['string', 'null'] },
          standard: { type: 'string' },
          delegation: { type: 'boolean' },
          votesPerToken: { type: 'integer' },
        },
      ),
      addresses: {
        type: 'array',
        items: { type: 'string' },
        description: 'Checksummed, in document order.',
      },
      personhood: {
        type: ['object', 'null'],
        additionalProperties: false,
        required: ['provider', 'minScore'],
        properties: {
          provider: { type: 'string' },
          minScore: { type: ['number', 'null'] },
        },
      },
      expectedMembers: { type: ['integer', 'null'] },
      source: {
        type: 'string',
        description: 'For a weighted electorate: the electorate it reweighs.',
      },
      cap: ref('Fraction'),
      topHolders: {
        type: 'array',
        items: closedObject(['label', 'balance'], {
          label: { type: 'string' },
          balance: ref('BaseUnits'),
        }),
      },
    }),
    ConfigBody: closedObject(
      ['id', 'label', 'kind', 'mechanism', 'electorate', 'rule'],
      {
        id: { type: 'string' },
        label: { type: 'string' },
        kind: { type: 'string' },
        mechanism: { enum: ['convex', 'concave'] },
        electorate: { type: ['string', 'null'] },
        rule: {
          type: 'object',
          description: "The node kind's parameters in exact units (see the README).",
          additionalProperties: true,
        },
      },
      'A decision: who decides (electorate) and by which rule, every threshold in exact units and every duration in seconds.',
    ),
    ConfigRoute: closedObject(['proposalType', 'entry', 'proposers', 'minVotingPower', 'steps'], {
      proposalType: { type: 'string' },
      entry: { type: 'string' },
      proposers: { type: ['string', 'null'] },
      minVotingPower: ref('BaseUnits'),
      steps: {
        type: 'array',
        description:
          'Every step a proposal of this type can pass, in the order first reached, with where each exit leads. Branches of a route by type that this type never takes are left out.',
        items: ref('ConfigStep'),
      },
    }),
    ConfigStep: closedObject(['node', 'kind', 'exits'], {
      node: { type: 'string' },
      kind: { type: 'string' },
      exits: {
        type: 'object',
        description: 'Exit port → the nodes it leads to.',
        additionalProperties: {
          type: 'array',
          items: { type: 'string' },
        },
      },
      rule: {
        type: 'object',
        description:
          'For a step that is not a decision (routing, combinator, timelock, outcome): its parameters in exact units. Decisions are in `bodies`.',
        additionalProperties: true,
      },
    }),
    ConfigStage: closedObject(['id', 'name', 'current', 'criteria'], {
      id: { type: 'string' },
      name: { type: 'string' },
      current: { type: 'boolean' },
      criteria: {
        type: 'array',
        items: closedObject(['metric', 'threshold', 'text'], {
          metric: { type: 'string' },
          threshold: { type: ['number', 'null'] },
          text: { type: 'string' },
        }),
      },
    }),
    ConfigTarget: closedObject(['verdict', 'parameters', 'problems'], {
      verdict: {
        enum: ['supported', 'unsupported', 'not-applicable'],
        description:
          'supported: every path whose outcome runs on the target is expressed in full; unsupported: some node on such a path cannot be (problems name it, and no unit is emitted for that path); not-applicable: nothing in these rules runs on the target.',
      },
      parameters: {
        type: 'object',
        additionalProperties: true,
      },
      problems: {
        type: 'array',
        items: closedObject(['code', 'nodeId', 'message'], {
          code: { type: 'string' },
          nodeId: { type: ['string', 'null'] },
          field: { type: ['string', 'null'] },
          message: { type: 'string', description: 'The problem in English.' },
          template: {
            type: 'string',
            description:
              "The message's template in Charter's catalogue, which renders it in English or Korean.",
          },
          args: {
            type: 'object',
            description: 'The values the template names: text, numbers, or {"en", "ko"} pairs.',
            additionalProperties: true,
          },
        }),
      },
    }),
  },
};
