import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from './bench-options.js';

/** What every benchmark gets from the runner. */
export interface BenchContext {
  options: BenchOptions;
  /** The repository root (dist/ is built there). */
  root: string;
  /** Where results and profiles are written. */
  resultsDir: string;
  jwtSecret: string;
  /** Progress for humans, on stderr (stdout ends with the one-line JSON). */
  log: (line: string) => void;
}

/** A clean DATA_DIR in the system temp directory, removed by `dispose` unless --keep-data. */
export function tempDataDir(context: BenchContext, name: string): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(context.options.dataRoot ?? tmpdir(), `bench-${name}-`));
  return { dir, dispose: () => (context.options.keepData ? undefined : rmSync(dir, { recursive: true, force: true })) };
}
