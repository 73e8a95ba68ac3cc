import { projectDecider } from '../project.decider.js';
import type { DomainError } from '../project.errors.js';
import { refusalsOf } from '../project.refusals.js';
import { declaredRefusalsSpecification } from './declared-refusals.specification.js';
import { decisionContext } from './index.js';

/**
 * given(...events).when(command, ctx?).then(events) / .thenThrows(code): a city-level actor at FIXTURE_NOW by default;
 * every refusal a spec provokes must be declared in project.refusals.ts.
 */
export const given = declaredRefusalsSpecification(projectDecider, () => decisionContext(), refusalsOf, 'project.refusals.ts');

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
