import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The dashboard's static build, served by apps/api at /dashboard (apps/api/src/dashboard-site/serve-dashboard.ts). */
export default defineConfig({
  root: here('.'),
  base: '/dashboard/',
  publicDir: false,
  build: {
    outDir: here('../../dist/dashboard'),
    emptyOutDir: true,
    target: 'es2022',
    // ECharts alone is ~500 kB minified even when only the line chart is imported; one chunk keeps the page simple.
    chunkSizeWarningLimit: 900,
  },
  server: {
    // `npx vite --config apps/dashboard/vite.config.ts` during development, with `npm start` running the API.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
