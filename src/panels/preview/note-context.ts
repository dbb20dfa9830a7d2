import type { CharterConfig, Language } from '../../../compiler/index.ts';

/** What a trace note needs to know beyond the step: the language, each decision's unit and the stages' names. */
export interface NoteContext {
  language: Language;
  /** The unit a decision counts its electorate's power in: token decimals and symbol, or 0 and "" for members. */
  unitOf(node: string): { decimals: number; symbol: string };
  /** The name of a stage by id (the id itself when unknown). */
  stageName(id: string): string;
}

/** The {@link NoteContext} of `config`. */
export function noteContext(config: CharterConfig, language: Language): NoteContext {
  const electorates = new Map(config.electorates.map((electorate) => [electorate.id, electorate]));
  const bodies = new Map(config.bodies.map((body) => [body.id, body]));
  const route = (node: string) => config.routes.find((r) => r.steps.some((step) => step.node === node));
  return {
    language,
    unitOf(node) {
      let id = bodies.get(node)?.electorate ?? route(node)?.proposers ?? null;
      // A weighted electorate counts in its source's token.
      for (let depth = 0; id !== null && depth < 10; depth++) {
        const electorate = electorates.get(id);
        // Quadratic weights are not tokens: their quorums read as plain numbers.
        if (electorate?.voting === 'quadratic') break;
        if (electorate?.token)
          return { decimals: electorate.token.decimals, symbol: electorate.token.symbol };
        id = electorate?.source ?? null;
      }
      return { decimals: 0, symbol: '' };
    },
    stageName: (id) => config.stages.find((stage) => stage.id === id)?.name ?? id,
  };
}
