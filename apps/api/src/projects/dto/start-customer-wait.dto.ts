import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FREE_TEXT_SCHEMA, FreeText } from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';
import { CUSTOMER_WAIT_KINDS, type CustomerWaitKind } from './enums.js';

/** `POST /api/projects/:id/customer-waits` (clerk): 客户原因暂停计时, SPEC §3.14; pauses the running clocks (§5.1). */
export class StartCustomerWaitDto extends CommandBodyDto {
  @ApiProperty({
    enum: CUSTOMER_WAIT_KINDS,
    enumName: 'CustomerWaitKind',
    example: 'documentsSupplement',
    description: 'What the project waits on: 资料补正, 客户要求暂缓, 客户委托接入系统设计',
  })
  @IsIn(CUSTOMER_WAIT_KINDS)
  kind: CustomerWaitKind;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '客户需补正项目批文', description: 'Why the project waits on the customer' })
  @FreeText()
  reason: string;
}
