import { DomainError } from '../project.errors.js';
import type { MeterInstalledAndEnergized } from '../project.events.js';
import type { ProjectState } from '../project.state.js';
import type { ChangeContractCapacity, OpenSupplyAccount } from './account.commands.js';
import { tariffCategoryFor } from './account.enums.js';
import type { AccountEventOf } from './account.events.js';
import type { AccountState } from './account.state.js';

/**
 * What the supply-accounts process manager (SPEC §7.1) orders in answer to an event: pure, so its specs state the
 * commands for a history by hand. Reading the log, "done" detection and issuing are the application's.
 */

/** The account a project's energization opens (SPEC §7.1). */
export const accountIdOfProject = (projectId: string): string => `acct-${projectId}`;

/**
 * A command of the process manager before its business time: that is the cause's, or the target stream's last one
 * when later (`reactionTime`), and only the target stream, read when the command is issued, can tell.
 */
export type SupplyAccountOrder = Omit<OpenSupplyAccount, 'occurredAt'> | Omit<ChangeContractCapacity, 'occurredAt'>;

/**
 * 装表接电 → 立户, or 增容 on the account the application named. `project` is the project folded through the
 * energization: the event itself carries only the meters; the scheme, class, address and org unit are the project's.
 */
export const ordersOnEnergization = (project: ProjectState, energized: MeterInstalledAndEnergized): SupplyAccountOrder[] => {
  const { projectId } = energized.data;
  const { scheme, customerId, customerClass, supplyAddress, orgUnit } = project;
  if (!scheme || customerId === undefined || customerClass === undefined || supplyAddress === undefined || orgUnit === undefined) {
    // Only a history recorded from paper without a scheme reaches this: nothing says what capacity to contract.
    throw new DomainError('INVALID_TRANSITION', `Project ${projectId} was energized without a supply scheme in force: no account to open`);
  }
  const contractCapacity = { ...scheme.approvedCapacity };
  if (project.businessType === 'capacityIncrease' && project.accountId !== undefined) {
    return [{ type: 'ChangeContractCapacity', accountId: project.accountId, projectId, contractCapacity }];
  }
  return [
    {
      type: 'OpenSupplyAccount',
      accountId: accountIdOfProject(projectId),
      customerId,
      projectId,
      supplyAddress,
      orgUnit,
      contractCapacity,
      supplyVoltage: scheme.supplyVoltage,
      tariffCategory: tariffCategoryFor(customerClass, project.subtype, contractCapacity),
      meterNumbers: [...(energized.data.meterNumbers ?? [])],
      openedAt: energized.occurredAt,
    },
  ];
};

/**
 * 分户 → one account per part, in the parts' order (SPEC §7.2 f): the part's customer and capacity, the original's
 * tariff category, address, org unit, voltage and project. A part has no meter yet: the split names none.
 */
export const ordersOnSplit = (original: AccountState, split: AccountEventOf<'SupplyAccountSplit'>): SupplyAccountOrder[] => {
  const { projectId, supplyAddress, orgUnit, supplyVoltage, tariffCategory } = original;
  if (projectId === undefined || supplyAddress === undefined || orgUnit === undefined || supplyVoltage === undefined || tariffCategory === undefined) {
    throw new DomainError('INVALID_TRANSITION', `Account ${split.data.accountId} was split before it was opened: no part to open`);
  }
  return split.data.parts.map((part) => ({
    type: 'OpenSupplyAccount',
    accountId: part.accountId,
    customerId: part.customer.id,
    projectId,
    supplyAddress,
    orgUnit,
    contractCapacity: { ...part.capacity },
    supplyVoltage,
    tariffCategory,
    meterNumbers: [],
    openedAt: split.occurredAt,
    splitFrom: split.data.accountId,
  }));
};

/**
 * SPEC §7.1: a command of the process manager happens when its cause did, or at the target stream's last business time
 * when that is later (services recorded from paper before the manager caught up), so it is never refused as earlier.
 */
export const reactionTime = (causeOccurredAt: string, targetLastOccurredAt: string | undefined): string => {
  const cause = Date.parse(causeOccurredAt);
  const target = targetLastOccurredAt === undefined ? Number.NaN : Date.parse(targetLastOccurredAt);
  return new Date(Number.isNaN(target) || cause >= target ? cause : target).toISOString();
};
