import { cloudflareLimits, headersFor, type HeaderRule, type HeadersFileReading } from './headers-file';
import { inlineSourcesOf } from './inline-sources';
import { urlsForFile, type ExportedPage, type SecurityManifest } from './manifest';
import { directivesOf, type InlineSources } from './policy';

/**
 * Checks, from the exported HTML itself, that every page's inline scripts and styles are
 * allowed by the policy each host will send with it: Cloudflare and Netlify reading
 * `out/_headers`, nginx reading the generated map. A page is covered when no host gets it wrong.
 */
export interface CoverageInput {
  pages: readonly ExportedPage[];
  manifest: SecurityManifest;
  headersFile: { text: string; rules: readonly HeaderRule[] };
  nginxMap: { byFile: ReadonlyMap<string, string>; fallback: string | undefined };
}

export interface CoverageReport {
  pages: number;
  covered: number;
  /** One line per problem, naming the page, the address and the host. */
  problems: string[];
}

/** An address no page has, to see what a host sends with its not-found page. */
export const missingAddress = '/no-such-page-for-the-header-check/';

export function checkCoverage({ pages, manifest, headersFile, nginxMap }: CoverageInput): CoverageReport {
  const problems: string[] = [];
  let covered = 0;
  const readings: HeadersFileReading[] = ['cloudflare', 'netlify'];

  for (const page of pages) {
    const sources = inlineSourcesOf(page.html);
    const pageProblems: string[] = [];
    const entry = manifest.pages.find((candidate) => candidate.file === page.file);
    if (!entry) pageProblems.push(`${page.file}: not in the manifest (was the site rebuilt without the header step?)`);

    const urls = page.file === manifest.notFoundFile ? [...urlsForFile(page.file), missingAddress] : urlsForFile(page.file);
    for (const url of urls) {
      for (const reading of readings) {
        const problem = policyProblem(headersFor(headersFile.rules, url, reading).get('content-security-policy'), sources);
        if (problem) pageProblems.push(`${page.file} at ${url} on ${readingName[reading]}: ${problem}`);
      }
    }
    const nginxPolicy = nginxMap.byFile.get(`/${page.file}`) ?? nginxMap.fallback;
    const nginxProblem = policyProblem(nginxPolicy, sources);
    if (nginxProblem) pageProblems.push(`${page.file} on nginx: ${nginxProblem}`);

    if (pageProblems.length === 0) covered++;
    problems.push(...pageProblems);
  }

  problems.push(...cloudflareLimitProblems(headersFile, manifest));
  return { pages: pages.length, covered, problems };
}

const readingName: Record<HeadersFileReading, string> = { cloudflare: 'Cloudflare Pages', netlify: 'Netlify' };

/**
 * Why `policy` would block one of the page's inline scripts or styles, or allow any inline
 * script or style at all; undefined when it is right.
 */
export function policyProblem(policy: string | undefined, sources: InlineSources): string | undefined {
  if (!policy) return 'no Content-Security-Policy';
  // Two policies joined by a comma are both enforced: a script must pass each of them.
  if (policy.includes(',')) return 'more than one Content-Security-Policy';
  const directives = directivesOf(policy);
  for (const [directive, kind, needed] of [
    ['script-src', 'inline script', sources.scripts],
    ['style-src', 'inline style', sources.styles],
  ] as const) {
    const allowed = directives.get(directive);
    if (!allowed) return `no ${directive}`;
    if (allowed.includes("'unsafe-inline'")) return `${directive} allows 'unsafe-inline'`;
    const missing = needed.filter((source) => !allowed.includes(source));
    if (missing.length > 0) return `${missing.length} ${kind}(s) not allowed: ${missing.join(' ')}`;
  }
  return undefined;
}

/** Cloudflare ignores rules after the first 100 and lines over 2,000 characters, without failing the deploy. */
function cloudflareLimitProblems(headersFile: CoverageInput['headersFile'], manifest: SecurityManifest): string[] {
  const problems: string[] = [];
  // Cloudflare redirects `…/index.html` to the folder, so it needs every rule but those.
  const netlifyOnly = new Set(manifest.pages.flatMap((page) => page.urls.slice(1)));
  const needed = headersFile.rules.findLastIndex((rule) => !netlifyOnly.has(rule.path)) + 1;
  if (needed > cloudflareLimits.rules) {
    problems.push(
      `_headers: Cloudflare Pages reads the first ${cloudflareLimits.rules} rules, and the site needs its first ${needed} there ` +
        '(see docs/decisions/0004-security-headers.md)',
    );
  }
  const long = headersFile.text.split('\n').filter((line) => line.trim().length > cloudflareLimits.lineLength);
  if (long.length > 0) problems.push(`_headers: ${long.length} line(s) longer than Cloudflare Pages' ${cloudflareLimits.lineLength} characters`);
  return problems;
}
