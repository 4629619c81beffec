import { config } from 'zod/mini';

/**
 * zod/mini, for code that ships to the browser and must stay small (reading an imported
 * progress file, loaded on demand). Set up like lib/zod.ts: no
 * eval probe, which the page's policy refuses.
 *
 * Re-exported name by name (`import * as z from '@/lib/zod-mini'`), not as one namespace
 * object: the bundler can then leave out every part a page does not use (locales, JSON
 * Schema), some 70 KB gzip.
 */
config({ jitless: true });

export * from 'zod/mini';
