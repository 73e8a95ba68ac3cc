import type { EventData, RecordedEvent } from '../project.event-schema.js';
import { isAccountEventType, type AccountEvent, type AccountEventType } from './account.events.js';

/** The schema version each account event type is written with today; raised only with an upcaster from the one before. */
export const ACCOUNT_EVENT_SCHEMA: { readonly [T in AccountEventType]: number } = {
  SupplyAccountOpened: 1,
  ContractCapacityChanged: 1,
  SuspensionGranted: 1,
  SuspensionEnded: 1,
  TemporaryRemovalRequested: 1,
  MeterTemporarilyRemoved: 1,
  ReinstallationRequested: 1,
  MeterReinstalled: 1,
  MeterRelocationRequested: 1,
  MeterRelocated: 1,
  TariffChangeRequested: 1,
  TariffChangeSurveyed: 1,
  TariffCategoryChanged: 1,
  SupplyAccountClosed: 1,
  SupplyAccountSplit: 1,
  LatePaymentChargeAssessed: 1,
  ViolationRecorded: 1,
};

export type AccountUpcasters = { readonly [T in AccountEventType]?: Readonly<Record<number, (data: EventData) => EventData>> };

/** None yet: every stored shape is today's. */
export const ACCOUNT_UPCASTERS: AccountUpcasters = {};

export type AccountEventDecoder = (recorded: RecordedEvent) => AccountEvent | null;

/** A recorded event → today's account event, upcast step by step; null for a type it does not know (tolerant reader). */
export function accountEventDecoder(schema: typeof ACCOUNT_EVENT_SCHEMA, upcasters: AccountUpcasters): AccountEventDecoder {
  return (recorded) => {
    const { type } = recorded;
    if (!isAccountEventType(type)) return null;
    let data = (recorded.data ?? {}) as EventData;
    for (let version = recorded.schemaVersion; version < schema[type]; version++) {
      const upcast = upcasters[type]?.[version];
      if (!upcast) throw new Error(`No upcaster for ${type} from schema version ${version}`);
      data = upcast(data);
    }
    const decoded: { type: AccountEventType; data: unknown; occurredAt: string } = { type, data, occurredAt: recorded.metadata.occurredAt };
    return decoded as AccountEvent;
  };
}

/** The one decode function of the account aggregate: its repository, projections, time travel and audit read through it. */
export const decodeAccountEvent: AccountEventDecoder = accountEventDecoder(ACCOUNT_EVENT_SCHEMA, ACCOUNT_UPCASTERS);

export const encodeAccountEvent = (event: AccountEvent): { type: AccountEventType; schemaVersion: number; data: AccountEvent['data'] } => ({
  type: event.type,
  schemaVersion: ACCOUNT_EVENT_SCHEMA[event.type],
  data: event.data,
});
