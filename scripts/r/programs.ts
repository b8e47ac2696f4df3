/**
 * The R programs the tests and conformance scripts run (under webR, through an RRunner): R's own checkRd,
 * Rd2HTML and parser. Pages go in batches, one R evaluation per batch.
 */
import { readFileSync } from 'node:fs';
import { inR, rString, type RRunner } from './webr.js';

export interface RdProblem {
  readonly file: string;
  readonly message: string;
}

export interface CheckRdResult {
  readonly pages: number;
  readonly problems: readonly RdProblem[];
}

/**
 * checkRd as `R CMD check` runs it: UTF-8 declared, problems of level -1 and worse, every parse warning
 * and error. One line per problem: `<index>\t<message>`; the last line is the number of pages checked.
 */
function checkRdProgram(files: readonly string[]): string {
  return String.raw`
files <- c(${files.map((f) => rString(inR(f))).join(', ')})
res <- character()
for (i in seq_along(files)) {
  msgs <- character()
  out <- withCallingHandlers(
    tryCatch(as.character(tools::checkRd(files[i], encoding = "UTF-8", def_enc = TRUE)),
             error = function(e) paste("ERROR:", conditionMessage(e))),
    warning = function(w) {
      msgs <<- c(msgs, paste("WARNING:", conditionMessage(w)))
      invokeRestart("muffleWarning")
    })
  lv <- suppressWarnings(as.integer(sub("^checkRd: \\((-?[0-9]+)\\).*$", "\\1", out)))
  out <- out[is.na(lv) | lv >= -1]
  for (m in c(msgs, out)) res <- c(res, paste0(i, "\t", gsub("\n", " ", m)))
}
c(res, length(files))
`;
}

export interface BatchOptions {
  readonly batch?: number;
  readonly onBatch?: (done: number, total: number) => void;
}

/** R's checkRd over `files` (host paths), `batch` pages per R evaluation. */
export async function checkRd(r: RRunner, files: readonly string[], options: BatchOptions = {}): Promise<CheckRdResult> {
  const size = options.batch ?? 400;
  const problems: RdProblem[] = [];
  let pages = 0;
  for (let start = 0; start < files.length; start += size) {
    const batch = files.slice(start, start + size);
    const lines = (await r.run(checkRdProgram(batch))).split('\n');
    const checked = Number(lines.pop());
    if (checked !== batch.length) throw new Error(`checkRd checked ${checked} of ${batch.length} pages`);
    pages += checked;
    for (const line of lines) {
      const tab = line.indexOf('\t');
      problems.push({ file: batch[Number(line.slice(0, tab)) - 1], message: line.slice(tab + 1) });
    }
    options.onBatch?.(start + batch.length, files.length);
  }
  return { pages, problems };
}

/**
 * Problems that come with the published reference's pages, which are reproduced byte for byte:
 * - `lost-braces`: R >= 4.4 calls the `\item{\strong{name}:} {text}` lines of the service page's `config`
 *   list inside `\itemize` "Lost braces" (R 4.2 and 4.3 accept them);
 * - `verb-text`: R >= 4.4 calls "Lost braces" the `\\verb{...\\}` that roxygen made of a pair of
 *   backquotes in the model's text (generator/emit/docs/ticks.ts): an escaped backslash, then a brace group;
 * - `escaped-latex`: R >= 4.3 notes "Escaped LaTeX specials" where the model's documentation has a
 *   backslash before `_`, `$`, `#`, `&`, `^` or `~` (a regular expression, a shell variable): the reference
 *   writes a backslash in text as `\\`, so the page shows the model's text as written.
 * Anything else is ours.
 */
export type ReferenceProblem = 'lost-braces' | 'verb-text' | 'escaped-latex';

export function referenceProblem(p: RdProblem): ReferenceProblem | undefined {
  const m = /^checkRd: \(-1\) [^:]+:(\d+): (Lost braces in \\itemize; meant \\describe \?|Lost braces(?= )|Escaped LaTeX specials: (\\[#$&_^~](?: \\[#$&_^~])*))/.exec(p.message);
  if (!m) return undefined;
  const line = readFileSync(p.file, 'utf8').split('\n')[Number(m[1]) - 1] ?? '';
  if (m[2] === 'Lost braces') return /\\\\verb\{/.test(line) ? 'verb-text' : undefined;
  if (m[3] === undefined) return p.message.endsWith(m[2]) && /^\\item\{\\strong\{[a-z0-9_]+\}:\} \{/.test(line) ? 'lost-braces' : undefined;
  if (!p.message.endsWith(m[3])) return undefined;
  const specials = m[3].split(' ').map((e) => e[1]);
  return specials.every((c) => line.includes('\\\\' + c)) ? 'escaped-latex' : undefined;
}

/** R's Rd2HTML of each `.Rd` file, written beside it as `.html`. */
export async function rd2html(r: RRunner, files: readonly string[]): Promise<void> {
  const out = await r.run(String.raw`
files <- c(${files.map((f) => rString(inR(f))).join(', ')})
for (f in files) tools::Rd2HTML(f, out = sub("[.]Rd$", ".html", f), encoding = "UTF-8")
length(files)
`);
  if (Number(out) !== files.length) throw new Error(`Rd2HTML wrote ${out} of ${files.length} pages`);
}

/** For each string: does R's parser read it as exactly one expression? */
export async function parsesAsOneExpression(r: RRunner, codes: readonly string[]): Promise<boolean[]> {
  const out = await r.run(String.raw`
txt <- c(${codes.map(rString).join(', ')})
ok <- vapply(txt, function(s) tryCatch(length(parse(text = s, keep.source = FALSE)) == 1L, error = function(e) FALSE), TRUE)
paste(ifelse(ok, "1", "0"), collapse = "")
`);
  if (out.length !== codes.length) throw new Error(`R parsed ${out.length} of ${codes.length} strings`);
  return [...out].map((c) => c === '1');
}
