import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ReadQueryDto } from '../read-models/read-query.dto.js';
import { IsInt, IsOptional, Min } from 'class-validator';
import { IsDateTimeWithOffset } from '../common/validation/date-time.js';

/** Exactly one of `at`, `knownAt`, `version` (checked by the controller, which names the conflict). */
export class ProjectStateQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: 'Business time: the events that had happened (occurredAt ≤ at)', example: '2025-10-09T12:00:00+08:00' })
  @IsOptional()
  @IsDateTimeWithOffset()
  at?: string;

  @ApiPropertyOptional({ description: 'Recorded time: what the system knew (recordedAt ≤ knownAt)', example: '2025-10-09T12:00:00+08:00' })
  @IsOptional()
  @IsDateTimeWithOffset()
  knownAt?: string;

  @ApiPropertyOptional({ description: 'Stream version: the events up to and including it', minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}
