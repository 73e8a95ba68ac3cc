import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CLAIM_STEPS, type ClaimStep } from '#connection-projects/domain';
import { ListQueryDto } from '../read-models/list-query.dto.js';

export class ClaimListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: CLAIM_STEPS, enumName: 'ClaimStatus', description: 'Where the claim stands (SPEC §8)' })
  @IsOptional()
  @IsIn(CLAIM_STEPS)
  status?: ClaimStep;
}
