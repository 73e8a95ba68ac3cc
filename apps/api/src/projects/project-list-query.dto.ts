import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CUSTOMER_CLASSES, PROJECT_STEPS } from '#connection-projects/domain';
import { IsIdentifier } from '../common/validation/identifier.js';
import { ReadQueryDto } from '../read-models/read-query.dto.js';

const STATUSES = ['active', 'energized', 'archived', 'cancelled'] as const;

export class ProjectListQueryDto extends ReadQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsIdentifier()
  customerId?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ enum: PROJECT_STEPS })
  @IsOptional()
  @IsIn(PROJECT_STEPS)
  step?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  orgUnit?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_CLASSES })
  @IsOptional()
  @IsIn(CUSTOMER_CLASSES)
  customerClass?: string;

  @ApiPropertyOptional({ description: 'true: only projects with an overdue clock now; false: only those without' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  cursor?: string;
}
