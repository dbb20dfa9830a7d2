/**
 * Something an import could not read from the chain, or read with a caveat: said in both languages, listed on the
 * imported document and printed by `charter import`, so that nothing the reader did not see is passed off as read.
 */
export interface ImportNote {
  code: string;
  en: string;
  ko: string;
}
