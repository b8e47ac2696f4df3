/**
 * The document tree one HTML documentation string is read into (`readHtml`): the subset of pandoc's model
 * that the AWS documentation uses. Every renderer reads this one tree: the R reference pages (Rd, Markdown,
 * text) and the TSDoc comments. The reader writes what the HTML says; a renderer's own clean-up pass may
 * rewrite it (the docs resolve `a` into `link`, drop `div` wrappers, and so on).
 */

export type Attr = readonly [name: string, value: string];

export type Inline =
  | { readonly t: 'str'; readonly s: string }
  | { readonly t: 'space'; readonly nl: boolean }
  | { readonly t: 'br' }
  | { readonly t: 'emph'; readonly tag?: 'i' | 'em'; readonly c: Inline[] }
  | { readonly t: 'strong'; readonly c: Inline[] }
  /**
   * Inline code: its text as written (entities decoded, line breaks kept). `verb` is set by the docs' page
   * view: whether roxygen wrote it as `\verb{}` (`s` is then the text the page shows).
   */
  | { readonly t: 'code'; readonly s: string; readonly verb?: boolean }
  /**
   * `<a>` as read: `href` as written (absent: an anchor without one), the other attributes in source order,
   * and its text exactly as written (what a link to an operation is recognized by).
   */
  | { readonly t: 'a'; readonly href?: string; readonly attrs: readonly Attr[]; readonly text: string; readonly c: Inline[] }
  /** Another inline element (`span`, `fullname`, `i` renamed...): its content; its attributes are kept. */
  | { readonly t: 'span'; readonly attrs: readonly Attr[]; readonly c: Inline[] }
  /**
   * A resolved link (written by a renderer's clean-up, never by the reader). `topic` is set for a link to
   * another operation's page (`\link[=topic]`). `attrs`: attributes besides `href` (`target="_blank"`);
   * pandoc writes such a link as raw HTML.
   */
  | { readonly t: 'link'; readonly url: string; readonly c: Inline[]; readonly topic?: string; readonly attrs?: readonly string[] }
  | MathInline;

/** (Inline, continued.) An equation the docs put for a code span (`\eqn{}`); `s` is the code it replaced. */
export type MathInline = { readonly t: 'math'; readonly tex: string; readonly s: string };

export type Block =
  | { readonly t: 'para'; readonly c: Inline[] }
  /** A paragraph that was not in a `<p>` and is the only content of a list item. */
  | { readonly t: 'plain'; readonly c: Inline[] }
  | { readonly t: 'bullets'; readonly items: Block[][] }
  | { readonly t: 'ordered'; readonly start: number; readonly items: Block[][] }
  | { readonly t: 'header'; readonly level: number; readonly c: Inline[] }
  /** `<dt>`: a definition list's term. */
  | { readonly t: 'term'; readonly c: Inline[] }
  | { readonly t: 'codeblock'; readonly s: string }
  | { readonly t: 'quote'; readonly c: Block[] }
  | { readonly t: 'hr' }
  | { readonly t: 'table'; readonly rows: Inline[][][] }
  /** A container with no meaning of its own (`div`, `note`, `important`, `dd`, an unknown element). */
  | { readonly t: 'div'; readonly tag: string; readonly c: Block[] };

/** A list is tight (no blank line between items) when every item starts with a plain block. */
export function isTight(items: readonly Block[][]): boolean {
  return items.every((it) => it.length === 0 || it[0].t === 'plain');
}
