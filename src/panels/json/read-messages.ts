import type { WorkerFailure } from '../../workers/worker-failure.ts';
import type { EditorTextResult } from './read-editor-text.ts';

/** The JSON editor's text, for the read worker to load. */
export interface ReadRequest {
  id: number;
  text: string;
}

/** The read worker's answer to the request with the same id. */
export type ReadResponse = { id: number; result: EditorTextResult } | { id: number; failure: WorkerFailure };
