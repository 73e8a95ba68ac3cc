import { ApiPropertyOptional } from '@nestjs/swagger';
import { DATE_TIME_SCHEMA, IsDateTimeWithOffset, Omittable } from '../../common/validation/index.js';

/** What every command body may carry besides its own fields (API.md "Business time", SPEC §4). */
export abstract class CommandBodyDto {
  @ApiPropertyOptional({
    ...DATE_TIME_SCHEMA,
    description:
      'Business time: when this happened (ISO 8601 with offset). Defaults to now; never in the future and never ' +
      "before the project's previous event (422 OCCURRED_AT_INVALID).",
    example: '2025-03-03T09:30:00+08:00',
  })
  @Omittable()
  @IsDateTimeWithOffset()
  occurredAt?: string;
}
