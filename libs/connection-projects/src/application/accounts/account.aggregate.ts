import type { Aggregate } from '#event-sourcing';
import {
  accountStreamId,
  decodeAccountEvent,
  encodeAccountEvent,
  evolveAccount,
  initialAccountState,
  type AccountEvent,
  type AccountState,
} from '../../domain/index.js';

/** The supply account as the generic command handler sees it: stream, fold, and its one decode/encode. */
export const accountAggregate: Aggregate<AccountEvent, AccountState> = {
  streamId: accountStreamId,
  initialState: initialAccountState,
  evolve: evolveAccount,
  decode: decodeAccountEvent,
  encode: (event) => ({ ...encodeAccountEvent(event), occurredAt: event.occurredAt }),
};
