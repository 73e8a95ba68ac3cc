import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CALENDAR_DATE_SCHEMA, FREE_TEXT_SCHEMA, FreeText, IsCalendarDate, NestedObject } from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';
import { CONTRACT_TYPES, type ContractType } from './enums.js';
import { SignatoriesDto } from './signatories.dto.js';

/** `POST /api/projects/:id/supply-contract` (clerk): 供用电合同, SPEC §3.9. */
export class SignSupplyContractDto extends CommandBodyDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: 'GY-2025-HZ-000123', description: 'Contract number' })
  @FreeText()
  contractNo: string;

  @ApiProperty({
    enum: CONTRACT_TYPES,
    enumName: 'ContractType',
    example: 'highVoltage',
    description: 'residentialEndorsement (背书 on the application form), lowVoltage or highVoltage',
  })
  @IsIn(CONTRACT_TYPES)
  contractType: ContractType;

  @ApiProperty({ type: () => SignatoriesDto, description: 'Signatories for both parties' })
  @NestedObject(() => SignatoriesDto)
  signatories: SignatoriesDto;

  @ApiProperty({ ...CALENDAR_DATE_SCHEMA, example: '2025-10-20', description: 'Effective date (YYYY-MM-DD)' })
  @IsCalendarDate()
  effectiveDate: string;
}
