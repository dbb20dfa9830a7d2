/** ANSI colours for a terminal, or plain text when output is not one (or NO_COLOR is set). */
export function paint(enabled: boolean) {
  const on = enabled && !(typeof process !== 'undefined' && process.env.NO_COLOR);
  const wrap = (code: number, reset: number) => (text: string) =>
    on ? `\u001b[${code}m${text}\u001b[${reset}m` : text;
  return {
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    bold: wrap(1, 22),
    dim: wrap(2, 22),
  };
}
