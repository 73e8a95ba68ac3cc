import { schemaDecoder, schemaEncoder, type RecordedEvent, type UpcastersOf } from '../event-decoding.js';
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

export type AccountUpcasters = UpcastersOf<AccountEventType>;

/** None yet: every stored shape is today's. */
export const ACCOUNT_UPCASTERS: AccountUpcasters = {};

export type AccountEventDecoder = (recorded: RecordedEvent) => AccountEvent | null;

/** A recorded event → today's account event, upcast step by step; null for a type it does not know (tolerant reader). */
export const accountEventDecoder = (schema: typeof ACCOUNT_EVENT_SCHEMA, upcasters: AccountUpcasters): AccountEventDecoder =>
  schemaDecoder<AccountEventType, AccountEvent>(isAccountEventType, schema, upcasters);

/** The one decode function of the account aggregate: its repository, projections, time travel and audit read through it. */
export const decodeAccountEvent: AccountEventDecoder = accountEventDecoder(ACCOUNT_EVENT_SCHEMA, ACCOUNT_UPCASTERS);

export const encodeAccountEvent = schemaEncoder<AccountEventType, AccountEvent>(ACCOUNT_EVENT_SCHEMA);
