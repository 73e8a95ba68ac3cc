import { declaredRefusalsSpecification } from '../../testing/declared-refusals.specification.js';
import { claimDecider } from '../claim.decider.js';
import { claimRefusalsOf } from '../claim.refusals.js';
import { claimContext } from './claim.fixtures.js';

/**
 * given(...events).when(command, ctx?).then(events) / .thenThrows(code), at CLAIM_NOW with the customer's residential
 * account by default; every refusal a spec provokes must be declared in claim.refusals.ts.
 */
export const given = declaredRefusalsSpecification(claimDecider, () => claimContext(), claimRefusalsOf, 'claim.refusals.ts');

export * from './claim.fixtures.js';
