import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FREE_TEXT_SCHEMA, FreeText } from '../../common/validation/index.js';
import { SELECTED_BY_DESCRIPTION } from './designer.dto.js';
import { SELECTED_BY, type SelectedBy } from './enums.js';

/** An equipment supplier, when known at construction start (SPEC §3.5). */
export class SupplierDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '正泰电气股份有限公司（变压器）', description: 'Supplier name and what it supplies' })
  @FreeText()
  name: string;

  @ApiProperty({ enum: SELECTED_BY, enumName: 'SelectedBy', example: 'customer', description: SELECTED_BY_DESCRIPTION })
  @IsIn(SELECTED_BY)
  selectedBy: SelectedBy;
}
