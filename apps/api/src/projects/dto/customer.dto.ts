import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import {
  FREE_TEXT_SCHEMA,
  FreeText,
  ID_SCHEMA,
  IsIdentifier,
  IsIdNumberForKind,
  IsPhone,
  PHONE_SCHEMA,
} from '../../common/validation/index.js';
import { CUSTOMER_KINDS, type CustomerKind } from './enums.js';

/** The applying customer (SPEC §3.1). An existing customer id keeps its identity; contact details may be updated. */
export class CustomerDto {
  @ApiProperty({ ...ID_SCHEMA, example: 'cust-hz-0001', description: 'Customer id, chosen by the client' })
  @IsIdentifier()
  id: string;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '杭州西湖精密制造有限公司', description: 'Customer name (户名)' })
  @FreeText()
  name: string;

  @ApiProperty({ enum: CUSTOMER_KINDS, enumName: 'CustomerKind', example: 'organisation', description: 'Individual or organisation' })
  @IsIn(CUSTOMER_KINDS)
  kind: CustomerKind;

  @ApiProperty({
    type: String,
    minLength: 18,
    maxLength: 18,
    example: '91330100MA2XXXXX08',
    description:
      "By kind: an individual's 18-character resident ID (GB 11643, check digit, upper-case X, e.g. " +
      "33010619900101123X); an organisation's unified social credit code (GB 32100, with its check character).",
  })
  @IsIdNumberForKind('kind')
  idNumber: string;

  @ApiProperty({ ...PHONE_SCHEMA, example: '0571-87654321', description: 'Mobile (13812345678) or landline with area code' })
  @IsPhone()
  phone: string;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '浙江省杭州市西湖区文三路 100 号', description: 'Contact address' })
  @FreeText()
  address: string;
}
