import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CLOCK_SUBJECTS, type ClockSubject } from '#connection-projects/domain';
import { IsDateTimeWithOffset } from '../common/validation/date-time.js';
import { ID_SCHEMA, IsIdentifier } from '../common/validation/identifier.js';
import { ReadQueryDto } from '../read-models/read-query.dto.js';

export const AUDIT_DEFAULT_LIMIT = 50;
export const AUDIT_MAX_LIMIT = 500;

/** API.md `/api/audit` filters; all optional and combined with AND. */
export class AuditQueryDto extends ReadQueryDto {
  @ApiPropertyOptional(ID_SCHEMA)
  @IsOptional()
  @IsIdentifier()
  projectId?: string;

  @ApiPropertyOptional(ID_SCHEMA)
  @IsOptional()
  @IsIdentifier()
  customerId?: string;

  @ApiPropertyOptional({ enum: CLOCK_SUBJECTS, enumName: 'ClockSubject', description: "The stream's kind: project, account, …", example: 'account' })
  @IsOptional()
  @IsIn(CLOCK_SUBJECTS)
  subject?: ClockSubject;

  @ApiPropertyOptional({ ...ID_SCHEMA, description: 'The id the subject\'s routes use (a project id, an account id)' })
  @IsOptional()
  @IsIdentifier()
  subjectId?: string;

  @ApiPropertyOptional({ description: "The actor's id (the token's `sub`)", minLength: 1, maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  actorId?: string;

  // Not limited to today's event types: the trail keeps every type ever stored.
  @ApiPropertyOptional({ description: 'Event type, e.g. SupplySchemeReplied', pattern: '^[A-Za-z][A-Za-z0-9]{0,99}$' })
  @IsOptional()
  @Matches(/^[A-Za-z][A-Za-z0-9]{0,99}$/, { message: '$property must be an event type name, e.g. SupplySchemeReplied' })
  type?: string;

  @ApiPropertyOptional({ description: 'Business time from (inclusive), ISO 8601 with offset', example: '2025-03-01T00:00:00+08:00' })
  @IsOptional()
  @IsDateTimeWithOffset()
  from?: string;

  @ApiPropertyOptional({ description: 'Business time to (inclusive), ISO 8601 with offset', example: '2025-03-31T23:59:59.999+08:00' })
  @IsOptional()
  @IsDateTimeWithOffset()
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_MAX_LIMIT, default: AUDIT_DEFAULT_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(AUDIT_MAX_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page (same filters)' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: '$property must be a nextCursor value' })
  cursor?: string;
}
