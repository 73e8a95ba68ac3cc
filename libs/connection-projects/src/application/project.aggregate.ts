import type { Aggregate } from '#event-sourcing';
import {
  decodeProjectEvent,
  encodeProjectEvent,
  evolve,
  initialProjectState,
  projectStreamId,
  type ProjectEvent,
  type ProjectState,
} from '../domain/index.js';

/** The project aggregate as the generic command handler sees it: stream, fold, and its one decode/encode. */
export const projectAggregate: Aggregate<ProjectEvent, ProjectState> = {
  streamId: projectStreamId,
  initialState: initialProjectState,
  evolve,
  decode: decodeProjectEvent,
  encode: (event) => ({ ...encodeProjectEvent(event), occurredAt: event.occurredAt }),
};
