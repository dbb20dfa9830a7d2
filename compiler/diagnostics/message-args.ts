/** Text in English and Korean, as an argument that reads differently in each language (a kind's title, a unit). */
export interface LocalizedArg {
  en: string;
  ko: string;
}

/** One value a message template names: the same in both languages (an id, a number) or one per language. */
export type MessageArg = string | number | LocalizedArg;

/** The values a message template names, by placeholder: `{ node: 'Token vote', count: 3 }`. */
export type MessageArgs = Readonly<Record<string, MessageArg>>;
