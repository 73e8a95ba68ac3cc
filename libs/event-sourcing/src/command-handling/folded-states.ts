import type { Folded } from './aggregate.js';

/**
 * Folded states of the streams in flight, least recently used out first: a command on a stream touched minutes ago
 * reads nothing. States are immutable (evolve is pure), so commands may share them.
 */
export class FoldedStates<State> {
  private readonly kept = new Map<string, Folded<State>>();

  constructor(private readonly capacity: number) {}

  get(streamId: string): Folded<State> | undefined {
    const known = this.kept.get(streamId);
    if (known) this.remember(streamId, known);
    return known;
  }

  /** The version kept for a stream (0 when none). */
  version(streamId: string): number {
    return this.kept.get(streamId)?.version ?? 0;
  }

  /**
   * Keeps a state this process has seen durable. Never moves backwards: two commands settle in any order, and a slower
   * answer must not undo a newer one. A stream that does not exist is not kept: random ids must not evict the rest.
   */
  advance(streamId: string, folded: Folded<State>): void {
    if (folded.version === 0) return;
    const known = this.kept.get(streamId);
    if (known && known.version > folded.version) return;
    this.remember(streamId, folded);
  }

  /** A Map iterates in insertion order, so a hit is moved to the end and the first key is the oldest. */
  private remember(streamId: string, folded: Folded<State>): void {
    this.kept.delete(streamId);
    this.kept.set(streamId, folded);
    if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value!);
  }
}
