import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/** Markup and code the Content-Security-Policy refuses (docs/decisions/0004-security-headers.md). */
const refusedByThePolicy = [
  {
    selector: 'JSXAttribute[name.name=/^on/i][value.type="Literal"]',
    message: 'An inline event handler (a string) is refused by the Content-Security-Policy: pass a function.',
  },
  {
    selector: 'JSXAttribute[name.name=/^on/i] > JSXExpressionContainer > :matches(Literal, TemplateLiteral)',
    message: 'An inline event handler (a string) is refused by the Content-Security-Policy: pass a function.',
  },
  {
    selector: 'CallExpression[callee.property.name="setAttribute"][arguments.0.value=/^on/i]',
    message: 'An inline event handler (a string) is refused by the Content-Security-Policy: use addEventListener.',
  },
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'HTML written as a string can carry markup nobody reviewed: build elements, or render with React.',
  },
  {
    selector: 'CallExpression[callee.property.name="insertAdjacentHTML"]',
    message: 'HTML written as a string can carry markup nobody reviewed: build elements, or render with React.',
  },
  {
    selector: 'CallExpression[callee.object.name="document"][callee.property.name=/^write(ln)?$/]',
    message: 'Markup written with document.write comes in as a string: build elements, or render with React.',
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // The files eslint-config-next lints with the react plugin: a rule of that plugin set for
    // any other file (a .cjs script) stops the whole run with "could not find plugin".
    files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'],
    rules: {
      // Content is rendered as text, never as HTML.
      'react/no-danger': 'error',
      // The policy refuses inline script: `javascript:` URLs, string handlers and eval do not run.
      'react/jsx-no-script-url': 'error',
      'no-restricted-syntax': ['error', ...refusedByThePolicy],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              allowTypeImports: true,
              message: "Import z from '@/lib/zod': it stops zod probing for eval, which the policy refuses.",
            },
            {
              name: 'zod/mini',
              allowTypeImports: true,
              message: "Import * as z from '@/lib/zod-mini': it stops zod probing for eval, which the policy refuses.",
            },
            {
              // The component only: its hooks (useLinkStatus) are for use inside our Link.
              name: 'next/link',
              importNames: ['default'],
              message: "Import { Link } from '@/components/site/link': it does not prefetch every link that scrolls into view.",
            },
          ],
        },
      ],
    },
  },
  { files: ['lib/zod.ts', 'lib/zod-mini.ts', 'components/site/link.tsx'], rules: { 'no-restricted-imports': 'off' } },
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', 'bench/**', 'test-results/**', 'playwright-report/**', 'shots/**']),
]);
