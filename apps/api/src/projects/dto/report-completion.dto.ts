import { CommandBodyDto } from './command-body.dto.js';
import { ApiDocumentCodes, IsDocumentCodeList } from './document-codes.js';
import { COMPLETION_DOCUMENT_CODES } from './enums.js';

/** `POST /api/projects/:id/completion-reports` (clerk, customer): 竣工报告, SPEC §3.7. */
export class ReportCompletionDto extends CommandBodyDto {
  @ApiDocumentCodes('Completion documents (may be empty: the answer lists what is missing).', COMPLETION_DOCUMENT_CODES, [
    'COMPLETION_REPORT',
    'AS_BUILT_DRAWINGS',
  ])
  @IsDocumentCodeList()
  documents: string[];
}
