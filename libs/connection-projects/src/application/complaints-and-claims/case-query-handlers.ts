import { GetCaseEventsHandler, GetCaseStateHandler, VerifyCaseIntegrityHandler } from './case-history.query.js';
import { GetCaseViewHandler, ListCasesHandler } from './case-view.query.js';

export const CASE_QUERY_HANDLERS = [GetCaseViewHandler, ListCasesHandler, GetCaseEventsHandler, GetCaseStateHandler, VerifyCaseIntegrityHandler];
