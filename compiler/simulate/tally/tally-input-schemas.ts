/**
 * The shape of each `charter tally` input, by mechanism, as JSON Schemas (draft 2020-12): the one place that says
 * which fields there are, which are required and what each may hold (README: charter tally). Every `description`
 * finishes the sentence "FIELD: expected ...". What a schema cannot say (decimal places against `decimals`, a
 * split per option, withdrawals beyond the stake) is checked by the readers beside this file, which run after it.
 */

type Schema = Record<string, unknown>;

const amount = (signed = false): Schema => ({
  type: 'string',
  // 78 digits hold any uint256; a longer amount is a mistake, and would make exact arithmetic slow.
  pattern: `^${signed ? '-?' : ''}[0-9]{1,78}(\\.[0-9]{1,78})?$`,
  description: `an amount in whole tokens as a decimal string such as ${signed ? '"-2.5"' : '"2.5"'}`,
});

const percent: Schema = {
  type: 'string',
  pattern: '^[0-9]{1,3}(\\.[0-9]{1,36})?$',
  description: 'a percentage from 0 to 100 as a decimal string such as "4.5"',
};

const decimals: Schema = {
  type: 'integer',
  minimum: 0,
  maximum: 36,
  description: 'a whole number from 0 to 36',
};

const time: Schema = {
  type: 'integer',
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER,
  description: `a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`,
};

const text: Schema = { type: 'string', maxLength: 10_000, description: 'a string' };

const list = (items: Schema, what: string): Schema => ({ type: 'array', items, description: what });

/** A closed object: only `properties`, `required` of them present. */
const object = (properties: Record<string, Schema>, required: string[] = [], what = 'an object'): Schema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
  description: what,
});

/** A branch of anyOf words nothing itself: the branching schema's description says what is expected. */
function withoutDescription({ description: _, ...schema }: Schema): Schema {
  return schema;
}

const supplyShare: Schema = {
  ...object({ percent, absolute: amount() }, [], 'an object with exactly one of "percent" or "absolute"'),
  minProperties: 1,
  maxProperties: 1,
};

const votingPower: Schema = {
  oneOf: [
    { type: 'number', minimum: 0 },
    { type: 'string', pattern: '^[0-9]{1,309}(\\.[0-9]{1,309})?$' },
  ],
  description: 'voting power as a non-negative number',
};

const snapshot: Schema = object(
  {
    choices: list(text, 'a list of strings'),
    votes: list(object({ choice: {}, vp: votingPower }, ['vp']), 'a list of votes'),
  },
  ['choices', 'votes'],
);

const fraction: Schema = {
  oneOf: [
    { type: 'number', minimum: 0 },
    { type: 'string', pattern: '^[0-9]{1,78}(\\.[0-9]{1,78})?$' },
  ],
  description: 'a non-negative decimal such as 0.9',
};

/** The JSON Schema of each mechanism's input. */
export const tallyInputSchemas: Readonly<Record<string, Schema>> = {
  majority: object(
    {
      supply: amount(),
      decimals,
      quorum: supplyShare,
      quorumCounts: {
        enum: ['for', 'for+abstain', 'all'],
        description: 'one of "for", "for+abstain", "all"',
      },
      rounding: { enum: ['floor', 'ceil'], description: 'one of "floor", "ceil"' },
      supportPercent: percent,
      superQuorumPercent: percent,
      quorumBase: amount(),
      quorumExcluded: amount(),
      quorumMinimum: amount(),
      quorumMaximum: amount(),
      quorumRise: object(
        {
          coefficient: {
            type: 'string',
            pattern: '^(?:0|[1-9][0-9]{0,5})(?:\\.[0-9]{1,6})?$',
            description: 'a decimal string with at most 6 decimal places such as "1.5"',
          },
          maximumPercent: percent,
        },
        ['coefficient', 'maximumPercent'],
      ),
      forThreshold: amount(),
      forMargin: amount(),
      timing: object({ start: time, deadline: time, lateQuorumExtension: time }, ['start', 'deadline']),
      votes: list(
        object({
          support: { enum: ['for', 'against', 'abstain'], description: 'one of "for", "against", "abstain"' },
          weight: amount(),
          split: object({ for: amount(), against: amount(), abstain: amount() }),
          at: time,
        }),
        'a list of votes',
      ),
    },
    ['supply', 'quorum', 'votes'],
  ),
  'single-choice': snapshot,
  approval: snapshot,
  weighted: snapshot,
  quadratic: snapshot,
  'ranked-choice': snapshot,
  copeland: snapshot,
  'quadratic-funding': object(
    {
      pool: amount(),
      decimals,
      cap: {
        anyOf: [
          { type: 'null' },
          {
            ...withoutDescription(object({ percent, amount: amount() })),
            minProperties: 1,
            maxProperties: 1,
          },
        ],
        description: 'exactly one of "percent" or "amount", or null for no cap',
      },
      minContribution: amount(),
      ignoreSaturation: { type: 'boolean', description: 'true or false' },
      contributions: list(
        object({ project: text, contributor: text, amount: amount() }, ['project', 'contributor', 'amount']),
        'a list of contributions',
      ),
    },
    ['pool', 'contributions'],
  ),
  conviction: object(
    {
      decay: fraction,
      maxRatio: fraction,
      weight: fraction,
      minThresholdStakePercentage: fraction,
      supply: amount(),
      funds: amount(),
      requested: amount(),
      totalStaked: amount(),
      stakes: list(object({ at: time, amount: amount(true) }, ['at', 'amount']), 'a list of stakes'),
      at: time,
      decimals,
    },
    [
      'decay',
      'maxRatio',
      'weight',
      'minThresholdStakePercentage',
      'supply',
      'funds',
      'requested',
      'totalStaked',
      'stakes',
      'at',
    ],
  ),
  'budget-split': object(
    {
      budget: amount(),
      decimals,
      options: list(text, 'a list of strings'),
      aggregation: { enum: ['median', 'mean'], description: 'one of "median", "mean"' },
      ballots: list(
        object(
          {
            split: list(
              {
                type: 'string',
                pattern: '^[0-9]{1,78}(\\.[0-9]{1,78})?$',
                description: 'a non-negative decimal string such as "40"',
              },
              'a list of decimal strings, one per option',
            ),
            weight: amount(),
          },
          ['split'],
        ),
        'a list of ballots',
      ),
    },
    ['budget', 'options', 'ballots'],
  ),
  multisig: object(
    {
      signers: list(text, 'a list of strings'),
      threshold: {
        type: 'integer',
        minimum: 1,
        description: 'a whole number from 1 to the number of signers',
      },
      approvals: list(text, 'a list of strings'),
    },
    ['signers', 'threshold', 'approvals'],
  ),
  optimistic: object(
    {
      supply: amount(),
      decimals,
      objectionThreshold: supplyShare,
      window: object({ start: time, end: time }, ['start', 'end']),
      objections: list(object({ weight: amount(), at: time }, ['weight']), 'a list of objections'),
    },
    ['supply', 'objectionThreshold', 'objections'],
  ),
  veto: object(
    {
      members: list(text, 'a list of strings'),
      threshold: {
        ...object(
          {
            percent,
            count: {
              type: 'integer',
              minimum: 1,
              maximum: Number.MAX_SAFE_INTEGER,
              description: 'a whole number from 1',
            },
          },
          [],
          'an object with exactly one of "percent" or "count"',
        ),
        minProperties: 1,
        maxProperties: 1,
      },
      window: object({ start: time, end: time }, ['start']),
      vetoes: list(object({ member: text, at: time }, ['member']), 'a list of vetoes'),
    },
    ['members', 'threshold', 'vetoes'],
  ),
};
