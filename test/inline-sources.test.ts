import { describe, expect, it } from 'vitest';
import { inlineCodeOf, inlineSourcesOf, sha256Source } from '@/lib/security/inline-sources';

const inlineScriptsOf = (html: string) => inlineCodeOf(html).scripts;
const inlineStylesOf = (html: string) => inlineCodeOf(html).styles;

const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

describe('finding the inline scripts a browser will hash', () => {
  it('takes every script without a src, in document order, and skips the ones with one', () => {
    const html = page('<script>one()</script><script src="/a.js"></script><script async="">two()</script><script type="module">three()</script>');
    expect(inlineScriptsOf(html)).toEqual(['one()', 'two()', 'three()']);
  });

  it('keeps the text byte for byte: whitespace, blank lines and indentation included', () => {
    const text = '\n  self.__next_f.push([1, "a\\nb"])  \n\n\t';
    expect(inlineScriptsOf(page(`<script>${text}</script>`))).toEqual([text]);
  });

  it('leaves character references alone, as script text is never decoded', () => {
    expect(inlineScriptsOf(page('<script>a &amp;&amp; b &lt; c</script>'))).toEqual(['a &amp;&amp; b &lt; c']);
  });

  it('reads line endings as the browser does, CR LF and CR becoming LF', () => {
    expect(inlineScriptsOf(page('<script>a();\r\nb();\rc();</script>'))).toEqual(['a();\nb();\nc();']);
  });

  it('does not end a script at a "</script>" inside an escaped "<!--<script>", where a regular expression would', () => {
    const html = page('<script>var a = "<!--<script>";</script>alert(1)</script><p>after</p>');
    expect(inlineScriptsOf(html)).toEqual(['var a = "<!--<script>";</script>alert(1)']);
  });

  it('ignores scripts that are only text: inside comments, and inside <noscript> with scripting on', () => {
    expect(inlineScriptsOf(page('<!-- <script>no()</script> --><noscript><script>no()</script></noscript>'))).toEqual([]);
  });

  it('counts scripts in <template> content and inline SVG, which can run once in the page', () => {
    const html = page(
      '<template><script>later()</script></template>' +
        '<svg><script>svg()</script><script href="/s.js"></script><script xlink:href="/t.js"></script></svg>',
    );
    expect(inlineScriptsOf(html)).toEqual(['later()', 'svg()']);
  });

  it('hashes an HTML script with an href, which the browser ignores and runs inline', () => {
    expect(inlineScriptsOf(page('<script href="/not-a-source.js">inline()</script>'))).toEqual(['inline()']);
  });

  it('finds the scripts of a page shaped like Next.js export output', () => {
    const html =
      '<!DOCTYPE html><html lang="en-GB"><head><script src="/_next/static/chunks/a.js" async=""></script>' +
      '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script></head>' +
      '<body><main>Hello</main><script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
      '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n<\\/script>"])</script></body></html>';
    expect(inlineScriptsOf(html)).toHaveLength(3);
    expect(inlineScriptsOf(html)[2]).toBe('self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n<\\/script>"])');
  });
});

describe('finding the style elements a browser will hash', () => {
  it('takes every <style>, in head, body or an SVG, with its text as written', () => {
    const html = page('<style>\n  p > a { color: #222 }\n</style><svg><style>circle{fill:red}</style></svg>').replace('</head>', '<style>body{margin:0}</style></head>');
    expect(inlineStylesOf(html)).toEqual(['body{margin:0}', '\n  p > a { color: #222 }\n', 'circle{fill:red}']);
  });

  it('skips stylesheets linked by address, and styles inside <noscript> or a comment', () => {
    expect(inlineStylesOf(page('<link rel="stylesheet" href="/a.css"><noscript><style>a{}</style></noscript><!-- <style>b{}</style> -->'))).toEqual([]);
  });

  it('lists each distinct style once', () => {
    expect(inlineSourcesOf(page('<style>a{}</style><style>a{}</style><style>b{}</style>')).styles).toEqual([sha256Source('a{}'), sha256Source('b{}')]);
  });
});

describe('hashing a script for the policy', () => {
  it('gives the base64 SHA-256 of the UTF-8 text, as the CSP specification’s example', () => {
    expect(sha256Source("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('hashes text beyond ASCII as its UTF-8 bytes', () => {
    // Worked out independently: python3 -c "hashlib.sha256('“organiser” — £5'.encode())"
    expect(sha256Source('“organiser” — £5')).toBe("'sha256-gCActXA43pume3JI9dKbX89gxrseJUmOfEmcD0oYVnE='");
  });

  it('lists each distinct script once', () => {
    expect(inlineSourcesOf(page('<script>x()</script><script>x()</script><script>y()</script>')).scripts).toEqual([sha256Source('x()'), sha256Source('y()')]);
  });
});
