import { ApiProperty } from '@nestjs/swagger';
import { FREE_TEXT_SCHEMA, FreeText } from '../../common/validation/index.js';

/** Who signed the supply contract for each party (SPEC §3.9). */
export class SignatoriesDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '张伟（法定代表人）', description: "Signatory for the customer" })
  @FreeText()
  customer: string;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '李娜（营销部主任）', description: 'Signatory for the utility' })
  @FreeText()
  utility: string;
}
