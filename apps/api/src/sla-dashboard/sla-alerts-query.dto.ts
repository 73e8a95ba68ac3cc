import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ALERT_STATUSES, type AlertStatus } from '#connection-projects/projections';
import { SlaFilterQueryDto } from './sla-dashboard-query.dto.js';

export class SlaAlertsQueryDto extends SlaFilterQueryDto {
  @ApiPropertyOptional({ enum: ALERT_STATUSES, description: 'Only overdue or only due-soon clocks; both when absent' })
  @IsOptional()
  @IsIn(ALERT_STATUSES)
  status?: AlertStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({
    description: 'nextCursor of the previous page; it carries that page\'s asOf and filters (restating other ones is 400)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  cursor?: string;
}
