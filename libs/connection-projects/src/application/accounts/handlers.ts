import { GetAccountEventsHandler, GetAccountStateHandler, VerifyAccountIntegrityHandler } from './account-history.query.js';
import { ListAccountsHandler } from './account-list.query.js';
import { GetAccountViewHandler } from './account-view.query.js';

export const ACCOUNT_QUERY_HANDLERS = [GetAccountViewHandler, ListAccountsHandler, GetAccountEventsHandler, GetAccountStateHandler, VerifyAccountIntegrityHandler];
