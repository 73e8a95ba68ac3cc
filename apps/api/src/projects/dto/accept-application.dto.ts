import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';
import {
  defineValidator,
  FREE_TEXT_SCHEMA,
  FreeText,
  ID_SCHEMA,
  IsIdentifier,
  NestedObject,
  Omittable,
} from '../../common/validation/index.js';
import { CapacityDto } from './capacity.dto.js';
import { CommandBodyDto } from './command-body.dto.js';
import { CustomerDto } from './customer.dto.js';
import { ApiDocumentCodes, IsDocumentCodeList } from './document-codes.js';
import {
  APPLICATION_DOCUMENT_CODES,
  BUSINESS_TYPES,
  type BusinessType,
  CHANNELS,
  type Channel,
  CUSTOMER_CLASSES,
  type CustomerClass,
  SUBTYPES,
  type Subtype,
} from './enums.js';

/** SPEC §7.1: only a capacity increase names an existing account; on a new connection the field is a malformed request. */
const OnCapacityIncreaseOnly = defineValidator('onCapacityIncreaseOnly', (_value, { object }) =>
  (object as { businessType?: unknown }).businessType === 'capacityIncrease' ? true : 'is only for a capacityIncrease (增容) application');

/** `POST /api/projects` (clerk): 受理, SPEC §3.1. */
export class AcceptApplicationDto extends CommandBodyDto {
  @ApiPropertyOptional({ ...ID_SCHEMA, example: 'prj-2025-hz-0001', description: 'Project id chosen by the client; generated when absent' })
  @Omittable()
  @IsIdentifier()
  projectId?: string;

  @ApiProperty({ type: () => CustomerDto, description: 'The applying customer' })
  @NestedObject(() => CustomerDto)
  customer: CustomerDto;

  @ApiProperty({ enum: CUSTOMER_CLASSES, enumName: 'CustomerClass', example: 'highVoltageDual', description: 'Customer class (SPEC §2)' })
  @IsIn(CUSTOMER_CLASSES)
  customerClass: CustomerClass;

  @ApiPropertyOptional({ enum: SUBTYPES, enumName: 'Subtype', example: 'industrial', description: 'For low and high voltage: 工业 or 商业' })
  @Omittable()
  @IsIn(SUBTYPES)
  subtype?: Subtype;

  @ApiProperty({ enum: BUSINESS_TYPES, enumName: 'BusinessType', example: 'newConnection', description: '新装 or 增容' })
  @IsIn(BUSINESS_TYPES)
  businessType: BusinessType;

  @ApiProperty({ type: () => CapacityDto, description: 'Requested capacity: kW for residential/lowVoltage, kVA for high voltage' })
  @NestedObject(() => CapacityDto)
  requestedCapacity: CapacityDto;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '浙江省杭州市西湖区三墩镇振华路 200 号', description: 'Address to be supplied' })
  @FreeText()
  supplyAddress: string;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: 'hz-xihu-branch', description: 'Accepting org unit, recorded as given' })
  @FreeText()
  orgUnit: string;

  @ApiProperty({ enum: CHANNELS, enumName: 'Channel', example: 'window', description: 'Where the application came in' })
  @IsIn(CHANNELS)
  channel: Channel;

  @ApiPropertyOptional({ type: Boolean, example: false, description: 'Whether the supply address is rented (more documents)' })
  @Omittable()
  @IsBoolean()
  rented?: boolean;

  @ApiDocumentCodes('Documents provided (may be empty: the answer lists what is missing).', APPLICATION_DOCUMENT_CODES, [
    'PROJECT_APPROVAL',
    'LOAD_DETAILS',
  ])
  @IsDocumentCodeList()
  documents: string[];

  @ApiPropertyOptional({
    ...ID_SCHEMA,
    example: 'acct-prj-2024-hz-0007',
    description: 'A capacityIncrease only: the supply account it enlarges, an active account of the same customer (SPEC §7.1)',
  })
  @Omittable()
  @IsIdentifier()
  @OnCapacityIncreaseOnly()
  accountId?: string;
}
