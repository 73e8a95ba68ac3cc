import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DOCUMENT_READER, type Page, type DocumentReader } from '#read-store';
import { slaClocksProjection, type SlaClocksDocument } from '../../projections/sla-clocks/index.js';
import { CompactSlaClocks } from './compact-sla-clocks.js';

const PAGE_SIZE = 2000;

/**
 * The SLA clocks of every project, in memory in this API process, for the dashboard and the alert list: reading
 * 100,000 `sla-clocks` documents costs a second or more per query, evaluating their compact form a few milliseconds.
 *
 * Fed from the read model, not from the log, so it answers the same with the projector in or out of process. Loaded
 * in full once per live generation (again after a rebuild switched it), then brought up to date before every query
 * with the documents whose `_position` is above the checkpoint it last read. The checkpoint is read first: every
 * document at or below it is already written (SQLite commits them together, MongoDB writes the documents before the
 * checkpoint), so the index reflects at least that checkpoint, hence any `minPosition` the query waited for. Several
 * API instances each keep their own and converge. The projection never deletes a document, which this relies on.
 */
@Injectable()
export class SlaClockIndex implements OnApplicationBootstrap {
  private readonly logger = new Logger('SlaClockIndex');
  private clocks = new CompactSlaClocks();
  private generation: number | null = null;
  /** Checkpoint of the live generation as last read: every document at or below it is in `clocks`. */
  private checkpoint = 0;
  private inFlight: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(@Inject(DOCUMENT_READER) private readonly reads: DocumentReader) {}

  /** Loads ahead of the first dashboard (it takes a second or two at 100,000 projects); a failure waits for that query. */
  onApplicationBootstrap(): void {
    this.current().catch((error: unknown) => this.logger.debug(`Warm-up load failed, retried on the first query: ${String(error)}`));
  }

  /** The position the clocks reflect at least. */
  get position(): number {
    return this.checkpoint;
  }

  /** The clocks, brought up to (at least) the read model's checkpoint as it was when this call was made. */
  async current(): Promise<CompactSlaClocks> {
    await this.refreshed();
    return this.clocks;
  }

  /**
   * One refresh at a time. A refresh already running may have read the checkpoint before this call, so a caller
   * arriving meanwhile waits for the next one, which every caller arriving meanwhile shares.
   */
  private refreshed(): Promise<void> {
    if (!this.inFlight) {
      this.inFlight = this.refresh().finally(() => (this.inFlight = null));
      return this.inFlight;
    }
    this.queued ??= this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.refreshed();
      });
    return this.queued;
  }

  private async refresh(): Promise<void> {
    const state = await this.reads.projectionState(slaClocksProjection.name);
    if (!state) return; // not registered yet: nothing projected
    const live = state.liveGeneration;
    const checkpoint = state.generations.find((g) => g.generation === live)?.checkpoint ?? 0;
    if (live !== this.generation) {
      this.clocks = await this.load(live);
      this.generation = live;
    } else {
      await this.catchUp(live, this.checkpoint);
    }
    this.checkpoint = checkpoint;
  }

  private async load(generation: number): Promise<CompactSlaClocks> {
    const clocks = new CompactSlaClocks();
    const docs = this.reads.scan<SlaClocksDocument>(slaClocksProjection.collection, { generation, batchSize: PAGE_SIZE });
    for await (const doc of docs) clocks.upsert(doc);
    clocks.inDeadlineOrder();
    return clocks;
  }

  /** Applies every document written after `after`, oldest first (a document seen twice ends at its newest). */
  private async catchUp(generation: number, after: number): Promise<void> {
    let cursor: string | null = null;
    do {
      const page: Page<SlaClocksDocument> = await this.reads.find<SlaClocksDocument>(
        slaClocksProjection.collection,
        { where: { _position: { gt: after } }, orderBy: { field: '_position', direction: 'asc' }, limit: PAGE_SIZE, after: cursor },
        { generation },
      );
      for (const doc of page.items) this.clocks.upsert(doc);
      cursor = page.nextCursor;
    } while (cursor !== null);
  }
}
