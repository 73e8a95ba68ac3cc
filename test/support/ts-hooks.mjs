// Module hooks that let a child process or a worker thread run the TypeScript sources directly (no build, no dist/ to go stale):
// library entries resolve to their sources, `.js` specifiers resolve to the `.ts` file beside them (the nodenext convention), and `.ts` files are compiled by
// @swc/core with the same settings jest uses (legacy decorators and decorator metadata, as Nest needs them).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import swc from '@swc/core';
import { SWC_OPTIONS } from './swc-options.mjs';

export async function resolve(specifier, context, next) {
  // Library entries (package.json `imports`, `#event-sourcing` …) point at their sources under the `source` condition.
  const conditions = context.conditions.includes('source') ? context.conditions : [...context.conditions, 'source'];
  try {
    return await next(specifier, { ...context, conditions });
  } catch (error) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !relative || !specifier.endsWith('.js')) throw error;
    return next(`${specifier.slice(0, -3)}.ts`, { ...context, conditions });
  }
}

export async function load(url, context, next) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context);
  const filename = fileURLToPath(url);
  const { code } = await swc.transform(await readFile(filename, 'utf8'), { ...SWC_OPTIONS, filename });
  return { format: 'module', source: code, shortCircuit: true };
}
