import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { COMPLAINT_STEPS, type ComplaintStep } from '#connection-projects/domain';
import { ListQueryDto } from '../read-models/list-query.dto.js';

export class ComplaintListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: COMPLAINT_STEPS, enumName: 'ComplaintStatus', description: 'Where the complaint stands (SPEC §8)' })
  @IsOptional()
  @IsIn(COMPLAINT_STEPS)
  status?: ComplaintStep;
}
