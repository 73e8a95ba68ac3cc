import { ApiProperty } from '@nestjs/swagger';
import { FREE_TEXT_SCHEMA, FreeText } from '../../common/validation/index.js';
import { ReplySupplySchemeDto } from './reply-supply-scheme.dto.js';

/** `POST /api/projects/:id/supply-scheme/revisions` (schemeApprover): the reply's fields plus why it changes (SPEC §3.3). */
export class ReviseSupplySchemeDto extends ReplySupplySchemeDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '客户调整生产线，备用电源改由城北变供电', description: 'Why the scheme is revised' })
  @FreeText()
  reason: string;
}
