import { inlineSourcesOf } from './inline-sources';
import { notFoundFile, urlsForFile, type ExportedPage, type PagePolicy, type SecurityManifest } from './manifest';
import { contentSecurityPolicy, siteHeaders } from './policy';

/** Hashes every page's inline scripts and styles and gives each page the policy that allows exactly those. */
export function buildManifest(pages: readonly ExportedPage[]): SecurityManifest {
  const policies = [...pages]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map((page): PagePolicy => {
      const sources = inlineSourcesOf(page.html);
      return {
        file: page.file,
        urls: urlsForFile(page.file),
        scriptSources: sources.scripts,
        styleSources: sources.styles,
        contentSecurityPolicy: contentSecurityPolicy(sources, 'https'),
      };
    });
  const notFound = policies.find((page) => page.file === notFoundFile);
  if (!notFound) throw new Error(`no ${notFoundFile} among the exported pages: every host needs one for missing addresses`);
  return {
    notFoundFile,
    fallbackContentSecurityPolicy: notFound.contentSecurityPolicy,
    siteHeaders: siteHeaders('https'),
    pages: policies,
  };
}
