import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayNotEmpty, IsBoolean, IsIn } from 'class-validator';
import {
  CALENDAR_DATE_SCHEMA,
  FREE_TEXT_SCHEMA,
  FreeText,
  ID_SCHEMA,
  IsCalendarDate,
  IsIdentifier,
  IsYuan,
  MAX_AMOUNT,
  MAX_LIST_ITEMS,
  NestedList,
  Omittable,
} from '../../common/validation/index.js';
import { CommandBodyDto } from '../../projects/dto/command-body.dto.js';
import { APPLIANCE_CATEGORIES, type ApplianceCategory } from '#connection-projects/domain';

const YUAN = (description: string, example: number) => ({ type: Number, minimum: 0, maximum: MAX_AMOUNT, example, description });

export class ClaimedApplianceDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '电视机', description: 'The appliance' })
  @FreeText()
  name: string;

  @ApiProperty({ enum: APPLIANCE_CATEGORIES, enumName: 'ApplianceCategory', example: 'electronic', description: 'Class: its life is 10, 12, 5 or 2 years' })
  @IsIn(APPLIANCE_CATEGORIES)
  category: ApplianceCategory;

  @ApiProperty({ ...CALENDAR_DATE_SCHEMA, example: '2022-03-10', description: 'Bought on (not after damagedOn)' })
  @IsCalendarDate()
  purchasedOn: string;

  @ApiProperty({ ...YUAN('Invoice price in yuan, at most two decimals', 4999), exclusiveMinimum: true })
  @IsYuan()
  invoicePrice: number;
}

/** `POST /api/damage-claims` (clerk): 家用电器损坏报损, SPEC §8. */
export class FileDamageClaimDto extends CommandBodyDto {
  @ApiPropertyOptional({ ...ID_SCHEMA, example: 'clm-2025-hz-0001', description: 'Claim id chosen by the client; generated when absent' })
  @Omittable()
  @IsIdentifier()
  claimId?: string;

  @ApiProperty({ ...ID_SCHEMA, example: 'cust-0001', description: 'The customer' })
  @IsIdentifier()
  customerId: string;

  @ApiProperty({ ...ID_SCHEMA, example: 'acct-prj-2025-hz-0001', description: "The customer's residential account (ACCOUNT_INVALID, CLAIM_NOT_ELIGIBLE)" })
  @IsIdentifier()
  accountId: string;

  @ApiProperty({ ...CALENDAR_DATE_SCHEMA, example: '2025-07-01', description: 'Day of the damage; the claim is filed within 7 days of it (CLAIM_TOO_LATE)' })
  @IsCalendarDate()
  damagedOn: string;

  @ApiProperty({ type: () => ClaimedApplianceDto, isArray: true, minItems: 1, maxItems: MAX_LIST_ITEMS, description: 'The damaged appliances' })
  @NestedList(() => ClaimedApplianceDto)
  @ArrayNotEmpty()
  appliances: ClaimedApplianceDto[];
}

export class ApplianceFindingDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '电视机', description: "The claim's appliance of the same rank" })
  @FreeText()
  name: string;

  @ApiProperty({ type: Boolean, example: false, description: 'Whether it can be repaired (then compensated its repair cost)' })
  @IsBoolean()
  repairable: boolean;

  @ApiPropertyOptional(YUAN('Repair cost in yuan, for a repairable appliance only', 350))
  @Omittable()
  @IsYuan({ zeroAllowed: true })
  repairCost?: number;
}

/** `POST /api/damage-claims/:id/investigation` (inspector): 调查, within 24 hours of the filing. */
export class InvestigateDamageDto extends CommandBodyDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '雷击致线路过电压，表后线路受损', description: 'Findings' })
  @FreeText()
  findings: string;

  @ApiProperty({ type: Boolean, example: true, description: 'Whether the utility is liable (not liable: no compensation)' })
  @IsBoolean()
  utilityLiable: boolean;

  @ApiProperty({ type: () => ApplianceFindingDto, isArray: true, minItems: 1, maxItems: MAX_LIST_ITEMS, description: "One per appliance of the claim, in the claim's order" })
  @NestedList(() => ApplianceFindingDto)
  @ArrayNotEmpty()
  appliances: ApplianceFindingDto[];
}

/** `POST /api/damage-claims/:id/settlement` (clerk): 理赔, the compensation computed by SPEC §8. */
export class SettleDamageClaimDto extends CommandBodyDto {
  @ApiPropertyOptional({ ...FREE_TEXT_SCHEMA, example: '赔偿款已转入客户账户', description: 'Notes' })
  @Omittable()
  @FreeText()
  notes?: string;
}
