/** `--max-age` values: a whole number with a unit (`90s`, `30m`, `12h`, `30d`, `2w`), or `0` for "always". */
const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Milliseconds, or undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const m = /^(\d{1,6})([smhdw])$/.exec(text);
  return m ? Number(m[1]) * UNITS[m[2]] : undefined;
}
