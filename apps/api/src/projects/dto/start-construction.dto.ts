import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CALENDAR_DATE_SCHEMA,
  IsCalendarDate,
  IsNotBeforeDateOf,
  MAX_LIST_ITEMS,
  NestedList,
  NestedObject,
  Omittable,
} from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';
import { ContractorDto } from './contractor.dto.js';
import { SupplierDto } from './supplier.dto.js';

/** `POST /api/projects/:id/construction-start` (clerk, customer): 开工报告, SPEC §3.5. */
export class StartConstructionDto extends CommandBodyDto {
  @ApiProperty({ type: () => ContractorDto, description: 'The contractor, chosen by the customer' })
  @NestedObject(() => ContractorDto)
  contractor: ContractorDto;

  @ApiProperty({ ...CALENDAR_DATE_SCHEMA, example: '2025-06-02', description: 'Planned start (YYYY-MM-DD)' })
  @IsCalendarDate()
  plannedStart: string;

  @ApiProperty({ ...CALENDAR_DATE_SCHEMA, example: '2025-09-30', description: 'Planned completion (YYYY-MM-DD), not before plannedStart' })
  @IsCalendarDate()
  @IsNotBeforeDateOf('plannedStart')
  plannedCompletion: string;

  @ApiPropertyOptional({ type: () => SupplierDto, isArray: true, maxItems: MAX_LIST_ITEMS, description: 'Equipment suppliers, if known' })
  @Omittable()
  @NestedList(() => SupplierDto)
  suppliers?: SupplierDto[];
}
