import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { CUSTOMER_CLASSES, PROJECT_STEPS } from '#connection-projects/domain';
import { ListQueryDto } from '../read-models/list-query.dto.js';

const STATUSES = ['active', 'energized', 'archived', 'cancelled'] as const;

export class ProjectListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ enum: PROJECT_STEPS })
  @IsOptional()
  @IsIn(PROJECT_STEPS)
  step?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_CLASSES })
  @IsOptional()
  @IsIn(CUSTOMER_CLASSES)
  customerClass?: string;

  @ApiPropertyOptional({ description: 'true: only projects with an overdue clock now; false: only those without' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}
