import { z } from 'zod';

/**
 * zod, set up for pages under the site's Content-Security-Policy. To compile faster parsers
 * zod probes for `eval` with `new Function("")` when a schema is built; the policy refuses
 * eval, and the browser reports the refused probe as a violation even though zod catches it.
 * Every schema module imports `z` from here, so the setting is in place before any is built.
 */
z.config({ jitless: true });

export { z };
