import { DeciderSpecification } from '#testing';
import { projectDecider } from '../project.decider.js';
import type { ProjectCommand } from '../project.commands.js';
import type { DecisionContext } from '../project.context.js';
import type { DomainError } from '../project.errors.js';
import type { ProjectEvent } from '../project.events.js';
import { EVERY_COMMAND_REFUSALS, refusalsOf } from '../project.refusals.js';
import { decisionContext } from './index.js';

const specification = DeciderSpecification.for(projectDecider, { context: () => decisionContext() });

/**
 * given(...events).when(command, ctx?).then(events) / .thenThrows(code): a city-level actor at FIXTURE_NOW by default.
 * Every refusal a spec provokes must be one its command declares (project.refusals.ts): the published contract lists
 * exactly those, so a decision that learns a new refusal fails here until the declaration says so.
 */
export const given = (...events: ProjectEvent[]) => ({
  when(command: ProjectCommand, context?: DecisionContext) {
    const step = specification(...events).when(command, context);
    return {
      then: step.then,
      thenThrows<E = DomainError>(code: string, assert?: (error: E) => void): void {
        const declared: readonly string[] = [...EVERY_COMMAND_REFUSALS, ...refusalsOf(command.type)];
        if (!declared.includes(code)) {
          throw new Error(`${command.type} refused with ${code}, which project.refusals.ts does not declare for it`);
        }
        step.thenThrows(code, assert);
      },
    };
  },
});

/** Asserts the `missing` list of a refusal, exactly and in order. */
export const missingExactly =
  (expected: string[]) =>
  (error: DomainError): void => {
    expect(error.missing).toEqual(expected);
  };

export const kindIs =
  (kind: DomainError['kind']) =>
  (error: DomainError): void => {
    expect(error.kind).toBe(kind);
  };

export * from './index.js';
