import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source, so Next compiles them with the app.
  transpilePackages: ['@kushim/ui', '@kushim/contracts'],
  reactStrictMode: true,
  poweredByHeader: false,
  // Browser calls to /api/v1/* are forwarded to the API by src/proxy.ts rather than by `rewrites()`:
  // next.config rewrites are frozen into the build, and API_URL must stay a run-time setting.
};

export default nextConfig;
