import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ACCOUNT_STATUSES, type AccountStatus } from '#connection-projects/domain';
import { ListQueryDto } from '../read-models/list-query.dto.js';

export class AccountListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ACCOUNT_STATUSES, enumName: 'AccountStatus', description: 'The status as of now (it depends on the date: SPEC §7.1)' })
  @IsOptional()
  @IsIn(ACCOUNT_STATUSES)
  status?: AccountStatus;
}
