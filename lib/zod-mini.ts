import * as z from 'zod/mini';

/**
 * zod/mini, for code that ships to the browser and must stay small (reading an imported
 * progress file). Set up like lib/zod.ts: no eval probe, which the page's policy refuses.
 */
z.config({ jitless: true });

export { z };
