import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderCarried } from '@/bench/bare/app/carried-node';
import { carriedPage } from '@/lib/bench/carried-page';

type Node = DefaultTreeAdapterMap['node'];

/** Markup with each element's attributes in name order, so two renderings compare by content. */
function canonical(html: string): string {
  const sortAttributes = (node: Node) => {
    if ('attrs' in node) node.attrs.sort((a, b) => a.name.localeCompare(b.name));
    if ('childNodes' in node) node.childNodes.forEach(sortAttributes);
  };
  const fragment = parseFragment(html);
  sortAttributes(fragment);
  return serialize(fragment);
}

const shown =
  '<a class="skip-link" href="#main">Skip to content</a>' +
  '<header class="site-header"><svg width="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false" fill="none" stroke-width="2.4" stroke-linecap="round"><path d="M3 24h26" fill-opacity="0.3"></path></svg></header>' +
  '<main id="main" tabindex="-1"><p data-module="organiser" style="--fill:40%;margin-top:1rem">Talk for <strong>30%</strong>, listen for 70%.</p>' +
  '<fieldset disabled=""><legend>How sure are you?</legend><label><input type="radio" name="rating" value="sure" autocomplete="off" checked=""> Sure</label></fieldset>' +
  '<section hidden="" aria-labelledby="later"><h2 id="later">Later</h2></section></main>' +
  '<div id="app-notices" class="app-notices" role="status"></div>';

const exported =
  '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"/><style>body{color:#222}main>p{margin:0}</style>' +
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" media="print" disabled=""/><link rel="expect" href="#app-notices" blocking="render"/>' +
  '<script src="/_next/static/chunks/a.js" async=""></script><style>.plan{display:grid}</style></head>' +
  '<body><div hidden=""><!--$--><!--/$--></div>' +
  shown.replace('<main id="main" tabindex="-1">', '<main id="main" tabindex="-1"><!--$!--><template data-dgst=""></template>') +
  '<script>self.__next_f.push([1,"…"])</script><script src="/_next/static/chunks/b.js" async=""></script></body></html>';

describe('carrying an exported page into a bare Next.js page', () => {
  it('keeps the inlined styles, as written', () => {
    expect(carriedPage(exported).styles).toEqual(['body{color:#222}main>p{margin:0}', '.plan{display:grid}']);
  });

  it('renders with React to the same elements, attributes and text as the page it came from, without Next’s own parts', () => {
    const rendered = renderToStaticMarkup(createElement(Fragment, null, ...renderCarried(carriedPage(exported).body)));
    expect(canonical(rendered)).toBe(canonical(shown));
  });
});
