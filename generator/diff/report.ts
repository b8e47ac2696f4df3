/** The diff report: data (for `--json`) and its Markdown rendering (for a pull-request comment). */
import { SEVERITIES, type ApiChange, type Location, type Severity } from './changes.js';
import type { DocDiff } from './docs-diff.js';
import { summarize } from './model-diff.js';
import { code, fenced } from './text.js';

export interface DiffReport {
  readonly old: string;
  readonly new: string;
  readonly service: string;
  readonly summary: Record<Severity, number>;
  readonly changes: readonly ApiChange[];
  /** Absent when the page diff was not asked for (`--no-docs`). */
  readonly docs?: readonly DocDiff[];
}

export function buildReport(old: string, neu: string, service: string, changes: readonly ApiChange[], docs?: readonly DocDiff[]): DiffReport {
  return { old, new: neu, service, summary: summarize(changes), changes, docs };
}

/** True when the report has a change at least as severe as `level`. */
export function hasChangesAtLeast(report: DiffReport, level: Severity): boolean {
  return SEVERITIES.slice(0, SEVERITIES.indexOf(level) + 1).some((s) => report.summary[s] > 0);
}

const TITLES: Record<Severity, string> = { breaking: 'Breaking changes', dangerous: 'Dangerous changes', safe: 'Safe changes' };
/** Locations listed per change before "and N more". */
const MAX_LOCATIONS = 8;
/** GitHub rejects comments over 65536 characters; the page diffs are cut to stay below. */
export const MAX_REPORT_CHARS = 60_000;

function describeLocation(l: Location): string {
  return l.path === '' ? `${code(l.operation)} ${l.direction}` : `${code(l.operation)} ${l.direction} ${code(l.path)}`;
}

function changeLine(c: ApiChange): string {
  const head = `- ${code(c.subject)}: ${c.message}`;
  if (c.locations.length === 0) return head;
  const shown = c.locations.slice(0, MAX_LOCATIONS).map(describeLocation).join('; ');
  const more = c.locations.length > MAX_LOCATIONS ? `; and ${c.locations.length - MAX_LOCATIONS} more` : '';
  return `${head}\n  - affects ${shown}${more}`;
}

function docsSection(docs: readonly DocDiff[], budget: number): string[] {
  const lines = [`### Generated R reference pages (${docs.length} file(s) differ)`, ''];
  if (docs.length === 0) return [...lines, 'No generated page changes.', ''];
  let used = 0;
  for (const [i, d] of docs.entries()) {
    const block = [`<details><summary>${d.status}: <code>${d.path}</code></summary>`, '', fenced('diff', d.patch), '', '</details>', ''];
    const size = block.join('\n').length;
    if (used + size > budget) {
      lines.push(`${docs.length - i} more page diff(s) not shown (the comment would be too long); run \`shapegen diff --json\` for all of them.`, '');
      break;
    }
    used += size;
    for (const line of block) lines.push(line);
  }
  return lines;
}

/** Documentation edits are many and harmless: one line names them all instead of one entry each. */
function safeLines(list: readonly ApiChange[]): string[] {
  const docs = list.filter((c) => c.kind === 'documentation-changed');
  const lines = list.filter((c) => c.kind !== 'documentation-changed').map(changeLine);
  if (docs.length === 0) return lines;
  const names = docs.slice(0, 20).map((c) => code(c.subject)).join(', ');
  const more = docs.length > 20 ? ` and ${docs.length - 20} more` : '';
  return [...lines, `- documentation changed (${docs.length}): ${names}${more}`];
}

export function renderMarkdown(report: DiffReport): string {
  const s = report.summary;
  const lines = [
    `## API diff: ${report.service}`,
    '',
    `${code(report.old)} → ${code(report.new)}: **${s.breaking} breaking**, **${s.dangerous} dangerous**, ${s.safe} safe change(s).`,
    '',
  ];
  for (const severity of SEVERITIES) {
    const list = report.changes.filter((c) => c.severity === severity);
    if (list.length === 0) continue;
    lines.push(`### ${TITLES[severity]} (${list.length})`, '', ...(severity === 'safe' ? safeLines(list) : list.map(changeLine)), '');
  }
  if (report.changes.length === 0) lines.push('No API changes.', '');
  const head = lines.join('\n');
  if (report.docs === undefined) return lines.join('\n');
  return [...lines, ...docsSection(report.docs, MAX_REPORT_CHARS - head.length)].join('\n');
}
