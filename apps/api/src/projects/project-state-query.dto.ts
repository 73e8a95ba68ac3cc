import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ReadQueryDto } from '../read-models/read-query.dto.js';
import { IsInt, IsOptional, Min } from 'class-validator';
import { IsDateTimeWithOffset } from '../common/validation/date-time.js';
import { ValidationFailedException } from '../problem/validation-failed.exception.js';
import type { TimeTravelPoint } from '#connection-projects';

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

/** The one point the query names; any other number of them is a 400 naming the conflict. */
export function timeTravelPoint({ at, knownAt, version }: ProjectStateQueryDto): TimeTravelPoint {
  const given = [at, knownAt, version].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw new ValidationFailedException([{ field: 'at', message: 'give exactly one of at, knownAt or version' }]);
  }
  if (at !== undefined) return { at };
  if (knownAt !== undefined) return { knownAt };
  return { version: version! };
}
