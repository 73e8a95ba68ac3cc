import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FREE_TEXT_SCHEMA, FreeText } from '../../common/validation/index.js';
import { SELECTED_BY_DESCRIPTION } from './designer.dto.js';
import { SELECTED_BY, type SelectedBy } from './enums.js';

/** The construction contractor and its qualification check (资质审查, SPEC §3.5). */
export class ContractorDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '杭州电力安装工程有限公司', description: 'Contractor name' })
  @FreeText()
  name: string;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: 'D233012345', description: 'Qualification certificate number (承装/修/试资质)' })
  @FreeText()
  qualificationNo: string;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '330106000123456', description: 'Business licence number (营业执照号)' })
  @FreeText()
  licenceNo: string;

  @ApiProperty({ enum: SELECTED_BY, enumName: 'SelectedBy', example: 'customer', description: SELECTED_BY_DESCRIPTION })
  @IsIn(SELECTED_BY)
  selectedBy: SelectedBy;
}
