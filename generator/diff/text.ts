/** Small Markdown helpers shared by the diff messages and the report. */

/** A Markdown code span that survives backticks and pipes (GitHub tables and lists) in the text. */
export function code(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

export function list(values: readonly string[], max = 8): string {
  const shown = values.slice(0, max).map(code).join(', ');
  return values.length > max ? `${shown} and ${values.length - max} more` : shown;
}

/** A fenced block whose fence is longer than any backtick run in the text. */
export function fenced(info: string, text: string): string {
  const runs = text.match(/`{3,}/g) ?? [];
  const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
  return `${fence}${info}\n${text.endsWith('\n') ? text : text + '\n'}${fence}`;
}
