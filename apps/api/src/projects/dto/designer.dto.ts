import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FREE_TEXT_SCHEMA, FreeText } from '../../common/validation/index.js';
import { SELECTED_BY, type SelectedBy } from './enums.js';

/** 三不指定: `utility` is a valid shape; the decider refuses it with 422 UTILITY_DESIGNATION_FORBIDDEN. */
export const SELECTED_BY_DESCRIPTION =
  'Who chose this party. Must be the customer: `utility` is refused with 422 UTILITY_DESIGNATION_FORBIDDEN (三不指定).';

export class DesignerDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '浙江华电工程设计有限公司', description: 'Design institute or designer' })
  @FreeText()
  name: string;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: 'A133001234', description: 'Design qualification certificate number (资质证书编号)' })
  @FreeText()
  qualificationNo: string;

  @ApiProperty({ enum: SELECTED_BY, enumName: 'SelectedBy', example: 'customer', description: SELECTED_BY_DESCRIPTION })
  @IsIn(SELECTED_BY)
  selectedBy: SelectedBy;
}
