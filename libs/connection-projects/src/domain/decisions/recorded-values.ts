import type { SupplySchemeFields } from '../project.commands.js';
import type { SupplyScheme } from '../project.events.js';
import type { Capacity, ChosenParty, Contractor, CustomerDetails, Designer } from '../project.values.js';

/**
 * How a decision records what a command carried: field by field, so that the stored shape is the event's written-out
 * type (project.events.ts) and never whatever the request happened to hold. Optional facts that were not given are
 * absent, never `undefined` (a stored event has no undefined).
 */
export const fact = <T extends object>(data: T): T =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as T;

export const capacity = ({ value, unit }: Capacity): Capacity => ({ value, unit });

export const customer = ({ id, name, kind, idNumber, phone, address }: CustomerDetails): CustomerDetails => ({
  id,
  name,
  kind,
  idNumber,
  phone,
  address,
});

export const party = ({ name, selectedBy }: ChosenParty): ChosenParty => ({ name, selectedBy });

export const designer = ({ name, selectedBy, qualificationNo }: Designer): Designer => ({ name, selectedBy, qualificationNo });

export const contractor = ({ name, selectedBy, qualificationNo, licenceNo }: Contractor): Contractor => ({
  name,
  selectedBy,
  qualificationNo,
  licenceNo,
});

export const supplyScheme = (scheme: SupplySchemeFields): SupplyScheme =>
  fact({
    approvedCapacity: capacity(scheme.approvedCapacity),
    supplyVoltage: scheme.supplyVoltage,
    supplyMode: scheme.supplyMode,
    backupSource: scheme.backupSource,
    meteringMethod: scheme.meteringMethod,
    validUntil: scheme.validUntil,
    notes: scheme.notes,
  });
