import type { EventFacts, Integrity, ProjectEvent, TimedClock } from '../api-types.js';
import type { PageContext } from '../context.js';
import { h, replaceChildren, type Child } from '../dom.js';
import { errorBlock } from '../errors.js';
import { t } from '../i18n/index.js';
import { allEvents, historyTable, integrityResult } from './project-history.js';
import { timeTravel, type TravelSubject } from './time-travel.js';

const AUDIT_ROLES = ['auditor', 'admin'];

/** For an account, a complaint or a claim: its event's data are its facts, under the names its line reads. */
export const factsFromData = (event: ProjectEvent): EventFacts => event.data as EventFacts;

/** A titled section of a subject's page, reachable by its id. */
export const section = (id: string, title: string, ...content: (Child | Child[])[]): HTMLElement =>
  h('section', { 'aria-labelledby': id, id: `${id}-section` }, h('h2', { id }, title), ...content);

const auditorOnly = () => h('p', { class: 'message', 'data-testid': 'auditor-only' }, t('error.auditorOnly'));

/**
 * The record of a project, an account, a complaint or a claim (`base` is its API path): time travel, history and
 * integrity for auditors and admins, its history for its customer too. `sections` are drawn at once, `load` fills them.
 * `factsOf` words the history's lines from what each event carries (default: the history's own facts).
 */
export function recordSections<S extends { clocks: TimedClock[] }>(
  ctx: PageContext,
  base: string,
  travel: TravelSubject<S>,
  factsOf?: (event: ProjectEvent) => EventFacts,
): { sections: HTMLElement[]; load: () => Promise<void> } {
  const roles = ctx.tokens.claims()?.roles ?? [];
  const audits = roles.some((r) => AUDIT_ROLES.includes(r));
  const seesHistory = audits || roles.includes('customer');
  const changeToken = () => {
    ctx.tokens.clear();
    ctx.rerender();
  };
  const loading = () => h('p', { class: 'loading' }, t('common.loading'));
  const historyHost = h('div', {}, seesHistory ? loading() : auditorOnly());
  const travelHost = h('div', {}, audits ? loading() : auditorOnly());
  const integrityHost = h('div', {}, audits ? loading() : auditorOnly());

  const load = async () => {
    if (!seesHistory) return;
    try {
      const events = await allEvents(ctx, base);
      replaceChildren(historyHost, historyTable(events, factsOf));
      if (audits) replaceChildren(travelHost, timeTravel(ctx, travel, events, changeToken));
    } catch (error) {
      if (ctx.signal.aborted) return;
      replaceChildren(historyHost, errorBlock(error, ctx.tokens, changeToken));
      replaceChildren(travelHost);
    }
    if (!audits) return;
    try {
      replaceChildren(integrityHost, integrityResult(await ctx.api.get<Integrity>(`${base}/integrity`, {}, ctx.signal)));
    } catch (error) {
      if (!ctx.signal.aborted) replaceChildren(integrityHost, errorBlock(error, ctx.tokens, changeToken));
    }
  };
  return {
    sections: [section('travel', t('travel.title'), travelHost), section('history', t('history.title'), historyHost), section('integrity', t('integrity.title'), integrityHost)],
    load,
  };
}
