import { declaredRefusalsSpecification } from '../../testing/declared-refusals.specification.js';
import { complaintDecider } from '../complaint.decider.js';
import { complaintRefusalsOf } from '../complaint.refusals.js';
import { serviceContext } from './complaint.fixtures.js';

/**
 * given(...events).when(command, ctx?).then(events) / .thenThrows(code), at COMPLAINT_NOW by default; every refusal a
 * spec provokes must be declared in complaint.refusals.ts.
 */
export const given = declaredRefusalsSpecification(complaintDecider, () => serviceContext(), complaintRefusalsOf, 'complaint.refusals.ts');

export * from './complaint.fixtures.js';
