import { DeciderSpecification, type Decider } from '#testing';
import type { DomainError } from '../project.errors.js';
import { EVERY_COMMAND_REFUSALS } from '../project.refusals.js';

/**
 * given(...events).when(command, ctx?).then(events) / .thenThrows(code) over one aggregate's decider, where every
 * refusal a spec provokes must be one its command declares (`declaration`, the aggregate's refusals file): the
 * published contract lists exactly those, so a decision that learns a new refusal fails its specs until the
 * declaration says so. Every aggregate's specification is this one, with its decider, context and declaration.
 */
export const declaredRefusalsSpecification = <Command extends { type: string }, Event, State, Context>(
  decider: Decider<Command, Event, State, Context>,
  context: () => Context,
  refusalsOf: (type: Command['type']) => readonly string[],
  declaration: string,
) => {
  const specification = DeciderSpecification.for(decider, { context });
  return (...events: Event[]) => ({
    when(command: Command, ctx?: Context) {
      const step = specification(...events).when(command, ctx);
      return {
        then: step.then,
        thenThrows<E = DomainError>(code: string, assert?: (error: E) => void): void {
          const declared: readonly string[] = [...EVERY_COMMAND_REFUSALS, ...refusalsOf(command.type)];
          if (!declared.includes(code)) throw new Error(`${command.type} refused with ${code}, which ${declaration} does not declare for it`);
          step.thenThrows(code, assert);
        },
      };
    },
  });
};
