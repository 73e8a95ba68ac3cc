import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ID_SCHEMA, IsIdentifier } from '../common/validation/identifier.js';
import { ReadQueryDto } from './read-query.dto.js';

/** What every list of views filters and pages by (projects, accounts): its own filters come on top. */
export class ListQueryDto extends ReadQueryDto {
  @ApiPropertyOptional(ID_SCHEMA)
  @IsOptional()
  @IsIdentifier()
  customerId?: string;

  @ApiPropertyOptional({ description: 'Org unit, matched exactly' })
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
