export * from './complaint.enums.js';
export * from './complaint.commands.js';
export * from './complaint.refusals.js';
export * from './complaint.events.js';
export * from './complaint.event-schema.js';
export * from './complaint.state.js';
export { evolveComplaint, foldComplaint } from './complaint.evolve.js';
export { decideComplaint, complaintDecider, type ComplaintDecider } from './complaint.decider.js';
