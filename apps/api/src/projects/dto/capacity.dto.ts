import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNumber, IsPositive, Max } from 'class-validator';
import { CAPACITY_UNITS, type CapacityUnit } from './enums.js';

export const MAX_CAPACITY = 10_000_000;

/** A capacity: kW for residential and low voltage, kVA for high voltage (the unit/class match is a rule: UNIT_MISMATCH). */
export class CapacityDto {
  @ApiProperty({ type: Number, minimum: 0, exclusiveMinimum: true, maximum: MAX_CAPACITY, example: 2000, description: 'Capacity value, > 0' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(MAX_CAPACITY)
  value: number;

  @ApiProperty({ enum: CAPACITY_UNITS, enumName: 'CapacityUnit', example: 'kVA', description: 'kW or kVA' })
  @IsIn(CAPACITY_UNITS)
  unit: CapacityUnit;
}
