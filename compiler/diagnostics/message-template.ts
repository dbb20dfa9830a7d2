/**
 * One message in both languages. `{name}` inserts an argument; in Korean, `{name:을}` inserts it followed by the
 * particle its pronunciation takes (`을`/`를`, `이`/`가`, `은`/`는`, `과`/`와`, `으로`/`로`, `이나`/`나`, `이어야`/`여야`, `이라서`/`라서`), written in
 * its after-a-consonant form.
 */
export interface MessageTemplate {
  en: string;
  ko: string;
}
