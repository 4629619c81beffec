/**
 * The script URLs (on the site itself) that an exported page's HTML loads on a first visit:
 * every <script src> and script preload, less noModule polyfills, which modern browsers
 * skip. The size budget adds them up; the browser stories that drop a page's later scripts
 * let these through.
 */
export function firstLoadScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    if (/\bnomodule\b/i.test(tag)) continue;
    const src = tag.match(/\bsrc="([^"]+)"/)?.[1];
    if (src) urls.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const isScriptPreload = /\brel="(?:preload|modulepreload)"/.test(tag) && (/\bas="script"/.test(tag) || /modulepreload/.test(tag));
    const href = tag.match(/\bhref="([^"]+)"/)?.[1];
    if (isScriptPreload && href) urls.add(href);
  }
  return [...urls].filter((url) => url.startsWith('/'));
}
