import v8 from 'node:v8';

/**
 * Left to itself, V8 sizes a busy server's heap by its allocation rate, not by what it keeps. Each command allocates
 * ≈ 150 KB that lives as long as the request (tens of milliseconds under load), so much of it survives a young
 * collection, is promoted and piles up: the API's main heap reached ≈ 260 MB for ≈ 60 MB alive. Growing the heap by a
 * fixed share past what survived each full collection bounds the footprint, but the more frequent full collections
 * pause requests. Measured on the quick commands benchmark (2 cores): V8's own sizing (0) peaks at 300–375 MB with a
 * p99 of 13–18 ms at 1,000 commands/s; 100 % at ≈ 280 MB, p99 21–48 ms; 50 % at ≈ 262 MB, p99 59–99 ms. Latency is
 * what callers feel, so the default is V8's; an operator short of memory sets a share. Unlike --max-old-space-size it
 * sets no ceiling: a larger live set (the SLA clock index of 100,000 projects) still gets the heap it needs.
 */
export const DEFAULT_HEAP_GROWTH_PERCENT = 0;

/**
 * Applies HEAP_GROWTH_PERCENT to every heap of the process (threads included) at start. A V8 flag rather than a node
 * option because NODE_OPTIONS refuses it; it is read at each full collection, so setting it at start is in time.
 */
export function applyHeapGrowth(percent: number): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
