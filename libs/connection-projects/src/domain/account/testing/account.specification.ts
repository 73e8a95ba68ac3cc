import { DeciderSpecification } from '#testing';
import { accountDecider } from '../account.decider.js';
import type { AccountCommand } from '../account.commands.js';
import type { AccountEvent } from '../account.events.js';
import { accountRefusalsOf } from '../account.refusals.js';
import type { DecisionContext } from '../../project.context.js';
import type { DomainError } from '../../project.errors.js';
import { EVERY_COMMAND_REFUSALS } from '../../project.refusals.js';
import { accountContext } from './account.fixtures.js';

const specification = DeciderSpecification.for(accountDecider, { context: () => accountContext() });

/**
 * given(...events).when(command, ctx?).then(events) / .thenThrows(code), at ACCOUNT_NOW by default. Every refusal a
 * spec provokes must be one its command declares (account.refusals.ts): the published contract lists exactly those.
 */
export const given = (...events: AccountEvent[]) => ({
  when(command: AccountCommand, context?: DecisionContext) {
    const step = specification(...events).when(command, context);
    return {
      then: step.then,
      thenThrows<E = DomainError>(code: string, assert?: (error: E) => void): void {
        const declared: readonly string[] = [...EVERY_COMMAND_REFUSALS, ...accountRefusalsOf(command.type)];
        if (!declared.includes(code)) {
          throw new Error(`${command.type} refused with ${code}, which account.refusals.ts does not declare for it`);
        }
        step.thenThrows(code, assert);
      },
    };
  },
});

export * from './account.fixtures.js';
