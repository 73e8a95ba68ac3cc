import type { AnyProjection } from '../../../event-sourcing/src/projection/index.js';
import { projectViewProjection } from './project-view/index.js';

/** Every read model of the bounded context, run by the projection runner (in-process or in apps/projector). */
export const PROJECTIONS: AnyProjection[] = [projectViewProjection];
