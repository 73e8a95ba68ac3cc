import {
  decodeProjectEvent,
  encodeProjectEvent,
  PROJECT_EVENT_SCHEMA,
  projectEventDecoder,
  type RecordedEvent,
} from '../project.event-schema.js';

const recorded = (type: string, data: unknown, schemaVersion = 1): RecordedEvent => ({
  type,
  schemaVersion,
  data,
  metadata: { occurredAt: '2025-10-09T09:00:00.000Z' },
});

describe('decodeProjectEvent: the one way a stored project event becomes a domain event', () => {
  it('given an event stored today (schema version 1) then it decodes to the same data and its own business time', () => {
    const data = { projectId: 'p-1', archiveNo: 'GD-2025-0001' };
    expect(decodeProjectEvent(recorded('ProjectArchived', data))).toEqual({
      type: 'ProjectArchived',
      data: { projectId: 'p-1', archiveNo: 'GD-2025-0001' },
      occurredAt: '2025-10-09T09:00:00.000Z',
    });
  });

  it('given a type this version does not know then it is left out (null), never an error', () =>
    expect(decodeProjectEvent(recorded('MeterReadingTaken', { projectId: 'p-1' }))).toBeNull());

  it('given an event without data then it decodes to empty data (a tolerant reader)', () =>
    expect(decodeProjectEvent(recorded('PostConnectionCheckRecorded', null))?.data).toEqual({}));

  it('encodes an accepted event with its type, data and today\'s schema version of that type', () =>
    expect(
      encodeProjectEvent({ type: 'SiteSurveyed', data: { projectId: 'p-1', findings: 'ok', proposedScheme: '10kV' }, occurredAt: 'x' }),
    ).toEqual({ type: 'SiteSurveyed', schemaVersion: 1, data: { projectId: 'p-1', findings: 'ok', proposedScheme: '10kV' } }));
});

describe('upcasting: old shapes in, the current shape out, only when reading', () => {
  // A schema where AcceptanceRecorded went through two changes: v2 always lists defects, v3 names the round `attempt`.
  const schema = { ...PROJECT_EVENT_SCHEMA, AcceptanceRecorded: 3 };
  const decode = projectEventDecoder(schema, {
    AcceptanceRecorded: {
      1: (data) => ({ ...data, defects: data.defects ?? [] }),
      2: ({ round, ...rest }) => ({ ...rest, attempt: round }),
    },
  });

  it('given a version 1 event then both upcasters run in order', () =>
    expect(decode(recorded('AcceptanceRecorded', { projectId: 'p-1', result: 'passed', round: 2 }, 1))?.data).toEqual({
      projectId: 'p-1',
      result: 'passed',
      defects: [],
      attempt: 2,
    }));

  it('given a version 2 event then only the second runs', () =>
    expect(decode(recorded('AcceptanceRecorded', { projectId: 'p-1', result: 'failed', defects: ['接地电阻超标'], round: 1 }, 2))?.data).toEqual({
      projectId: 'p-1',
      result: 'failed',
      defects: ['接地电阻超标'],
      attempt: 1,
    }));

  it('given an event already at the current version then its data is as stored', () =>
    expect(decode(recorded('AcceptanceRecorded', { projectId: 'p-1', result: 'passed', defects: [], attempt: 1 }, 3))?.data).toEqual({
      projectId: 'p-1',
      result: 'passed',
      defects: [],
      attempt: 1,
    }));

  it('given a version with no upcaster then decoding refuses, naming the type and version', () =>
    expect(() => projectEventDecoder(schema, {})(recorded('AcceptanceRecorded', { projectId: 'p-1' }, 1))).toThrow(
      'No upcaster for AcceptanceRecorded from schema version 1',
    ));
});
