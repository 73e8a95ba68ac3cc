import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FREE_TEXT_SCHEMA, FreeText, ID_SCHEMA, IsIdentifier, Omittable } from '../../common/validation/index.js';
import { CommandBodyDto } from '../../projects/dto/command-body.dto.js';
import { CHANNELS, SATISFACTIONS, type Channel, type Satisfaction } from '#connection-projects/domain';

/** `POST /api/complaints` (clerk): 受理投诉, SPEC §8. */
export class ReceiveComplaintDto extends CommandBodyDto {
  @ApiPropertyOptional({ ...ID_SCHEMA, example: 'cmp-2025-hz-0001', description: 'Complaint id chosen by the client; generated when absent' })
  @Omittable()
  @IsIdentifier()
  complaintId?: string;

  @ApiProperty({ ...ID_SCHEMA, example: 'cust-0001', description: 'The complaining customer (need not be known to the system)' })
  @IsIdentifier()
  customerId: string;

  @ApiPropertyOptional({ ...ID_SCHEMA, example: 'acct-prj-2025-hz-0001', description: "The account complained about: one of the customer's (ACCOUNT_INVALID otherwise)" })
  @Omittable()
  @IsIdentifier()
  accountId?: string;

  @ApiProperty({ enum: CHANNELS, enumName: 'Channel', example: 'hotline', description: '95598 hotline, the service window, or online' })
  @IsIn(CHANNELS)
  channel: Channel;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '停电', description: 'Category of the complaint' })
  @FreeText()
  category: string;

  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '小区连续三天晚间停电，未见通知', description: 'What the customer complains of' })
  @FreeText()
  description: string;
}

/** `POST /api/complaints/:id/contact` (clerk): the complainant reached. */
export class ContactComplainantDto extends CommandBodyDto {
  @ApiPropertyOptional({ ...FREE_TEXT_SCHEMA, example: '已电话联系客户，说明抢修进度', description: 'Notes' })
  @Omittable()
  @FreeText()
  notes?: string;
}

/** `POST /api/complaints/:id/reply` (clerk): 答复. */
export class ReplyToComplaintDto extends CommandBodyDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: '线路故障已抢修，今后计划停电提前公告', description: 'The resolution given to the customer' })
  @FreeText()
  resolution: string;
}

/** `POST /api/complaints/:id/closure` (clerk): 回访 done. */
export class CloseComplaintDto extends CommandBodyDto {
  @ApiProperty({ enum: SATISFACTIONS, enumName: 'Satisfaction', example: 'satisfied', description: "The customer's satisfaction at the revisit (回访)" })
  @IsIn(SATISFACTIONS)
  satisfaction: Satisfaction;
}
