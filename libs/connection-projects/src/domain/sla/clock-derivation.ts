import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { limitOf, type ClockDefinition, type EventMatch } from '../policy/clock-definition.js';
import type { CustomerClass } from '../project.enums.js';
import type { ClockPauseSpan } from './clock-pauses.js';
import { deadlineOf } from './deadline-memo.js';
import type { TimeLimit } from './time-limit.js';

/** An event as the clocks see it: its type, its data and its business time. */
export interface ClockEvent {
  type: string;
  data: unknown;
  occurredAt: string;
}

/** What every stored form of a clock instance holds, by which the derivation finds the open ones. */
export interface ClockInstanceKey {
  name: string;
  /** Clocks started `each`: the round they time. */
  round?: number;
  stoppedAt?: string;
  /** The waits on the customer that paused it (SPEC §5.1); absent when none did. */
  pauses?: readonly ClockPauseSpan[];
}

/** A clock instance with its start, stop and deadline: what `deriveClocks` gives (the project view stores these). */
export interface ClockInstance<Name extends string = string> extends ClockInstanceKey {
  name: Name;
  startedAt: string;
  limit: TimeLimit;
  /** End of the deadline day in Shanghai (`YYYY-MM-DDT23:59:59.999+08:00`). */
  deadline: string;
}

/** How a reader records instances: the derivation decides which start and stop, the reader's record says how. */
export interface ClockRecords<R> {
  started(name: string, startedAt: string, limit: TimeLimit, round: number | undefined): R;
  stopped(record: R, stoppedAt: string): R;
  /** A wait on the customer opens while the clock runs (SPEC §5.1). */
  paused(record: R, at: string): R;
  /** The wait that paused it ends. */
  resumed(record: R, at: string): R;
}

/** A record's pauses with a wait opened at `at` / with its open wait ended at `at`. */
export const withPauseStarted = (pauses: readonly ClockPauseSpan[] | undefined, at: string): ClockPauseSpan[] => [...(pauses ?? []), { from: at }];
export const withPauseEnded = (pauses: readonly ClockPauseSpan[], at: string): ClockPauseSpan[] => [
  ...pauses.slice(0, -1),
  { from: pauses[pauses.length - 1]!.from, to: at },
];

/** A subject's clocks so far: the instances, and the halves of "the later of" starts awaiting their other half. */
export interface ClockFold<R> {
  records: R[];
  /** `${clock}:${side}` → when that half happened. */
  pending?: Readonly<Record<string, string>>;
}

/** The instances of the clock table as `ClockInstance`s, deadlines on that calendar. */
export const clockInstancesOn = (calendar: WorkingDayCalendar): ClockRecords<ClockInstance> => ({
  // Keys in the order the project view has always stored them.
  started: (name, startedAt, limit, round) =>
    round === undefined
      ? { name, startedAt, limit, deadline: deadlineOf(calendar, startedAt, limit) }
      : { name, startedAt, limit, deadline: deadlineOf(calendar, startedAt, limit), round },
  stopped: (record, stoppedAt) => ({ ...record, stoppedAt }),
  paused: (record, at) => ({ ...record, pauses: withPauseStarted(record.pauses, at) }),
  resumed: (record, at) => ({ ...record, pauses: withPauseEnded(record.pauses!, at) }),
});

/** The clocks of a subject of that class after its events, in the order they started (SPEC §5). */
export function deriveClocks<R extends ClockInstanceKey>(
  table: readonly ClockDefinition[],
  customerClass: CustomerClass | undefined,
  events: Iterable<ClockEvent>,
  records: ClockRecords<R>,
): R[] {
  let fold: ClockFold<R> = { records: [] };
  for (const event of events) fold = advanceClocks(table, customerClass, fold, event, records);
  return fold.records;
}

/**
 * One event's effect on a subject's clocks, for readers that fold event by event: the same fold object when the event
 * touches no clock. Stops come before starts, so an event that stops one clock and starts the next (energization →
 * post-connection check) lists the stopped one first and never stops what it starts. A clock stops once.
 */
export function advanceClocks<R extends ClockInstanceKey>(
  table: readonly ClockDefinition[],
  customerClass: CustomerClass | undefined,
  fold: ClockFold<R>,
  event: ClockEvent,
  records: ClockRecords<R>,
): ClockFold<R> {
  const rules = rulesOf(table).get(event.type);
  if (rules === undefined) return fold;
  let { records: instances, pending } = fold;
  for (const { clock, match, ends } of rules.pauses) {
    if (matches(match, event)) instances = pauseOrResume(instances, clock.name, ends, event.occurredAt, records);
  }
  for (const { clock, match, byRound } of rules.stops) {
    if (!matches(match, event)) continue;
    const round = byRound ? roundOf(event) : undefined;
    if (!byRound || round !== undefined) instances = stopOpen(instances, clock.name, round, event.occurredAt, records);
  }
  for (const { clock, match, kind, side } of rules.starts) {
    if (!matches(match, event)) continue;
    const limit = limitOf(clock, customerClass);
    if (limit === undefined) continue;
    if (kind === 'laterOf') {
      const other = `${clock.name}:${1 - side}`;
      if (pending?.[other] !== undefined) {
        const { [other]: _, ...rest } = pending;
        pending = rest;
        instances = [...instances, records.started(clock.name, event.occurredAt, limit, undefined)];
      } else if (pending?.[`${clock.name}:${side}`] === undefined) {
        pending = { ...pending, [`${clock.name}:${side}`]: event.occurredAt };
      }
      continue;
    }
    const round = kind === 'each' ? (roundOf(event) ?? instances.filter((r) => r.name === clock.name).length + 1) : undefined;
    instances = [...instances, records.started(clock.name, event.occurredAt, limit, round)];
  }
  if (instances === fold.records && pending === fold.pending) return fold;
  return pending === undefined || Object.keys(pending).length === 0 ? { records: instances } : { records: instances, pending };
}

interface StopRule {
  clock: ClockDefinition;
  match: EventMatch;
  byRound: boolean;
}

interface PauseRule {
  clock: ClockDefinition;
  match: EventMatch;
  /** The event ends the wait (else it starts one). */
  ends: boolean;
}

interface StartRule {
  clock: ClockDefinition;
  match: EventMatch;
  kind: 'on' | 'each' | 'laterOf';
  /** laterOf: which of the two events this is. */
  side: number;
}

interface Rules {
  pauses: PauseRule[];
  stops: StopRule[];
  starts: StartRule[];
}

/** A table's rules by event type, in table order (a fold asks for every event of every subject). */
const rulesByTable = new WeakMap<readonly ClockDefinition[], Map<string, Rules>>();

let lastTable: readonly ClockDefinition[] | undefined;
let lastRules: Map<string, Rules> | undefined;

const rulesOf = (table: readonly ClockDefinition[]) => {
  if (table === lastTable) return lastRules!;
  let rules = rulesByTable.get(table);
  if (rules) return ((lastTable = table), (lastRules = rules));
  rules = new Map();
  const of = (type: string) => rules!.get(type) ?? rules!.set(type, { pauses: [], stops: [], starts: [] }).get(type)!;
  for (const clock of table) {
    const { stops, starts, pausedBy } = clock;
    if (pausedBy) {
      of(pausedBy.starts.event).pauses.push({ clock, match: pausedBy.starts, ends: false });
      of(pausedBy.ends.event).pauses.push({ clock, match: pausedBy.ends, ends: true });
    }
    if ('its' in stops) of(stops.its.event).stops.push({ clock, match: stops.its, byRound: true });
    else of(stops.next.event).stops.push({ clock, match: stops.next, byRound: false });
    if ('laterOf' in starts) starts.laterOf.forEach((match, side) => of(match.event).starts.push({ clock, match, kind: 'laterOf', side }));
    else if ('each' in starts) of(starts.each.event).starts.push({ clock, match: starts.each, kind: 'each', side: 0 });
    else of(starts.on.event).starts.push({ clock, match: starts.on, kind: 'on', side: 0 });
  }
  rulesByTable.set(table, rules);
  return ((lastTable = table), (lastRules = rules));
};

/** Whether an event of this type can start or stop a clock of the table (readers skip the others cheaply). */
export const touchesClocks = (table: readonly ClockDefinition[], eventType: string): boolean => rulesOf(table).has(eventType);

const matches = (match: EventMatch, event: ClockEvent): boolean => {
  if (match.event !== event.type) return false;
  if (match.where === undefined) return true;
  const data = event.data as Record<string, unknown> | null;
  for (const key in match.where) if (data?.[key] !== match.where[key]) return false;
  return true;
};

const roundOf = (event: ClockEvent): number | undefined => {
  const round = (event.data as { round?: unknown } | null)?.round;
  return typeof round === 'number' ? round : undefined;
};

/** The instances with every open one of that name (and round) stopped; the same array when none is open. */
function stopOpen<R extends ClockInstanceKey>(instances: R[], name: string, round: number | undefined, at: string, records: ClockRecords<R>): R[] {
  let stopped: R[] | undefined;
  for (let i = 0; i < instances.length; i++) {
    const r = instances[i];
    if (r.name !== name || r.stoppedAt !== undefined || (round !== undefined && r.round !== round)) continue;
    stopped ??= instances.slice();
    stopped[i] = records.stopped(r, at);
  }
  return stopped ?? instances;
}

const pauseOpen = (r: ClockInstanceKey): boolean => r.pauses !== undefined && r.pauses.length > 0 && r.pauses[r.pauses.length - 1]!.to === undefined;

/**
 * SPEC §5.1: a wait pauses every instance of the clock running when it starts (once, whatever rows share the name); its
 * end closes the pause of every instance it paused, stopped meanwhile or not (a pause counts up to the stop day anyway).
 */
function pauseOrResume<R extends ClockInstanceKey>(instances: R[], name: string, ends: boolean, at: string, records: ClockRecords<R>): R[] {
  let changed: R[] | undefined;
  for (let i = 0; i < instances.length; i++) {
    const r = instances[i];
    if (r.name !== name) continue;
    if (ends ? !pauseOpen(r) : r.stoppedAt !== undefined || pauseOpen(r)) continue;
    changed ??= instances.slice();
    changed[i] = ends ? records.resumed(r, at) : records.paused(r, at);
  }
  return changed ?? instances;
}
