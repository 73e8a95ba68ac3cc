import type { LeaseFence, ProjectionStore } from '#read-store';

/** How far a reactor has got: the last position handled, and the last position its reactions wrote. */
export interface ReactorProgress {
  position: number;
  appendedThrough: number;
}

/** The one document of a reactor's collection. */
const PROGRESS_ID = 'progress';

/**
 * A reactor's checkpoint, kept where the projections keep theirs: a registry row of one generation that is never
 * rebuilt, whose collection holds one document, the position its reactions last wrote. Both are committed together
 * (one transaction on SQLite, guarded by position on MongoDB) and fenced by the reactor's lease, exactly as a
 * projection's commit is, so the read store needs nothing new and a reader in another process sees both.
 */
export class ReactorCheckpoint {
  private saved: ReactorProgress = { position: 0, appendedThrough: 0 };

  constructor(
    private readonly store: ProjectionStore,
    private readonly name: string,
  ) {}

  /** Creates the row the first time (checkpoint 0). */
  async register(): Promise<void> {
    await this.store.registerProjection({ name: this.name, collection: this.name, version: 1 });
  }

  /** What is saved (zeros before anything was). */
  async load(): Promise<ReactorProgress> {
    const progress = await readReactorProgress(this.store, this.name);
    if (progress.position > this.saved.position) this.saved = progress;
    return progress;
  }

  /** Saves `progress` unless it is what was saved last; refused (LeaseLostError) unless the fence's owner holds the lease. */
  async save(progress: ReactorProgress, fence?: LeaseFence): Promise<void> {
    if (progress.position <= this.saved.position && progress.appendedThrough <= this.saved.appendedThrough) return;
    const upserts = [{ collection: this.name, id: PROGRESS_ID, doc: { appendedThrough: progress.appendedThrough }, position: progress.position }];
    await this.store.commit({ name: this.name, generation: 1 }, { upserts, deletes: [] }, progress.position, fence);
    this.saved = { ...progress };
  }
}

/** A reactor's saved progress as any reader of the read store sees it (another process's API, the CLI). */
export async function readReactorProgress(store: Pick<ProjectionStore, 'projectionState' | 'get'>, name: string): Promise<ReactorProgress> {
  const state = await store.projectionState(name);
  const position = state?.generations.find((g) => g.generation === state.liveGeneration)?.checkpoint ?? 0;
  const doc = state ? await store.get<{ appendedThrough?: number }>(name, PROGRESS_ID) : null;
  return { position, appendedThrough: doc?.appendedThrough ?? 0 };
}
