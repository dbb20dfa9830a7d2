/**
 * Unix seconds of a UTC moment written as "2026-07-24T18:52:59Z"; undefined when the text is not of that form or
 * names a day or time that does not exist ("2026-02-30T00:00:00Z", "…T24:00:00Z"). Read from the digits, so no
 * calendar library or local time zone is involved.
 */
export function unixSeconds(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const milliseconds = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(milliseconds);
  // Date.UTC rolls an impossible day over into the next month: the round trip finds it.
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    back.getUTCHours() !== hour ||
    back.getUTCMinutes() !== minute ||
    back.getUTCSeconds() !== second
  )
    return undefined;
  return milliseconds / 1000;
}

/** The UTC moment of Unix seconds as "2026-07-24T18:52:59Z" (the inverse of {@link unixSeconds}). */
export function utcDateTime(seconds: number): string {
  return `${new Date(seconds * 1000).toISOString().slice(0, 19)}Z`;
}
