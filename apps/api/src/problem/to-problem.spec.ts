import {
  AppendTooLargeError,
  OutcomeUnknownError,
  StoreUnavailableError,
  StreamDeletedError,
} from '#event-sourcing';
import { toProblem } from './to-problem.js';

describe('toProblem: what the event store says becomes an answer, never a 500', () => {
  it.each([
    [new StoreUnavailableError('down before anything was sent'), 503, 'STORE_UNAVAILABLE'],
    [new OutcomeUnknownError('no answer after the append was sent'), 503, 'OUTCOME_UNKNOWN'],
    [new AppendTooLargeError(1_048_576), 413, 'PAYLOAD_TOO_LARGE'],
    [new StreamDeletedError('project-1'), 409, 'STREAM_DELETED'],
  ])('%s → %i %s', (error, status, code) => {
    expect(toProblem(error)).toMatchObject({ status, code });
  });
});
