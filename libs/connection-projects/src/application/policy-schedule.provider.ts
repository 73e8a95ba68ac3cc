import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#platform';
import { parsePolicySchedule, type PolicySchedule } from '../domain/index.js';

export const POLICY_SCHEDULE = Symbol('POLICY_SCHEDULE');

/**
 * The operator's policy schedule (SPEC §6), parsed once at start: an unknown version or a malformed schedule fails the
 * module's creation, so the process stops with the message naming it before it serves anything.
 */
export const policyScheduleProvider: Provider<PolicySchedule> = {
  provide: POLICY_SCHEDULE,
  useFactory: (config: AppConfig) => parsePolicySchedule(config.policySchedule),
  inject: [APP_CONFIG],
};
