import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker whose entry file is `name` beside `base` (pass `import.meta.url`): the compiled `.js` in dist/, or
 * the `.ts` source when running from the sources. Those need the loader that compiles them: the one the process was
 * started with (`node --import …`, inherited by its threads), or under jest the one THREAD_TS_LOADER names.
 */
export function startWorker(name: string, base: string, options: WorkerOptions = {}): Worker {
  const fromSources = base.endsWith('.ts');
  const entry = new URL(`./${name}.${fromSources ? 'ts' : 'js'}`, base);
  const loader = process.env.THREAD_TS_LOADER;
  const execArgv = fromSources && loader ? [...process.execArgv, '--import', loader] : undefined;
  return new Worker(entry, { ...options, ...(execArgv ? { execArgv } : {}) });
}
