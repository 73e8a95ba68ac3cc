export type { Projection, AnyProjection } from './projection.js';
export { ProjectionRunner, type ProjectionRunnerOptions, type ProjectionPosition } from './projection-runner.js';
export type { GenerationAdoption } from './generation-adoption.js';
export { RebuildStoppedError, type RebuildProgress, type RebuildProgressListener, type RebuildResult } from './projection-rebuild.js';
export { projectBatch, touchedIds, type CurrentDocument } from './project-batch.js';
export { type ProjectionLeaseOptions, type LeaseChange } from './projection-leases.js';
export { newLeaseOwner, shortOwner } from './lease-owner.js';
