import { schemaDecoder, schemaEncoder, type RecordedEvent, type UpcastersOf } from './event-decoding.js';
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

export type { EventData, RecordedEvent, Upcaster } from './event-decoding.js';

/** Upcasters by event type, then by the version they read (v → v + 1). */
export type Upcasters = UpcastersOf<ProjectEventType>;

/** None yet: every stored shape is today's (schema version 1 of each type). */
export const PROJECT_UPCASTERS: Upcasters = {};

export type ProjectEventDecoder = (recorded: RecordedEvent) => ProjectEvent | null;

/**
 * The decoder of a schema: a recorded event → the domain event of today's shape, upcast step by step from its stored
 * version; null for a type this version does not know (a tolerant reader skips it). Business time is the event's own.
 */
export const projectEventDecoder = (schema: typeof PROJECT_EVENT_SCHEMA, upcasters: Upcasters): ProjectEventDecoder =>
  schemaDecoder<ProjectEventType, ProjectEvent>(isProjectEventType, schema, upcasters);

/**
 * The one decode function of the project aggregate: the repository, every projection, time travel and the audit trail
 * read stored events through it.
 */
export const decodeProjectEvent: ProjectEventDecoder = projectEventDecoder(PROJECT_EVENT_SCHEMA, PROJECT_UPCASTERS);

/** What an accepted event is stored as: its type, today's schema version of that type, and its data. */
export const encodeProjectEvent = schemaEncoder<ProjectEventType, ProjectEvent>(PROJECT_EVENT_SCHEMA);
