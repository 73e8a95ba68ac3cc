import { performance } from 'node:perf_hooks';
import { Command, CommandRunner, Option } from 'nest-commander';
import { PROJECTIONS } from '#connection-projects/projections';
import { ProjectionRunner, RebuildStoppedError } from '#event-sourcing';
import { loadConfig } from '#platform';
import { selectProjections } from './projection-names.js';
import { summaryRows, throttledProgress, type RebuildSummary } from './rebuild-progress.js';
import { openStores } from './stores-session.js';
import { textTable } from './text-table.js';

interface RebuildOptions {
  projection?: string[];
  batchSize?: number;
}

/**
 * Rebuilds projections from position 0 into a new generation beside the live one, which keeps serving reads; reads
 * switch only once the new generation caught up with the log. Safe while the API or the projector runs: they adopt
 * the new generation at their next batch. Progress goes to stderr, the summary to stdout.
 */
@Command({
  name: 'rebuild',
  description: 'Rebuild projections from the event log into a new generation, then switch reads to it',
})
export class RebuildCommand extends CommandRunner {
  async run(_: string[], options: RebuildOptions): Promise<void> {
    const names = selectProjections(options.projection);
    const stores = await openStores(loadConfig(process.env, { tokens: false }), { rebuilds: true });
    const runner = new ProjectionRunner({
      eventStore: stores.eventStore,
      readStore: stores.readStore,
      projections: PROJECTIONS,
      ...(options.batchSize ? { rebuildBatchSize: options.batchSize } : {}),
    });
    // Ctrl-C stops between two batches; the unfinished generation stays and the next rebuild resumes it.
    const interrupt = () => void runner.stop();
    process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
    try {
      // One pass over the log feeds every selected projection; each keeps its own checkpoint and switches once caught up.
      const started = performance.now();
      const label = names.length === 1 ? names[0]! : `${names.length} projections`;
      const results = await runner.rebuildAll(names, throttledProgress(label, (line) => process.stderr.write(line)));
      const seconds = (performance.now() - started) / 1000;
      for (const result of results) process.stderr.write(`${result.name}  reads switched to generation ${result.generation}\n`);
      const summaries: RebuildSummary[] = results.map((result) => ({ ...result, seconds }));
      process.stdout.write(`${textTable(summaryRows(summaries))}\n`);
    } catch (error) {
      if (error instanceof RebuildStoppedError) {
        throw new Error(`${error.message}; reads stay on the previous generation, and the next rebuild resumes where this one stopped`);
      }
      throw error;
    } finally {
      process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
      await stores.close();
    }
  }

  @Option({
    flags: '--projection <name>',
    description: `projection to rebuild (repeat for several): ${PROJECTIONS.map((p) => p.name).join(', ')}, or all (default)`,
  })
  parseProjection(value: string, previous: string[] = []): string[] {
    return [...previous, value];
  }

  @Option({ flags: '--batch-size <events>', description: 'events read, folded and committed per batch (default 5000)' })
  parseBatchSize(value: string): number {
    const size = Number(value);
    if (!Number.isInteger(size) || size < 1 || size > 100_000) throw new Error(`--batch-size must be an integer from 1 to 100000, got ${value}`);
    return size;
  }
}
