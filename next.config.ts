import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A static site: `next build` writes every page to out/, which any static host serves.
  output: 'export',
  // /learn/organiser/ is written as learn/organiser/index.html, which every host serves
  // without rewrite rules.
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
