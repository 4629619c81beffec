// @ts-check
/**
 * Builds out/sw.js from sw/sw.ts after `next build` has written the static site, with a
 * precache manifest of every file in out/. See docs/decisions/0005-offline.md.
 * @type {import('@serwist/cli').BuildOptions}
 */
const config = {
  swSrc: 'sw/sw.ts',
  swDest: 'out/sw.js',
  globDirectory: 'out',
  globPatterns: ['**/*.{html,txt,js,css,svg,png,webmanifest,json}'],
  // __next._full.txt repeats index.txt, and client navigation never asks for it.
  globIgnores: ['sw.js', 'security-headers.json', '**/__next._full.txt'],
  // Files under _next/static carry a content hash in their name: no need to revalidate.
  dontCacheBustURLsMatching: /^_next\/static\//,
  maximumFileSizeToCacheInBytes: 1024 * 1024,
  manifestTransforms: [
    async (entries) => ({
      manifest: entries.map((entry) => {
        // A page is requested as /learn/organiser/, not /learn/organiser/index.html.
        const url = entry.url.replace(/(^|\/)index\.html$/, '$1');
        return { ...entry, url: `/${url}`.replace(/^\/+/, '/') };
      }),
      warnings: [],
    }),
  ],
  esbuildOptions: { minify: true },
};

export default config;
