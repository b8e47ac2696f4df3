/**
 * The document tree a documentation string is read into: the subset of pandoc's model that the AWS HTML
 * uses. The HTML reader builds it; the Markdown/Rd, Markdown-page, HTML-cell and text renderers read it.
 */

export type Inline =
  | { readonly t: 'str'; readonly s: string }
  | { readonly t: 'space'; readonly nl: boolean }
  | { readonly t: 'br' }
  | { readonly t: 'emph'; readonly c: Inline[] }
  | { readonly t: 'strong'; readonly c: Inline[] }
  | { readonly t: 'code'; readonly s: string }
  /**
   * `topic` is set for a link to another operation's page (`\link[=topic]`). `attrs`: attributes besides
   * `href` (`target="_blank"`); pandoc writes such a link as raw HTML, which roxygen keeps as text.
   */
  | { readonly t: 'link'; readonly url: string; readonly c: Inline[]; readonly topic?: string; readonly attrs?: readonly string[] };

export type Block =
  | { readonly t: 'para'; readonly c: Inline[] }
  | { readonly t: 'plain'; readonly c: Inline[] }
  | { readonly t: 'bullets'; readonly items: Block[][] }
  | { readonly t: 'ordered'; readonly start: number; readonly items: Block[][] }
  | { readonly t: 'header'; readonly level: number; readonly c: Inline[] }
  | { readonly t: 'codeblock'; readonly s: string }
  | { readonly t: 'quote'; readonly c: Block[] }
  | { readonly t: 'hr' }
  | { readonly t: 'table'; readonly rows: Inline[][][] };

/** A list is tight (no blank line between items) when every item starts with a plain block. */
export function isTight(items: readonly Block[][]): boolean {
  return items.every((it) => it.length === 0 || it[0].t === 'plain');
}
