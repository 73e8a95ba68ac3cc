import { ApiPropertyOptional } from '@nestjs/swagger';
import { FREE_TEXT_SCHEMA, FreeText, Omittable } from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';

/** `POST /api/projects/:id/customer-waits/end` (clerk): the open wait on the customer ends, SPEC §3.14. */
export class EndCustomerWaitDto extends CommandBodyDto {
  @ApiPropertyOptional({ ...FREE_TEXT_SCHEMA, example: '客户已补正项目批文', description: 'Notes on the end of the wait' })
  @Omittable()
  @FreeText()
  notes?: string;
}
