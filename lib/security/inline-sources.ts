import { createHash } from 'node:crypto';
import { html, parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * The text of every inline `<script>` in an HTML document, in document order, exactly as a
 * browser hashes it for the Content-Security-Policy: the element's child text after HTML
 * parsing, byte for byte. Whitespace is kept, character references are not decoded (script
 * text is raw), and line endings are the parser's (CR LF becomes LF, as in a browser).
 *
 * A regular expression cannot do this safely: `</script` inside a string, `<!--` escapes and
 * scripts inside comments or `<noscript>` all trip it. parse5 is the HTML standard's parser,
 * run with scripting on, as a browser parses.
 */
export function inlineScriptsOf(html: string): string[] {
  const scripts: string[] = [];
  visit(parse(html, { scriptingEnabled: true }), (element) => {
    if (element.tagName !== 'script' || hasSource(element)) return;
    scripts.push(childText(element));
  });
  return scripts;
}

/**
 * The text of every `<style>` element, in document order, as a browser hashes it: like a
 * script's, the raw child text. The build puts the site's stylesheets into each page this way
 * (lib/inline-stylesheets.ts).
 */
export function inlineStylesOf(html: string): string[] {
  const styles: string[] = [];
  visit(parse(html, { scriptingEnabled: true }), (element) => {
    if (element.tagName === 'style') styles.push(childText(element));
  });
  return styles;
}

/** A CSP source that allows exactly this script or style text: `'sha256-<base64 of the UTF-8 bytes>'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources for a page's inline scripts, without repeats, in first-seen order. */
export function scriptSourcesOf(html: string): string[] {
  return [...new Set(inlineScriptsOf(html).map(sha256Source))];
}

/** The hash sources for a page's `<style>` elements, without repeats, in first-seen order. */
export function styleSourcesOf(html: string): string[] {
  return [...new Set(inlineStylesOf(html).map(sha256Source))];
}

// An HTML script loads from `src`; an SVG one from `href` or `xlink:href` (parse5 gives both as `href`).
function hasSource(element: Element) {
  const name = element.namespaceURI === html.NS.SVG ? 'href' : 'src';
  return element.attrs.some((attribute) => attribute.name === name);
}

function childText(element: Element): string {
  return element.childNodes.map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterMap['textNode']).value : '')).join('');
}

function visit(node: Node, onElement: (element: Element) => void) {
  if ('tagName' in node) onElement(node);
  if ('childNodes' in node) for (const child of node.childNodes) visit(child, onElement);
  // A <template>'s children live in its content fragment; React can clone them into the page.
  if ('content' in node && node.content) visit(node.content, onElement);
}
