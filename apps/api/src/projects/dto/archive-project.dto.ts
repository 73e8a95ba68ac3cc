import { ApiProperty } from '@nestjs/swagger';
import { FREE_TEXT_SCHEMA, FreeText } from '../../common/validation/index.js';
import { CommandBodyDto } from './command-body.dto.js';

/** `POST /api/projects/:id/archive` (archivist): 资料归档, SPEC §3.11. */
export class ArchiveProjectDto extends CommandBodyDto {
  @ApiProperty({ ...FREE_TEXT_SCHEMA, example: 'DA-2025-HZ-000456', description: 'Archive number' })
  @FreeText()
  archiveNo: string;
}
