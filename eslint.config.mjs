import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Content is rendered as text, never as HTML.
      'react/no-danger': 'error',
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
              message: "Import z from '@/lib/zod-mini': it stops zod probing for eval, which the policy refuses.",
            },
          ],
        },
      ],
    },
  },
  { files: ['lib/zod.ts', 'lib/zod-mini.ts'], rules: { 'no-restricted-imports': 'off' } },
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', 'bench/**', 'test-results/**', 'playwright-report/**', 'shots/**']),
]);
