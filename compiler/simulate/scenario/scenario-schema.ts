/**
 * The shape of a scenario file (`charter simulate --scenario`, the app's scenario JSON), as a JSON Schema (draft
 * 2020-12): the one place that says which fields there are and what each may hold. Every field's `description`
 * finishes the sentence "FIELD must be ...", which is how {@link readScenario} words a problem. Rules across
 * fields (a preference that is not all zero, no more whales than holders) are checked after it, in read-scenario.ts.
 */

const wholeNumber = (minimum: number, maximum: number) => ({
  type: 'integer',
  minimum,
  maximum,
  description: `a whole number from ${minimum} to ${maximum}`,
});

const number = (minimum: number, maximum: number) => ({
  type: 'number',
  minimum,
  maximum,
  description: `a number from ${minimum} to ${maximum}`,
});

const baseUnits = {
  type: 'string',
  pattern: '^(0|[1-9][0-9]{0,77})$',
  description: 'base units as decimal text such as "1000000"',
};

/** The largest weight of For, Against or Abstain in a preference; the weights are normalised by their sum. */
export const maxPreferenceWeight = 1_000_000;

/** An electorate id, as rule documents spell ids. */
const id = {
  type: 'string',
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$',
  description: 'an id of letters, digits, "_", "." and "-", up to 64 characters',
};

const preference = {
  type: 'object',
  description: `an object of weights {"for", "against", "abstain"}, each from 0 to ${maxPreferenceWeight}`,
  properties: {
    for: number(0, maxPreferenceWeight),
    against: number(0, maxPreferenceWeight),
    abstain: number(0, maxPreferenceWeight),
  },
  additionalProperties: false,
};

const holders = wholeNumber(1, 10_000_000);

/** A moment in UTC, as a rule document writes one (see `dateTime` in compiler/nodes/fields.ts). */
const date = {
  type: 'string',
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$',
  description: 'a UTC moment such as "2026-07-24T18:52:59Z"',
};

const model = {
  type: 'object',
  description: 'an electorate model: {"distribution": "equal", "pareto", "whales" or "csv", ...}',
  required: ['distribution'],
  discriminator: { propertyName: 'distribution' },
  oneOf: [
    {
      properties: { distribution: { const: 'equal' }, holders },
      required: ['distribution', 'holders'],
      additionalProperties: false,
    },
    {
      properties: { distribution: { const: 'pareto' }, holders, alpha: number(0.05, 100) },
      required: ['distribution', 'holders', 'alpha'],
      additionalProperties: false,
    },
    {
      properties: {
        distribution: { const: 'whales' },
        holders,
        whales: wholeNumber(0, 10_000_000),
        whaleShare: {
          type: 'string',
          pattern: '^(100(\\.0{1,18})?|[0-9]{1,2}(\\.[0-9]{1,18})?)$',
          description: 'a percentage as decimal text such as "40"',
        },
        tailAlpha: number(0.05, 100),
      },
      required: ['distribution', 'holders', 'whales', 'whaleShare'],
      additionalProperties: false,
    },
    {
      properties: {
        distribution: { const: 'csv' },
        csv: { type: 'string', description: 'text of "address,balance" lines' },
      },
      required: ['distribution', 'csv'],
      additionalProperties: false,
    },
  ],
};

const proposal = {
  type: 'object',
  description: 'a sample proposal {"type", ...}',
  required: ['type'],
  properties: {
    type: { type: 'string', minLength: 1, maxLength: 200, description: 'a proposal type' },
    amount: baseUnits,
    options: {
      type: 'array',
      maxItems: 1000,
      items: { type: 'string', maxLength: 1000, description: 'text' },
      description: 'a list of text, up to 1000 options',
    },
    turnout: number(0, 1),
    preference,
    date,
    byElectorate: {
      type: 'object',
      description: 'an object of overrides by electorate id',
      propertyNames: id,
      additionalProperties: {
        type: 'object',
        description: 'an object {"turnout", "preference"}',
        properties: { turnout: number(0, 1), preference },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

/** The JSON Schema of a scenario file. */
export const scenarioSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Charter scenario',
  type: 'object',
  description: 'a JSON object',
  required: ['proposals'],
  properties: {
    seed: wholeNumber(0, 2 ** 32 - 1),
    electorates: {
      type: 'object',
      description: 'an object of electorate models by electorate id',
      propertyNames: id,
      additionalProperties: model,
    },
    defaultElectorate: model,
    delegationRate: number(0, 1),
    turnout: number(0, 1),
    preference,
    stage: { type: 'string', minLength: 1, maxLength: 200, description: 'a stage id' },
    date,
    funds: baseUnits,
    proposals: {
      type: 'array',
      maxItems: 10_000,
      items: proposal,
      description: 'a list of sample proposals, up to 10000',
    },
  },
  additionalProperties: false,
} as const;
