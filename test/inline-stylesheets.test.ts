import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '@/lib/inline-stylesheets';

const sheets: Record<string, string> = {
  '/_next/static/chunks/site.css': 'body{color:#222}',
  '/_next/static/chunks/workshop.css': '.plan{display:grid}',
};
const read = (href: string) => {
  const css = sheets[href];
  if (css === undefined) throw new Error(`no ${href}`);
  return css;
};
const link = (href: string) => `<link rel="stylesheet" href="${href}" data-precedence="next"/>`;
const page = (head: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>${head}<script src="/_next/static/chunks/a.js" async=""></script></head><body><p>Hello</p></body></html>`;

describe('putting a page’s stylesheets into the page', () => {
  it('puts each build stylesheet’s text where its link was, and keeps the link, disabled, for React to find', () => {
    const { html, inlined } = inlineStylesheets(page(link('/_next/static/chunks/site.css') + link('/_next/static/chunks/workshop.css')), read);
    expect(inlined).toEqual(['/_next/static/chunks/site.css', '/_next/static/chunks/workshop.css']);
    expect(html).toBe(
      page(
        '<style>body{color:#222}</style><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next" media="print" disabled=""/>' +
          '<style>.plan{display:grid}</style><link rel="stylesheet" href="/_next/static/chunks/workshop.css" data-precedence="next" media="print" disabled=""/>',
      ),
    );
  });

  it('changes nothing the second time', () => {
    const once = inlineStylesheets(page(link('/_next/static/chunks/site.css')), read).html;
    const twice = inlineStylesheets(once, read);
    expect(twice).toEqual({ html: once, inlined: [] });
  });

  it('leaves other links alone: another site’s stylesheet, one with its own media, icons and preloads', () => {
    const head =
      '<link rel="stylesheet" href="https://example.org/x.css"/>' +
      '<link rel="stylesheet" href="/_next/static/chunks/site.css" media="(min-width: 40rem)"/>' +
      '<link rel="icon" href="/icon.svg"/><link rel="preload" as="script" href="/_next/static/chunks/b.js"/>';
    expect(inlineStylesheets(page(head), read)).toEqual({ html: page(head), inlined: [] });
  });

  it('finds the link however its attributes are written', () => {
    const { html } = inlineStylesheets(page(`<LINK href='/_next/static/chunks/site.css' REL="Stylesheet">`), read);
    expect(html).toContain('<style>body{color:#222}</style><link href="/_next/static/chunks/site.css" rel="Stylesheet" media="print" disabled=""/>');
  });

  it('refuses a stylesheet that would mean something else inside the page', () => {
    const reading = (css: string) => (href: string) => (href.endsWith('site.css') ? css : read(href));
    const one = page(link('/_next/static/chunks/site.css'));
    expect(() => inlineStylesheets(one, reading('a{content:"</style>"}'))).toThrow(/site\.css.*<\/style/);
    expect(() => inlineStylesheets(one, reading('@import "more.css";'))).toThrow(/site\.css.*@import/);
    expect(() => inlineStylesheets(one, reading('a{background:url(../media/x.png)}'))).toThrow(/site\.css.*url\(\.\.\/media\/x\.png\)/);
    expect(() => inlineStylesheets(one, reading("a{background:url('x.png')}"))).toThrow(/url\(x\.png\)/);
    expect(inlineStylesheets(one, reading('a{background:url(/media/x.png)}b{background:url("data:image/png;base64,AA==")}')).inlined).toHaveLength(1);
  });
});
