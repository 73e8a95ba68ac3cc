import { isProjectEventType, type ProjectEvent, type ProjectEventType } from './project.events.js';

/**
 * The schema version each event type is written with today. A type's version is raised only together with an upcaster
 * from the version before it (below), so that every stored event still decodes; stored events are never rewritten.
 */
export const PROJECT_EVENT_SCHEMA: { readonly [T in ProjectEventType]: number } = {
  ApplicationAccepted: 1,
  SiteSurveyed: 1,
  SupplySchemeReplied: 1,
  SupplySchemeRevised: 1,
  DesignSubmitted: 1,
  DesignReviewed: 1,
  ConstructionStarted: 1,
  IntermediateInspectionRecorded: 1,
  CompletionReported: 1,
  AcceptanceRecorded: 1,
  SupplyContractSigned: 1,
  MeterInstalledAndEnergized: 1,
  ProjectArchived: 1,
  ProjectCancelled: 1,
  PostConnectionCheckRecorded: 1,
  IntermediateInspectionRequested: 1,
  CustomerWaitStarted: 1,
  CustomerWaitEnded: 1,
};

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

/** Upcasters by event type, then by the version they read (v → v + 1). */
export type Upcasters = { readonly [T in ProjectEventType]?: Readonly<Record<number, Upcaster>> };

/** None yet: every stored shape is today's (schema version 1 of each type). */
export const PROJECT_UPCASTERS: Upcasters = {};

export type ProjectEventDecoder = (recorded: RecordedEvent) => ProjectEvent | null;

/**
 * The decoder of a schema: a recorded event → the domain event of today's shape, upcast step by step from its stored
 * version; null for a type this version does not know (a tolerant reader skips it). Business time is the event's own.
 */
export function projectEventDecoder(schema: typeof PROJECT_EVENT_SCHEMA, upcasters: Upcasters): ProjectEventDecoder {
  return (recorded) => {
    const { type } = recorded;
    if (!isProjectEventType(type)) return null;
    let data = (recorded.data ?? {}) as EventData;
    for (let version = recorded.schemaVersion; version < schema[type]; version++) {
      const upcast = upcasters[type]?.[version];
      if (!upcast) throw new Error(`No upcaster for ${type} from schema version ${version}`);
      data = upcast(data);
    }
    const decoded: { type: ProjectEventType; data: unknown; occurredAt: string } = { type, data, occurredAt: recorded.metadata.occurredAt };
    return decoded as ProjectEvent;
  };
}

/**
 * The one decode function of the project aggregate: the repository, every projection, time travel and the audit trail
 * read stored events through it.
 */
export const decodeProjectEvent: ProjectEventDecoder = projectEventDecoder(PROJECT_EVENT_SCHEMA, PROJECT_UPCASTERS);

/** What an accepted event is stored as: its type, today's schema version of that type, and its data. */
export const encodeProjectEvent = (event: ProjectEvent): { type: ProjectEventType; schemaVersion: number; data: ProjectEvent['data'] } => ({
  type: event.type,
  schemaVersion: PROJECT_EVENT_SCHEMA[event.type],
  data: event.data,
});
