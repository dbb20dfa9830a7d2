import { CharterError } from '../errors/charter-error.ts';
import type { ImportNote } from './import-note.ts';

/**
 * What a reader read but cannot turn into a document exactly (a member list its events do not add up to, settings no
 * node holds), with the reason in both languages; the importer returns it as its refusal, never as a guess.
 */
export class ImportRefusal extends CharterError {
  override name = 'ImportRefusal';
  readonly note: ImportNote;
  constructor(note: ImportNote) {
    super(note.en);
    this.note = note;
  }
}
