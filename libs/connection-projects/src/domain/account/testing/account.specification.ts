import { DeciderSpecification } from '#testing';
import { accountDecider } from '../account.decider.js';
import { accountContext } from './account.fixtures.js';

/** given(...events).when(command, ctx?).then(events) / .thenThrows(code), at ACCOUNT_NOW by default. */
export const given = DeciderSpecification.for(accountDecider, { context: () => accountContext() });

export * from './account.fixtures.js';
