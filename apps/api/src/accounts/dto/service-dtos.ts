import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayNotEmpty, ArrayUnique, IsBoolean, IsIn } from 'class-validator';
import {
  CALENDAR_DATE_SCHEMA,
  FREE_TEXT_SCHEMA,
  FreeText,
  FreeTextList,
  IsCalendarDate,
  IsNotBeforeDateOf,
  MAX_LIST_ITEMS,
  NestedObject,
  Omittable,
} from '../../common/validation/index.js';
import { CapacityDto } from '../../projects/dto/capacity.dto.js';
import { CommandBodyDto } from '../../projects/dto/command-body.dto.js';
import { TARIFF_CATEGORIES, type TariffCategory } from '#connection-projects/domain';

/** `POST /api/accounts/:id/suspensions` (clerk): 暂停, SPEC §7.2 a. */
export class GrantSuspensionDto extends CommandBodyDto {
  @ApiProperty({ type: () => CapacityDto, description: "Capacity suspended, in the contract capacity's unit" })
  @NestedObject(() => CapacityDto)
  capacity: CapacityDto;

  @ApiProperty({ ...CALENDAR_DATE_SCHEMA, example: '2025-03-01', description: 'First suspended day; at least 5 days after the request' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ ...CALENDAR_DATE_SCHEMA, example: '2025-06-30', description: 'Last suspended day, same calendar year as from' })
  @IsCalendarDate()
  @IsNotBeforeDateOf('from')
  until: string;
}

/** `POST /api/accounts/:id/suspensions/restoration` (clerk): 提前恢复. */
export class EndSuspensionDto extends CommandBodyDto {
  @ApiProperty({ ...CALENDAR_DATE_SCHEMA, example: '2025-05-01', description: 'First day supplied again, inside a granted suspension' })
  @IsCalendarDate()
  restoreOn: string;
}

/** `POST /api/accounts/:id/temporary-removals` (clerk): 暂拆, SPEC §7.2 b. */
export class RequestTemporaryRemovalDto extends CommandBodyDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '厂房改造，暂停用电', description: 'Why the meter is removed' })
  @FreeText()
  reason: string;
}

/** Executions and the tariff change's application (meterTechnician / clerk): optional notes. */
export class ServiceNotesDto extends CommandBodyDto {
  @ApiPropertyOptional({ ...FREE_TEXT_SCHEMA, example: '表计已拆回库房', description: 'Notes' })
  @Omittable()
  @FreeText()
  notes?: string;
}

/** `POST /api/accounts/:id/reinstallations` (clerk): 复装. */
export class RequestReinstallationDto extends CommandBodyDto {
  @ApiPropertyOptional({ ...FREE_TEXT_SCHEMA, example: '改造完成，申请复装', description: 'Reason' })
  @Omittable()
  @FreeText()
  reason?: string;
}

/** `POST /api/accounts/:id/reinstallations/execution` (meterTechnician): the meters installed replace the account's. */
export class ExecuteReinstallationDto extends CommandBodyDto {
  @ApiProperty({
    ...FREE_TEXT_SCHEMA,
    isArray: true,
    minItems: 1,
    maxItems: MAX_LIST_ITEMS,
    uniqueItems: true,
    example: ['3300001234567999'],
    description: 'Numbers of the meters installed (at least one, no repeats)',
  })
  @ArrayNotEmpty()
  @ArrayUnique()
  @FreeTextList()
  meterNumbers: string[];
}

/** `POST /api/accounts/:id/meter-relocations` (clerk): 移表, SPEC §7.2 c. */
export class RequestMeterRelocationDto extends CommandBodyDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '配电房东墙计量柜', description: 'Where the meter goes' })
  @FreeText()
  newLocation: string;

  @ApiProperty({ type: Boolean, example: true, description: 'The supply address stays the same' })
  @IsBoolean()
  addressUnchanged: boolean;

  @ApiProperty({ type: Boolean, example: true, description: 'The tariff stays the same' })
  @IsBoolean()
  tariffUnchanged: boolean;

  @ApiProperty({ type: Boolean, example: true, description: 'The supply point stays the same' })
  @IsBoolean()
  supplyPointUnchanged: boolean;
}

/** `POST /api/accounts/:id/tariff-changes` (clerk): 改类, SPEC §7.2 d. */
export class RequestTariffChangeDto extends CommandBodyDto {
  @ApiProperty({ enum: TARIFF_CATEGORIES, enumName: 'TariffCategory', example: 'commercial', description: 'Tariff category asked for' })
  @IsIn(TARIFF_CATEGORIES)
  newCategory: TariffCategory;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '厂房改作商场', description: 'Why' })
  @FreeText()
  reason: string;
}

/** `POST /api/accounts/:id/tariff-changes/survey` (surveyor). */
export class SurveyTariffChangeDto extends CommandBodyDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '现场已改为商业经营', description: 'Findings' })
  @FreeText()
  findings: string;

  @ApiProperty({ type: Boolean, example: true, description: 'Whether the change is approved; a refusal ends the request' })
  @IsBoolean()
  approved: boolean;
}
