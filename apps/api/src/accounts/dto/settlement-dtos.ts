import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsBoolean, IsIn, IsNumber, IsPositive, Matches, Max, Min } from 'class-validator';
import { CALENDAR_DATE_SCHEMA, FINITE, IsCalendarDate, IsYuan, MAX_AMOUNT, NestedList, NestedObject, Omittable } from '../../common/validation/index.js';
import { CapacityDto } from '../../projects/dto/capacity.dto.js';
import { CommandBodyDto } from '../../projects/dto/command-body.dto.js';
import { CustomerDto } from '../../projects/dto/customer.dto.js';
import { VIOLATION_KINDS, type ViolationKind } from '#connection-projects/domain';


/** `POST /api/accounts/:id/closure` (clerk): 销户, SPEC §7.2 e. */
export class CloseAccountDto extends CommandBodyDto {
  @ApiProperty({ type: Boolean, example: true, description: 'Every bill settled (BILLS_OUTSTANDING otherwise)' })
  @IsBoolean()
  billsSettled: boolean;

  @ApiProperty({ type: Number, minimum: 0, example: 123456.7, description: 'Final meter reading' })
  @IsNumber(FINITE)
  @Min(0)
  @Max(MAX_AMOUNT)
  finalReading: number;
}

export class SplitPartDto {
  @ApiProperty({ type: () => CustomerDto, description: 'The customer of the new account' })
  @NestedObject(() => CustomerDto)
  customer: CustomerDto;

  @ApiProperty({ type: () => CapacityDto, description: "The part's contract capacity" })
  @NestedObject(() => CapacityDto)
  capacity: CapacityDto;
}

/** `POST /api/accounts/:id/splits` (clerk): 分户, SPEC §7.2 f. */
export class SplitAccountDto extends CommandBodyDto {
  @ApiProperty({ type: () => SplitPartDto, isArray: true, minItems: 2, description: 'The new accounts, in order (-1, -2, …)' })
  @NestedList(() => SplitPartDto)
  @ArrayMinSize(2)
  parts: SplitPartDto[];

  @ApiProperty({ type: Boolean, example: true, description: 'Every bill settled (BILLS_OUTSTANDING otherwise)' })
  @IsBoolean()
  billsSettled: boolean;
}

/** `POST /api/accounts/:id/late-payment-charges` (clerk): 电费违约金, SPEC §7.3. */
export class AssessLatePaymentChargeDto extends CommandBodyDto {
  @ApiProperty({ type: String, pattern: '^\\d{4}-(0[1-9]|1[0-2])$', example: '2025-11', description: 'Bill month YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'billMonth must be YYYY-MM' })
  billMonth: string;

  @ApiProperty({ type: Number, minimum: 0, exclusiveMinimum: true, example: 10000, description: 'Amount due in yuan, at most two decimals' })
  @IsYuan()
  amountDue: number;

  @ApiProperty({ ...CALENDAR_DATE_SCHEMA, example: '2025-12-20', description: 'Due date' })
  @IsCalendarDate()
  dueDate: string;

  @ApiProperty({ ...CALENDAR_DATE_SCHEMA, example: '2026-01-10', description: 'Paid on' })
  @IsCalendarDate()
  paidOn: string;
}

const positiveNumber = (description: string, example: number) =>
  ApiPropertyOptional({ type: Number, minimum: 0, exclusiveMinimum: true, example, description });

/** `POST /api/accounts/:id/violations` (inspector): 违约用电, SPEC §7.3; the inputs the kind needs. */
export class RecordViolationDto extends CommandBodyDto {
  @ApiProperty({ enum: VIOLATION_KINDS, enumName: 'ViolationKind', example: 'privateCapacityIncrease', description: 'Kind of violation' })
  @IsIn(VIOLATION_KINDS)
  kind: ViolationKind;

  @positiveNumber('kW/kVA involved', 200)
  @Omittable()
  @IsNumber(FINITE)
  @IsPositive()
  @Max(MAX_AMOUNT)
  capacity?: number;

  @positiveNumber('Basic charge, yuan per kVA-month (two-part tariff)', 30)
  @Omittable()
  @IsNumber(FINITE)
  @IsPositive()
  @Max(MAX_AMOUNT)
  basicChargeRate?: number;

  @positiveNumber('Months of use (two-part tariff)', 3)
  @Omittable()
  @IsNumber(FINITE)
  @IsPositive()
  @Max(1200)
  months?: number;

  @positiveNumber('Price difference, yuan per kWh', 0.3527)
  @Omittable()
  @IsNumber(FINITE)
  @IsPositive()
  @Max(MAX_AMOUNT)
  priceDifference?: number;

  @positiveNumber('Energy in kWh (3 months of use when the period is unknown)', 12345)
  @Omittable()
  @IsNumber(FINITE)
  @IsPositive()
  @Max(MAX_AMOUNT)
  energy?: number;
}
