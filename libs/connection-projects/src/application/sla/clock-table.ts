/**
 * Every SLA clock of the index as columns of typed arrays, addressed by a clock id (its row): about 60 bytes a clock,
 * where one object per clock cost about 300 (V8 boxes every double field). Rows are only appended; a row replaced by
 * a differently shaped document is flagged gone. Instants are epoch ms (Infinity = never), days are day numbers.
 */
export class ClockTable {
  size = 0;
  startedAt = new Float64Array(0);
  deadline = new Float64Array(0);
  dueSoonFrom = new Float64Array(0);
  stoppedAt = new Float64Array(0);
  cancelledAt = new Float64Array(0);
  startDay = new Int32Array(0);
  deadlineDay = new Int32Array(0);
  /** Working days from start to stop (valid once stopped). */
  stopDays = new Float64Array(0);
  /** Slot in the index of the subject the clock runs on (a project, an account). */
  owner = new Int32Array(0);
  /** Index in SLA_CLOCK_NAMES. */
  name = new Uint8Array(0);
  /** Design review round, NaN (NO_ROUND) when the clock has none. */
  round = new Float64Array(0);
  /** CALENDAR_ESTIMATED | GONE | PAUSED. */
  flags = new Uint8Array(0);
  /** The owner's next clock in its document's order, -1 after its last (`SubjectTable.firstClock` starts the chain). */
  next = new Int32Array(0);
  /** `startedAt` as ISO text, made when the clock is first listed as an alert. */
  readonly startedAtText: (string | undefined)[] = [];

  /** Appends a row (every column zero) and returns its id. */
  add(): number {
    if (this.size === this.startedAt.length) this.grow(Math.max(1024, this.size * 2));
    this.startedAtText.push(undefined);
    this.next[this.size] = -1;
    return this.size++;
  }

  private grow(capacity: number): void {
    const f64 = (old: Float64Array) => withRows(new Float64Array(capacity), old);
    const i32 = (old: Int32Array) => withRows(new Int32Array(capacity), old);
    const u8 = (old: Uint8Array) => withRows(new Uint8Array(capacity), old);
    this.startedAt = f64(this.startedAt);
    this.deadline = f64(this.deadline);
    this.dueSoonFrom = f64(this.dueSoonFrom);
    this.stoppedAt = f64(this.stoppedAt);
    this.cancelledAt = f64(this.cancelledAt);
    this.startDay = i32(this.startDay);
    this.deadlineDay = i32(this.deadlineDay);
    this.stopDays = f64(this.stopDays);
    this.owner = i32(this.owner);
    this.name = u8(this.name);
    this.round = f64(this.round);
    this.flags = u8(this.flags);
    this.next = i32(this.next);
  }
}

export const NO_ROUND = Number.NaN;
export const CALENDAR_ESTIMATED = 1;
export const GONE = 2;
/** The customer's waits paused the clock (SPEC §5.1): its terms are in `CompactSlaClocks#pausedTerms`, computed per `asOf`. */
export const PAUSED = 4;

/** A grown column: the new array with the old one's rows. */
export const withRows = <T extends Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer> | Int8Array<ArrayBuffer>>(into: T, from: ArrayLike<number>): T => {
  into.set(from);
  return into;
};
