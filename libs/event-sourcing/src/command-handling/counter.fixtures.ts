import type { StoredEvent } from '../event.js';
import type { Aggregate } from './aggregate.js';

/** A counter: the smallest aggregate the command handler's specs need (no business words in this library). */
export type CounterEvent = { type: 'CounterOpened' | 'Counted'; data: { by: number }; occurredAt: string };
export interface Counter {
  opened: boolean;
  total: number;
}

export const counterAggregate: Aggregate<CounterEvent, Counter> = {
  streamId: (id) => `counter-${id}`,
  initialState: { opened: false, total: 0 },
  evolve: (state, event) => (event.type === 'CounterOpened' ? { opened: true, total: 0 } : { ...state, total: state.total + event.data.by }),
  decode: (stored: StoredEvent) =>
    stored.type === 'CounterOpened' || stored.type === 'Counted'
      ? { type: stored.type, data: stored.data as { by: number }, occurredAt: stored.metadata.occurredAt }
      : null,
  encode: (event) => ({ type: event.type, schemaVersion: 1, data: event.data, occurredAt: event.occurredAt }),
};

export const ACTOR = { id: 'u-1', name: '王芳', role: 'clerk', orgUnit: 'HZ' };
export const AT = '2025-10-09T09:00:00.000Z';
export const counted = (by: number): CounterEvent => ({ type: 'Counted', data: { by }, occurredAt: AT });
export const opened = (): CounterEvent => ({ type: 'CounterOpened', data: { by: 0 }, occurredAt: AT });
