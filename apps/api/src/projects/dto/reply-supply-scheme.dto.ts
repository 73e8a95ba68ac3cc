import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  CALENDAR_DATE_SCHEMA,
  FREE_TEXT_SCHEMA,
  FreeText,
  IsCalendarDate,
  NestedObject,
  Omittable,
} from '../../common/validation/index.js';
import { CapacityDto } from './capacity.dto.js';
import { CommandBodyDto } from './command-body.dto.js';
import { SUPPLY_MODES, SUPPLY_VOLTAGES, type SupplyMode, type SupplyVoltage } from './enums.js';

/** `POST /api/projects/:id/supply-scheme` (schemeApprover): 供电方案答复, SPEC §3.3. */
export class ReplySupplySchemeDto extends CommandBodyDto {
  @ApiProperty({ type: () => CapacityDto, description: 'Approved capacity' })
  @NestedObject(() => CapacityDto)
  approvedCapacity: CapacityDto;

  @ApiProperty({
    enum: SUPPLY_VOLTAGES,
    enumName: 'SupplyVoltage',
    example: '10kV',
    description: '220V/380V for residential and low voltage; 10kV, 20kV, 35kV or 110kV for high voltage',
  })
  @IsIn(SUPPLY_VOLTAGES)
  supplyVoltage: SupplyVoltage;

  @ApiProperty({
    enum: SUPPLY_MODES,
    enumName: 'SupplyMode',
    example: 'dual',
    description: '≥ 3000 kVA needs dedicatedLine; highVoltageDual needs dual, or dedicatedLine with a backupSource',
  })
  @IsIn(SUPPLY_MODES)
  supplyMode: SupplyMode;

  @ApiPropertyOptional({
    ...FREE_TEXT_SCHEMA,
    example: '备用电源由 110kV 城西变 10kV 城西线供电，与主供电源相互独立',
    description: 'The second, independent source',
  })
  @Omittable()
  @FreeText()
  backupSource?: string;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '高供高计', description: 'Metering method' })
  @FreeText()
  meteringMethod: string;

  @ApiPropertyOptional({ ...CALENDAR_DATE_SCHEMA, example: '2026-03-31', description: 'Scheme valid until (YYYY-MM-DD)' })
  @Omittable()
  @IsCalendarDate()
  validUntil?: string;

  @ApiPropertyOptional({ ...FREE_TEXT_SCHEMA, example: '主供电源由 110kV 三墩变 10kV 三墩线供电', description: 'Notes' })
  @Omittable()
  @FreeText()
  notes?: string;
}
