import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ALERT_STATUSES, type AlertStatus } from '#connection-projects/projections';
import { SlaFilterQueryDto } from './sla-dashboard-query.dto.js';

export class SlaAlertsQueryDto extends SlaFilterQueryDto {
  @ApiPropertyOptional({ enum: ALERT_STATUSES, description: 'Only overdue or only due-soon clocks; both when absent' })
  @IsOptional()
  @IsIn(ALERT_STATUSES)
  status?: AlertStatus;
}
