import { describe, expect, it } from 'vitest';
import { firstLoadScripts } from '@/lib/first-load-scripts';

describe('the scripts a page loads first', () => {
  it('are its script sources and script preloads on the site, once each, without noModule polyfills', () => {
    const html = [
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/s.css"/>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script async="" src="/_next/static/chunks/b.js"></script>',
      '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
      '<script src="https://elsewhere.example/x.js"></script>',
      '<script>self.__next_f.push([0])</script>',
    ].join('');
    expect(firstLoadScripts(html)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js']);
  });
});
