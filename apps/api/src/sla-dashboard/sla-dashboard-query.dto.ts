import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CLOCK_SUBJECTS, CUSTOMER_CLASSES, POLICY_VERSIONS, type ClockSubject, type CustomerClass } from '#connection-projects/domain';
import { DATE_TIME_SCHEMA, IsDateTimeWithOffset } from '../common/validation/date-time.js';
import { FREE_TEXT_SCHEMA, FreeText } from '../common/validation/free-text.js';
import { ReadQueryDto } from '../read-models/read-query.dto.js';
import { IsPeriodBound, PERIOD_BOUND_SCHEMA } from './period-bound.js';

/** Filters shared by the dashboard and the alert list. */
export class SlaFilterQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({
    ...DATE_TIME_SCHEMA,
    description: 'Business time the clocks are evaluated at: events with occurredAt ≤ asOf count. Default: now.',
    example: '2025-10-13T12:00:00+08:00',
  })
  @IsOptional()
  @IsDateTimeWithOffset()
  asOf?: string;

  @ApiPropertyOptional({
    enum: CLOCK_SUBJECTS,
    enumName: 'ClockSubject',
    description: 'Only the clocks of this subject (a customer class or policy filter leaves accounts out: they have neither). Absent: all.',
    example: 'account',
  })
  @IsOptional()
  @IsIn(CLOCK_SUBJECTS)
  subject?: ClockSubject;

  @ApiPropertyOptional({ ...FREE_TEXT_SCHEMA, description: 'Accepting org unit, matched exactly', example: 'hz-xihu-branch' })
  @IsOptional()
  @FreeText()
  orgUnit?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_CLASSES, enumName: 'CustomerClass' })
  @IsOptional()
  @IsIn(CUSTOMER_CLASSES)
  customerClass?: CustomerClass;
}

export class SlaDashboardQueryDto extends SlaFilterQueryDto {
  @ApiPropertyOptional({
    ...PERIOD_BOUND_SCHEMA,
    description: 'Keep clocks started at or after this instant (a day: from its start, Asia/Shanghai). Absent: no limit.',
    example: '2025-10-01',
  })
  @IsOptional()
  @IsPeriodBound()
  from?: string;

  @ApiPropertyOptional({
    ...PERIOD_BOUND_SCHEMA,
    description: 'Keep clocks started at or before this instant (a day: up to its end, Asia/Shanghai). Absent: no limit.',
    example: '2025-10-31',
  })
  @IsOptional()
  @IsPeriodBound()
  to?: string;

  @ApiPropertyOptional({
    enum: POLICY_VERSIONS,
    enumName: 'PolicyVersion',
    description: 'Only projects under this policy version (SPEC §6). Absent: every policy, clocks of one name pooled.',
    example: 'sgcc-assessment',
  })
  @IsOptional()
  @IsIn(POLICY_VERSIONS)
  policyVersion?: string;
}
