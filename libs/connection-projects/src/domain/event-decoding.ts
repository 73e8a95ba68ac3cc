/** An event as read from a store: what decoding needs of it (the event store's StoredEvent has these fields). */
export interface RecordedEvent {
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: { occurredAt: string };
}

export type EventData = Record<string, unknown>;

/** Turns the data of one schema version into that of the next. */
export type Upcaster = (data: EventData) => EventData;

/** The schema version each event type of an aggregate is written with today. */
export type EventSchema<T extends string> = { readonly [K in T]: number };

/** Upcasters by event type, then by the version they read (v → v + 1). */
export type UpcastersOf<T extends string> = { readonly [K in T]?: Readonly<Record<number, Upcaster>> };

/** A domain event as every aggregate writes it: a stable type, its data, its business time. */
interface DomainEvent<T extends string> {
  type: T;
  data: unknown;
  occurredAt: string;
}

/** The event of one type of an aggregate whose data types are `Map` (event type → data). */
export interface EventOf<Map, T extends keyof Map> {
  type: T;
  data: Map[T];
  occurredAt: string;
}

/** Every event of such an aggregate, as one discriminated union. */
export type EventsOf<Map> = { [T in keyof Map]: EventOf<Map, T> }[keyof Map];

/**
 * The decoder of an aggregate's schema: a recorded event → the domain event of today's shape, upcast step by step from
 * its stored version; null for a type the aggregate does not know (a tolerant reader skips it). Business time is the
 * event's own. Every aggregate decodes through this one function, with its own types, schema and upcasters.
 */
export function schemaDecoder<T extends string, E extends DomainEvent<T>>(
  isType: (type: string) => type is T,
  schema: EventSchema<T>,
  upcasters: UpcastersOf<T>,
): (recorded: RecordedEvent) => E | null {
  return (recorded) => {
    const { type } = recorded;
    if (!isType(type)) return null;
    let data = (recorded.data ?? {}) as EventData;
    for (let version = recorded.schemaVersion; version < schema[type]; version++) {
      const upcast = upcasters[type]?.[version];
      if (!upcast) throw new Error(`No upcaster for ${type} from schema version ${version}`);
      data = upcast(data);
    }
    const decoded: DomainEvent<T> = { type, data, occurredAt: recorded.metadata.occurredAt };
    return decoded as E;
  };
}

/** What an accepted event is stored as: its type, today's schema version of that type, and its data. */
export const schemaEncoder =
  <T extends string, E extends DomainEvent<T>>(schema: EventSchema<T>) =>
  (event: E): { type: E['type']; schemaVersion: number; data: E['data'] } => ({
    type: event.type,
    schemaVersion: schema[event.type],
    data: event.data,
  });
