import type { CharterDocument } from '../../compiler/index.ts';

/** A bundled template: a valid rule document from rules-schema/examples/. */
export interface Template {
  /** The file name without `.charter.json`, such as `token-governor`. */
  id: string;
  document: CharterDocument;
  /** `real-dao`: the rules a named DAO runs, each number from its sources; `pattern`: a design to start from. */
  group: 'real-dao' | 'pattern';
}

/** The templates that draw a real DAO's rules (their descriptions give the sources), shown first in the gallery. */
const realDaos = new Set([
  'token-governor',
  'compound-governor',
  'ens-dao',
  'team-treasury-safe',
  'arbitrum-dao',
  'aave-v3',
  'uniswap',
]);

const files = import.meta.glob<CharterDocument>('../../rules-schema/examples/*.charter.json', {
  eager: true,
  import: 'default',
});

/** Every template, the token governor first (the one the app opens on), then by id. */
export const templates: readonly Template[] = Object.entries(files)
  .map(([path, document]) => {
    const { $schema: _schema, ...rest } = document;
    const id = path.replace(/^.*\//, '').replace(/\.charter\.json$/, '');
    return {
      id,
      document: rest as CharterDocument,
      group: realDaos.has(id) ? 'real-dao' : 'pattern',
    } as const;
  })
  .sort((a, b) =>
    a.id === 'token-governor' ? -1 : b.id === 'token-governor' ? 1 : a.id.localeCompare(b.id),
  );

/** The template a first visit opens. */
export const firstTemplate: Template = templates[0]!;
