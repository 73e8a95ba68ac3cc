import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where `vite build` put the dashboard: `dist/dashboard` at the repository root. This module runs from source (tests)
 * and from `dist/apps/api/…` (production), so the root is found by walking up to the nearest package.json rather than
 * by a fixed number of `..`.
 */
export function locateDashboardBuild(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return join(process.cwd(), 'dist', 'dashboard');
    dir = parent;
  }
  return join(dir, 'dist', 'dashboard');
}

/** An SPA route (`/dashboard/projects/p-1`) gets index.html; a missing asset (`/dashboard/assets/x.js`) stays a 404. */
export const isPageRoute = (relativePath: string): boolean => !/\.[A-Za-z0-9]+$/.test(relativePath);
