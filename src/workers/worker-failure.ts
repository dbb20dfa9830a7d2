import { CharterError } from '../../compiler/index.ts';

/**
 * Why a worker's job gave no answer, as it travels back to the page: `refused` when the compiler refused the input
 * with a {@link CharterError} (its first line is for the user), `internal` for anything else (a bug: the panel
 * says so in the user's language and keeps the first line only, for a report). Never a stack trace.
 */
export interface WorkerFailure {
  reason: 'refused' | 'internal';
  /** The error's first line, without a stack. */
  message: string;
  /** The first line's template and arguments, when the compiler gave them: shown in the interface language. */
  template?: string;
  args?: Readonly<Record<string, unknown>>;
}

/** The {@link WorkerFailure} of whatever a job threw. */
export function workerFailure(error: unknown): WorkerFailure {
  if (error instanceof CharterError)
    return error.said
      ? {
          reason: 'refused',
          message: error.shortMessage,
          template: error.said.template,
          args: error.said.args,
        }
      : { reason: 'refused', message: error.shortMessage };
  const text = error instanceof Error ? error.message : String(error);
  return { reason: 'internal', message: text.split('\n')[0] ?? '' };
}
