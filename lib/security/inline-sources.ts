import { createHash } from 'node:crypto';
import { html, parse, type DefaultTreeAdapterMap } from 'parse5';
import { childText, visitElements } from '../html-tree';

type Element = DefaultTreeAdapterMap['element'];

/** The text of a page's inline scripts and `<style>` elements, each list in document order. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
}

/**
 * The text of every inline `<script>` and every `<style>` in an HTML document, exactly as a
 * browser hashes it for the Content-Security-Policy: the element's child text after HTML
 * parsing, byte for byte. Whitespace is kept, character references are not decoded (script
 * and style text is raw), and line endings are the parser's (CR LF becomes LF, as in a
 * browser). The build puts the site's stylesheets into each page as `<style>` elements
 * (lib/inline-stylesheets.ts).
 *
 * A regular expression cannot do this safely: `</script` inside a string, `<!--` escapes and
 * scripts inside comments or `<noscript>` all trip it. parse5 is the HTML standard's parser,
 * run with scripting on, as a browser parses.
 */
export function inlineCodeOf(html: string): InlineCode {
  const code: InlineCode = { scripts: [], styles: [] };
  visitElements(parse(html, { scriptingEnabled: true }), (element) => {
    if (element.tagName === 'script' && !hasSource(element)) code.scripts.push(childText(element));
    if (element.tagName === 'style') code.styles.push(childText(element));
  });
  return code;
}

/** A CSP source that allows exactly this script or style text: `'sha256-<base64 of the UTF-8 bytes>'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources for a page's inline scripts and styles, each without repeats, in first-seen order. */
export function inlineSourcesOf(html: string): { scripts: string[]; styles: string[] } {
  const { scripts, styles } = inlineCodeOf(html);
  const sources = (texts: string[]) => [...new Set(texts.map(sha256Source))];
  return { scripts: sources(scripts), styles: sources(styles) };
}

// An HTML script loads from `src`; an SVG one from `href` or `xlink:href` (parse5 gives both as `href`).
function hasSource(element: Element) {
  const name = element.namespaceURI === html.NS.SVG ? 'href' : 'src';
  return element.attrs.some((attribute) => attribute.name === name);
}
