import { accountDecider } from '../account.decider.js';
import { accountRefusalsOf } from '../account.refusals.js';
import { declaredRefusalsSpecification } from '../../testing/declared-refusals.specification.js';
import { accountContext } from './account.fixtures.js';

/**
 * given(...events).when(command, ctx?).then(events) / .thenThrows(code), at ACCOUNT_NOW by default; every refusal a
 * spec provokes must be declared in account.refusals.ts.
 */
export const given = declaredRefusalsSpecification(accountDecider, () => accountContext(), accountRefusalsOf, 'account.refusals.ts');

export * from './account.fixtures.js';
