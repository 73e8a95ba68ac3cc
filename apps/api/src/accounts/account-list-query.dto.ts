import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ACCOUNT_STATUSES, type AccountStatus } from '#connection-projects/domain';
import { ID_SCHEMA, IsIdentifier } from '../common/validation/identifier.js';
import { ReadQueryDto } from '../read-models/read-query.dto.js';

export class AccountListQueryDto extends ReadQueryDto {
  @ApiPropertyOptional(ID_SCHEMA)
  @IsOptional()
  @IsIdentifier()
  customerId?: string;

  @ApiPropertyOptional({ enum: ACCOUNT_STATUSES, enumName: 'AccountStatus', description: 'The status as of now (it depends on the date: SPEC §7.1)' })
  @IsOptional()
  @IsIn(ACCOUNT_STATUSES)
  status?: AccountStatus;

  @ApiPropertyOptional({ description: 'Org unit, matched exactly', example: 'HZ-XH-BRANCH' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  orgUnit?: string;

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
