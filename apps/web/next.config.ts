import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source, so Next compiles them with the app.
  transpilePackages: ['@kushim/ui', '@kushim/contracts'],
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // Manual evidence uploads pass through src/proxy.ts on their way to the API, whose own limit
    // (EVIDENCE_MAX_UPLOAD_MB, default 25) is the one that answers; the pass-through must not cut them at 10 MB.
    proxyClientMaxBodySize: '1100mb',
  },
  // Browser calls to /api/v1/* are forwarded to the API by src/proxy.ts rather than by `rewrites()`:
  // next.config rewrites are frozen into the build, and API_URL must stay a run-time setting.
};

export default nextConfig;
