/**
 * Greedy line breaking as the reference's generator did it with a regular expression: each line is the
 * longest run of 1 to `width` characters followed by a break character (whitespace, or `(` for usage) or
 * the end; the break character stays on the line and trailing spaces go.
 */

export function breakLines(s: string, width = 72, atParen = false): string {
  const re = new RegExp(`([^]{1,${width}})(\\s|${atParen ? '\\(|' : ''}$)`, 'g');
  return s.replace(re, '$1$2\n').replace(/ +\n/g, '\n');
}

/** `voiceid_op(A, B, C)` wrapped at 72 columns, continuation lines indented by two spaces. */
export function usageLine(topic: string, params: readonly string[]): string {
  const call = `${topic}(${params.join(', ')})`;
  return breakLines(call, 72, true)
    .replace(/\n *$/, '')
    .replace(/\n/g, '\n  ');
}

/** A title: lines of at most 72 characters (a longer word stands alone). */
export function titleLines(title: string): string {
  return breakLines(title).replace(/\n+$/, '');
}
