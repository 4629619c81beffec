import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { visitElements } from './html-tree';

type Element = DefaultTreeAdapterMap['element'];

/** Where Next.js writes the site's stylesheets; only these are put into the pages. */
const buildStylesheets = '/_next/static/';

export interface InlinedPage {
  html: string;
  /** The stylesheets now in the page, by address, in document order. */
  inlined: string[];
}

/**
 * Puts a page's own stylesheets into the page, so its first paint waits for nothing but the
 * HTML: on a phone with a slow signal that saves a round trip before anything shows.
 *
 * Each `<link rel="stylesheet">` to a build stylesheet becomes a `<style>` with its text, in
 * the same place, so the cascade is unchanged; the `<style>` serves print too. The link stays,
 * after it, disabled: React, which looks for the page's stylesheets by address when it takes
 * the page over and adds any it cannot find, finds it and adds nothing, and the browser neither
 * fetches nor parses a disabled stylesheet. (Left as a print-only link, it was fetched on every
 * visit and parsed a second time, for nothing.) It also says `media="print"`, so a browser that
 * fetches it all the same does not hold up the paint for it. A link with a media query of its
 * own is left alone, and so is one already done, so running twice changes nothing.
 * `readStylesheet` gets the address and returns the file's text.
 */
export function inlineStylesheets(html: string, readStylesheet: (href: string) => string): InlinedPage {
  const links: Element[] = [];
  visitElements(parse(html, { sourceCodeLocationInfo: true }), (element) => {
    if (element.tagName !== 'link') return;
    const rel = attribute(element, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(element, 'href');
    if (rel.includes('stylesheet') && href?.startsWith(buildStylesheets) && attribute(element, 'media') === undefined) links.push(element);
  });

  let result = html;
  // From the end, so the offsets of the links before are still right.
  for (const link of [...links].reverse()) {
    const href = attribute(link, 'href')!;
    const location = link.sourceCodeLocation!;
    const css = inlinable(readStylesheet(href), href);
    const markerLink = `<link ${link.attrs.map(({ name, value }) => `${name}="${escapeAttribute(value)}"`).join(' ')} media="print" disabled=""/>`;
    result = `${result.slice(0, location.startOffset)}<style>${css}</style>${markerLink}${result.slice(location.endOffset)}`;
  }
  return { html: result, inlined: links.map((link) => attribute(link, 'href')!) };
}

/**
 * The stylesheet's text, if it means the same inside the page. A stylesheet that refers to
 * another file by a relative address (`url(font.woff2)`, `@import "x.css"`) would look for it
 * beside the page instead, and `</style` in it would end the element early.
 */
function inlinable(css: string, href: string): string {
  if (/<\/style/i.test(css)) throw new Error(`${href}: contains "</style", which would end the inlined <style> early`);
  if (/@import\b/i.test(css)) throw new Error(`${href}: has an @import, which would be fetched relative to the page once inlined`);
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))/gi)) {
    const address = match[1] ?? match[2] ?? match[3] ?? '';
    if (!/^(?:\/|#|[a-z][a-z0-9+.-]*:)/i.test(address)) {
      throw new Error(`${href}: url(${address}) is relative to the stylesheet, and would be relative to the page once inlined`);
    }
  }
  return css;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((candidate) => candidate.name === name)?.value;
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}
