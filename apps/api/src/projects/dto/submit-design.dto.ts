import { ApiProperty } from '@nestjs/swagger';
import { NestedObject } from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';
import { DesignerDto } from './designer.dto.js';
import { ApiDocumentCodes, IsDocumentCodeList } from './document-codes.js';
import { DESIGN_DOCUMENT_CODES } from './enums.js';

/** `POST /api/projects/:id/design-submissions` (clerk, customer): 设计送审, SPEC §3.4. */
export class SubmitDesignDto extends CommandBodyDto {
  @ApiProperty({ type: () => DesignerDto, description: 'The designer, chosen by the customer' })
  @NestedObject(() => DesignerDto)
  designer: DesignerDto;

  @ApiDocumentCodes('Design documents submitted (may be empty: the answer lists what is missing).', DESIGN_DOCUMENT_CODES, [
    'DESIGN_SPEC',
    'WIRING_AND_LAYOUT_DRAWINGS',
  ])
  @IsDocumentCodeList()
  documents: string[];
}
