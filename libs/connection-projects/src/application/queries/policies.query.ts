import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { policiesDocument, SHIPPED_POLICIES, type PoliciesDocument, type PolicySchedule } from '../../domain/index.js';
import { POLICY_SCHEDULE } from '../policy-schedule.provider.js';

/** API.md `GET /api/policies`: the shipped policies with their clock tables and the schedule in force (SPEC §6). */
export class GetPoliciesQuery extends Query<PoliciesDocument> {}

@QueryHandler(GetPoliciesQuery)
export class GetPoliciesHandler implements IQueryHandler<GetPoliciesQuery> {
  constructor(@Inject(POLICY_SCHEDULE) private readonly schedule: PolicySchedule) {}

  async execute(): Promise<PoliciesDocument> {
    return policiesDocument(SHIPPED_POLICIES, this.schedule);
  }
}
