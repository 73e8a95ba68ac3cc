import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'puppeteer-core';
import { ApiHarness } from './support/api-harness.js';
import { ensureDashboardBuilt, findChromium, launchBrowser, overviewRenderMs, readAsEveryReader, screenshot, watchConsole, type BrowserSession } from './support/browser.js';
import { accountRoute } from './support/account-routes.js';
import { CLAIM_ROUTES, COMPLAINT_ROUTES, RESIDENTIAL_ACCOUNT_ID, residentialAccount } from './support/complaint-claim-routes.js';
import { DATED_JOURNEY, runDatedJourney } from './support/dated-journey.js';
import { COMMAND_EXAMPLES, Journey, type CommandName } from './support/journey.js';

// The dashboard (issue 8) driven in a real headless Chromium against the real server on the embedded stores.
const chromium = findChromium();
if (!chromium) {
  process.stdout.write(
    '\n[dashboard] SKIPPED: the browser test needs Chromium and none was found (/usr/bin/chromium, or set CHROMIUM_PATH).\n' +
      '[dashboard] Install it with: apt-get install -y chromium fonts-wqy-zenhei (.ci/run does this).\n\n',
  );
}
const suite = chromium ? describe : describe.skip;

const JOURNEY = 'prj-dash-journey'; // the dated high-voltage journey of SPEC §3, Sep–Oct 2025: every clock
const HOLIDAY = 'prj-dash-holiday'; // lowVoltage, applied 2025-09-29: 7 working days across National Day → 2025-10-15
const LATE = 'prj-dash-late';
const ON_TIME = 'prj-dash-ontime';
const SGCC = 'prj-dash-sgcc';
const ARCHIVED = 'prj-dash-archived'; // residential under sgcc-assessment, connected in 2 working days and archived: on time
const ACCOUNT = `acct-${JOURNEY}`; // opened by the supply-accounts process manager when the journey is energized
const COMPLAINT = 'complaint-dash-1'; // by the 95598 hotline, contacted, replied and closed satisfied
const CLAIM = 'claim-dash-1'; // a television on a residential account: investigated, liable, settled depreciated
const OTHER_CUSTOMER = 'cust-dash-01';
const OWN_CUSTOMER = 'cust-dash-02';

const lowVoltage = (projectId: string) => ({
  ...structuredClone(COMMAND_EXAMPLES.acceptApplication),
  projectId,
  customer: { ...COMMAND_EXAMPLES.acceptApplication.customer, id: OTHER_CUSTOMER },
  customerClass: 'lowVoltage',
  requestedCapacity: { value: 80, unit: 'kW' },
  orgUnit: 'hz-xihu-branch',
});
const residential = (projectId: string) => ({
  projectId,
  customer: { id: OWN_CUSTOMER, name: '王芳', kind: 'individual', idNumber: '33010619900101123X', phone: '13812345678', address: '浙江省杭州市西湖区古荡新村 5 幢 2 单元 301 室' },
  customerClass: 'residential',
  businessType: 'newConnection',
  requestedCapacity: { value: 8, unit: 'kW' },
  supplyAddress: '浙江省杭州市西湖区古荡新村 5 幢 2 单元 301 室',
  orgUnit: 'hz-binjiang-station',
  channel: 'online',
  documents: ['PROPERTY_CERTIFICATE', 'OWNER_ID'],
});
const rate = (value: number | null) => (value === null ? '—' : `${(Math.round(value * 1000) / 10).toFixed(1)}%`);
const scheme = (kW: number, voltage: string) => ({ approvedCapacity: { value: kW, unit: 'kW' }, supplyVoltage: voltage, supplyMode: 'single', meteringMethod: '低供低计' });

suite('the dashboard in headless Chromium', () => {
  let api: ApiHarness;
  let session: BrowserSession;
  let page: Page;
  let problems: string[];
  let base: string;

  const post = async (role: string, path: string, body: object) => {
    const res = await api.http().post(path).set('Authorization', `Bearer ${api.token(role)}`).send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { position: number };
  };
  const getJson = async (role: string, path: string, claims = {}) => {
    const res = await api.http().get(path).set('Authorization', `Bearer ${api.token(role, claims)}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const apply = (body: object, occurredAt?: string) => post('clerk', '/api/projects', { ...body, ...(occurredAt ? { occurredAt } : {}) });
  const survey = (projectId: string, occurredAt: string) =>
    post('surveyor', `/api/projects/${projectId}/site-survey`, { ...COMMAND_EXAMPLES.recordSiteSurvey, occurredAt });
  const text = (selector: string) => page.$eval(selector, (el) => el.textContent?.trim() ?? '');
  const waitText = (selector: string, expected: string) =>
    page.waitForFunction(`document.querySelector(${JSON.stringify(selector)})?.textContent?.trim() === ${JSON.stringify(expected)}`, { timeout: 15_000 });
  // In-page expressions are strings: this file is type-checked for Node, without the DOM's types.
  const inPage = (expression: string) => page.evaluate(expression);

  beforeAll(async () => {
    ensureDashboardBuilt();
    // sgcc-assessment from Nov 20 2025: every project above is under seed; SGCC and the one applied today under it.
    api = await ApiHarness.start({ env: { POLICY_SCHEDULE: 'seed@2000-01-01,sgcc-assessment@2025-11-20' } });
    base = new URL((await api.http().get('/api/health')).request.url).origin;
    // Overdue across the National Day holiday (Oct 1–8 off, Oct 11 worked): never replied.
    await apply(lowVoltage(HOLIDAY), '2025-09-29T10:00:00+08:00');
    await survey(HOLIDAY, '2025-09-30T10:00:00+08:00');
    // Replied after the same deadline: met late. A residential reply the next day: met on time. One applied now: running.
    await apply(lowVoltage(LATE), '2025-09-29T11:00:00+08:00');
    await survey(LATE, '2025-09-30T11:00:00+08:00');
    await post('schemeApprover', `/api/projects/${LATE}/supply-scheme`, { ...scheme(80, '380V'), occurredAt: '2025-10-20T10:00:00+08:00' });
    await apply(residential(ON_TIME), '2025-11-03T09:00:00+08:00');
    await survey(ON_TIME, '2025-11-04T09:00:00+08:00');
    await post('schemeApprover', `/api/projects/${ON_TIME}/supply-scheme`, { ...scheme(8, '220V'), occurredAt: '2025-11-04T15:00:00+08:00' });
    const answers = await runDatedJourney(new Journey(api), JOURNEY);
    // Its account, once the process manager has opened it: a suspension in December 2025 and a late-payment charge.
    const energized = answers[DATED_JOURNEY.findIndex((step) => step.name === 'installMeterAndEnergize')]!.body.position;
    const opened = await getJson('viewer', `/api/accounts/${ACCOUNT}?minPosition=${energized}`);
    await post('clerk', `/api/accounts/${ACCOUNT}/suspensions`, { capacity: opened.contractCapacity, from: '2025-12-01', until: '2025-12-31', occurredAt: '2025-11-20T09:00:00+08:00' });
    await post('clerk', `/api/accounts/${ACCOUNT}/late-payment-charges`, accountRoute('late-payment-charges').body);
    // A complaint and a claim through every route of API.md (SPEC §8); a claim needs a residential account.
    await api.appendAccountHistory(RESIDENTIAL_ACCOUNT_ID, [residentialAccount()]);
    const record = async (base: string, idField: string, id: string, routes: typeof COMPLAINT_ROUTES) => {
      let position = 0;
      for (const r of routes) position = (await post(r.role, r.suffix ? `${base}/${id}/${r.suffix}` : base, r.suffix ? r.body : { [idField]: id, ...r.body })).position;
      await getJson('viewer', `${base}/${id}?minPosition=${position}`);
    };
    await record('/api/complaints', 'complaintId', COMPLAINT, COMPLAINT_ROUTES);
    await record('/api/damage-claims', 'claimId', CLAIM, CLAIM_ROUTES);
    // Low voltage under sgcc-assessment, waiting on the customer since Nov 25: its connection clock is paused.
    await apply({ ...lowVoltage(SGCC), customer: { ...lowVoltage(SGCC).customer, id: 'cust-dash-03' } }, '2025-11-24T09:00:00+08:00');
    await post('clerk', `/api/projects/${SGCC}/customer-waits`, { ...COMMAND_EXAMPLES.startCustomerWait, occurredAt: '2025-11-25T09:00:00+08:00' });
    // Residential under sgcc-assessment from application to archive in late November: judged on time at archiving.
    await apply({ ...residential(ARCHIVED), customer: { ...residential(ARCHIVED).customer, id: 'cust-dash-04' } }, '2025-11-26T09:00:00+08:00');
    await survey(ARCHIVED, '2025-11-26T15:00:00+08:00');
    await post('schemeApprover', `/api/projects/${ARCHIVED}/supply-scheme`, { ...scheme(8, '220V'), occurredAt: '2025-11-27T10:00:00+08:00' });
    const journey = new Journey(api);
    const step = (name: CommandName, occurredAt: string, body: object = {}) =>
      journey.step(name, ARCHIVED, { body: { ...structuredClone(COMMAND_EXAMPLES[name]), ...body, occurredAt } });
    await step('recordAcceptance', '2025-11-27T15:00:00+08:00');
    await step('signSupplyContract', '2025-11-28T09:00:00+08:00', { contractType: 'residentialEndorsement', effectiveDate: '2025-11-28' });
    await step('installMeterAndEnergize', '2025-11-28T14:00:00+08:00');
    await step('archiveProject', '2025-12-01T10:00:00+08:00');
    await step('recordPostConnectionCheck', '2025-12-01T15:00:00+08:00');
    const last = await apply(residential('prj-dash-running'));
    await getJson('viewer', `/api/projects/prj-dash-running?minPosition=${last.position}`);
    session = await launchBrowser(chromium!);
    page = await session.browser.newPage();
    problems = watchConsole(page);
    await page.setViewport({ width: 1280, height: 900 });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await api?.close();
  });

  it('opens the overview with a viewer token from the link, showing exactly the JSON API\'s counts', async () => {
    const renderMs = await overviewRenderMs(page, base, api.token('viewer', { name: '李经理' }));
    process.stdout.write(`[dashboard] SLA overview: first render ${Math.round(renderMs)} ms after navigation start\n`);
    expect(page.url()).not.toContain('token='); // taken from the fragment, kept in sessionStorage, gone from the bar

    const overdueLink = await page.$eval('a[data-clock="schemeReply"][data-metric="overdue"]', (a) => a.getAttribute('href')!);
    const asOf = new URL(overdueLink, base).searchParams.get('asOf')!;
    const json = await getJson('viewer', `/api/dashboards/sla?asOf=${encodeURIComponent(asOf)}`);
    expect(json.clocks.schemeReply).toMatchObject({ overdue: 1, metLate: 1, metOnTime: 2 }); // holiday; late; on time + journey (sgcc-assessment has no residential scheme reply clock)
    for (const clock of ['schemeReply', 'designReview', 'energization', 'postConnectionCheck']) {
      for (const metric of ['open', 'dueSoon', 'overdue', 'metOnTime', 'metLate']) {
        expect([clock, metric, Number(await text(`a[data-clock="${clock}"][data-metric="${metric}"]`))]).toEqual([clock, metric, json.clocks[clock][metric]]);
      }
    }
    expect(await text('tr[data-clock="schemeReply"] [data-metric="onTimeRate"]')).toBe(rate(json.clocks.schemeReply.onTimeRate));
    const orgUnits = await page.$$eval('[data-testid="org-unit-table"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-org-unit')));
    expect(orgUnits).toEqual(json.byOrgUnit.map((row: { orgUnit: string }) => row.orgUnit));
    await page.waitForSelector('#on-time-chart[data-ready="true"] svg', { timeout: 30_000 });

    // The period filter: the counts are the API's for that period, and the chart shows its months from the API.
    await inPage(`document.querySelector('#f-from').value = '2025-09-01'`);
    await page.click('form.filters button[type="submit"]');
    await page.waitForFunction(`new URL(location.href).searchParams.get('from') === '2025-09-01'`);
    await page.waitForSelector('#on-time-chart[data-ready="true"] svg', { timeout: 30_000 });
    const from = '2025-09-01T00:00:00%2B08:00';
    const period = await getJson('viewer', `/api/dashboards/sla?asOf=${encodeURIComponent(asOf)}&from=${from}`);
    expect(Number(await text('a[data-clock="designReview"][data-metric="metLate"]'))).toBe(period.clocks.designReview.metLate);
    expect(Number(await text('a[data-clock="schemeReply"][data-metric="metOnTime"]'))).toBe(period.clocks.schemeReply.metOnTime);
    const september = await getJson('viewer', `/api/dashboards/sla?asOf=${encodeURIComponent(asOf)}&from=${from}&to=2025-09-30T23:59:59.999%2B08:00`);
    const chartRow = await page.$$eval('[data-testid="chart-table"] tbody tr', (rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    // One column per clock with data in some month (connection: the sgcc-assessment project in November; the complaint's
    // clocks in October), then the projects' on-time rate (业扩时限达标率), each month's figure the API's for that month.
    const series = await page.$$eval('[data-testid="chart-table"] thead th[data-series]', (cells) => cells.map((c) => c.getAttribute('data-series')!));
    expect(series).toEqual(['connection', 'schemeReply', 'designReview', 'energization', 'postConnectionCheck', 'complaintContact', 'complaintReply', 'projectsOnTime']);
    const monthly = (key: string) => rate(key === 'projectsOnTime' ? (september.projectsOnTime?.rate ?? null) : (september.clocks[key]?.onTimeRate ?? null));
    expect(chartRow[0]).toEqual(['2025-09', ...series.map(monthly)]);
    await screenshot(page, 'overview');

    // English is one click away, and back.
    await page.click('.header-tools button[lang="en"]');
    await waitText('h1', 'SLA overview');
    await page.click('.header-tools button[lang="zh-CN"]');
    await waitText('h1', '时限概览');
    await page.waitForSelector('#on-time-chart[data-ready="true"] svg');

    // Keyboard: the first Tab reaches the skip link, Enter moves focus to the page's content.
    await page.keyboard.press('Tab');
    expect(await inPage('document.activeElement?.className')).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await inPage('document.activeElement?.id')).toBe('main');

    // A count links to the clocks behind it: the overdue scheme replies are exactly the holiday project.
    await (await page.waitForSelector('a[data-clock="schemeReply"][data-metric="overdue"]'))!.click();
    await page.waitForSelector('[data-testid="clock-count"]');
    expect(await page.$$eval('[data-testid="clock-rows"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-project-id')))).toEqual([HOLIDAY]);
    expect(problems).toEqual([]);
  }, 120_000);

  it('lists the alerts at a chosen 统计时点 in the API\'s order, a page at a time, refreshes them live, and follows one to its project', async () => {
    await page.goto(`${base}/dashboard/alerts?poll=500`);
    await page.waitForSelector(`[data-testid="alerts-table"] tr[data-project-id="${HOLIDAY}"]`);
    expect(await text(`tr[data-project-id="${HOLIDAY}"] td:nth-child(5)`)).toBe('2025-10-15');
    const shown = () => page.$$eval('[data-testid="alerts-table"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-subject-id')!));
    const ids = (list: { items: { subjectId: string }[] }) => list.items.map((a) => a.subjectId);

    // What was overdue on Oct 16, 2025 at noon, Beijing time: the URL keeps the question, the rows are the API's answer
    // in the API's order (earliest deadline first, then subject and id: both scheme replies were due on Oct 15).
    await inPage(`document.querySelector('#a-asOf').value = '2025-10-16T12:00'`);
    await page.select('#a-status', 'overdue');
    await page.click('form.filters button[type="submit"]');
    const asOf = '2025-10-16T12:00:00+08:00';
    await page.waitForFunction(`new URL(location.href).searchParams.get('asOf') === '${asOf}'`);
    await waitText('[data-testid="as-of"]', '统计时点：2025-10-16 12:00');
    const then = await getJson('viewer', `/api/dashboards/sla/alerts?asOf=${encodeURIComponent(asOf)}&status=overdue&limit=50`);
    expect(ids(then).slice(0, 2)).toEqual([HOLIDAY, LATE]);
    expect(await shown()).toEqual(ids(then));

    // One alert a page: each page is the API's page, following its cursor, which keeps the first page's asOf.
    await page.goto(`${base}/dashboard/alerts?asOf=${encodeURIComponent(asOf)}&status=overdue&limit=1`);
    await page.waitForSelector('[data-testid="alerts-table"]');
    expect(await shown()).toEqual([ids(then)[0]]);
    await page.click('[data-testid="next-page"]');
    await waitText('[data-testid="alerts-count"]', '第 2 页 · 共 1 项');
    expect(await shown()).toEqual([ids(then)[1]]);
    const second = new URL(page.url()).searchParams;
    expect([second.get('asOf'), second.get('status'), second.get('limit'), second.get('cursor')?.length]).toEqual([asOf, 'overdue', '1', expect.any(Number)]);
    const first = await getJson('viewer', `/api/dashboards/sla/alerts?asOf=${encodeURIComponent(asOf)}&status=overdue&limit=1`);
    expect(ids(await getJson('viewer', `/api/dashboards/sla/alerts?cursor=${first.nextCursor}&limit=1`))).toEqual([ids(then)[1]]);
    await page.click('[data-testid="first-page"]');
    await waitText('[data-testid="alerts-count"]', '第 1 页 · 共 1 项');

    await page.goto(`${base}/dashboard/alerts?poll=500`);
    await page.waitForSelector(`[data-testid="alerts-table"] tr[data-project-id="${HOLIDAY}"]`);
    const now = await page.$eval('[data-testid="as-of"]', (p) => p.getAttribute('data-as-of')!);
    expect(await shown()).toEqual(ids(await getJson('viewer', `/api/dashboards/sla/alerts?asOf=${encodeURIComponent(now)}&limit=50`)));
    // A new event is projected: the list shows it without a reload.
    await apply(lowVoltage('prj-dash-new-overdue'), '2025-09-29T12:00:00+08:00');
    await page.waitForSelector('tr[data-project-id="prj-dash-new-overdue"]', { timeout: 15_000 });
    await screenshot(page, 'alerts');

    await page.click(`tr[data-project-id="${HOLIDAY}"] td:first-child a`);
    await page.waitForSelector('[data-testid="project-step"]');
    expect(await text('[data-testid="project-step"]')).toBe('已勘查');
    expect(await text('li[data-clock="schemeReply"] [data-testid="deadline"]')).toBe('2025-10-15');
    expect(await page.$eval('li[data-clock="schemeReply"]', (li) => li.getAttribute('data-status'))).toBe('overdue');
    expect(await page.$$('[data-testid="auditor-only"]')).toHaveLength(3); // a viewer is told, and nothing is called
    expect(problems).toEqual([]);
  }, 120_000);

  it('shows an auditor the history, the integrity result, and the project as it was earlier', async () => {
    await page.goto(`${page.url()}#token=${api.token('auditor', { name: '赵审计' })}`);
    await page.waitForSelector('[data-testid="history-table"]');
    expect(await page.$$eval('[data-testid="history-table"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-type')))).toEqual(['ApplicationAccepted', 'SiteSurveyed']);
    expect(await text('[data-testid="history-table"] tr[data-version="1"] td:nth-child(4)')).toBe('2025-09-29 10:00');
    await page.waitForSelector('[data-testid="integrity"][data-valid="true"]');
    await waitText('[data-testid="travel-step"]', '已勘查');

    // Moving the time-travel slider back one event (keyboard) shows the project as it was after its application.
    await page.focus('#tt-slider');
    await page.keyboard.press('ArrowLeft');
    await waitText('[data-testid="travel-step"]', '已受理');
    expect(await text('[data-testid="travel-version"]')).toBe('1');
    expect(await text('[data-testid="travel-result"] li[data-clock="schemeReply"] .badge')).toBe('进行中');

    // The full journey: every clock on the timeline; back to the first design review (rejected, 2025-10-11).
    await page.goto(`${base}/dashboard/projects/${JOURNEY}`);
    await page.waitForSelector('[data-testid="history-table"]');
    expect(await page.$$('[data-testid="history-table"] tbody tr')).toHaveLength(18);
    await waitText('[data-testid="travel-step"]', '已归档');
    await page.focus('#tt-slider');
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await waitText('[data-testid="travel-step"]', '设计未通过');
    expect(await text('[data-testid="travel-version"]')).toBe('5');
    await page.waitForSelector('[data-testid="integrity"][data-valid="true"]');
    await screenshot(page, 'project');

    await page.setViewport({ width: 390, height: 844 });
    expect(await inPage('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'project-390');
    await page.goto(`${base}/dashboard/`);
    await page.waitForSelector('#on-time-chart[data-ready="true"] svg');
    expect(await inPage('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'overview-390');
    await page.setViewport({ width: 1280, height: 900 });
    expect(problems).toEqual([]);
  }, 120_000);

  it('shows an account with the API\'s values, reached from the dossier and from its project', async () => {
    const view = await getJson('auditor', `/api/accounts/${ACCOUNT}`);
    await page.goto(`${base}/dashboard/customers/${view.customerId}#token=${api.token('auditor', { name: '赵审计' })}`);
    await (await page.waitForSelector(`[data-testid="dossier-accounts"] tr[data-account-id="${ACCOUNT}"] td:first-child a`))!.click();
    await page.waitForSelector('[data-testid="integrity"][data-valid="true"]');
    expect(page.url()).toBe(`${base}/dashboard/accounts/${ACCOUNT}`);

    expect(await text('[data-testid="account-status"]')).toBe({ active: '正常用电', suspended: '暂停', removed: '暂拆', closed: '已销户' }[view.status as string]);
    expect(await text('[data-testid="account-contract-capacity"]')).toBe(`${view.contractCapacity.value} ${view.contractCapacity.unit}`);
    expect(await text('[data-testid="account-suspended-capacity"]')).toBe(`${view.suspendedCapacity.value} ${view.suspendedCapacity.unit}`);
    expect(view.suspensions).toEqual([expect.objectContaining({ from: '2025-12-01', until: '2025-12-31' })]);
    expect(await text('li[data-year="2025"] [data-testid="suspension"][data-from="2025-12-01"]')).toContain(
      `暂停 ${view.contractCapacity.value} ${view.contractCapacity.unit}：2025-12-01 至 2025-12-31`,
    );
    const late = view.charges.find((c: { type: string }) => c.type === 'latePayment');
    expect(await text('[data-testid="account-charges"] tr[data-type="latePayment"] [data-testid="charge-amount"]')).toBe(`${late.amount} 元`);
    expect(await text('[data-testid="account-charges"] tr[data-type="latePayment"] td:nth-child(2)')).toBe(
      `2025-11 电费 10000 元，2025-12-20 到期，2026-01-10 缴清，逾期 ${late.daysLate} 天`,
    );
    expect(await page.$$eval('[data-testid="account-services"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-type')))).toEqual(
      view.services.map((s: { type: string }) => s.type),
    );
    const history = await page.$$eval('[data-testid="history-table"] tbody tr', (rows) => rows.map((r) => [r.getAttribute('data-type'), r.children[1]!.textContent]));
    expect(history).toEqual([
      ['SupplyAccountOpened', '立户'],
      ['SuspensionGranted', '暂停'],
      ['LatePaymentChargeAssessed', '电费违约金'],
    ]);
    expect(await text('[data-testid="history-table"] tr[data-type="LatePaymentChargeAssessed"] .event-line')).toBe(
      `2025-11 电费逾期 ${late.daysLate} 天，违约金 ${late.amount} 元`,
    );
    // Time travel to the account as opened: nothing suspended yet, version 1.
    await waitText('[data-testid="travel-version"]', String(view.version));
    await page.focus('#tt-slider');
    await page.keyboard.press('Home');
    await waitText('[data-testid="travel-version"]', '1');
    expect(await text('[data-testid="travel-status"]')).toBe('正常用电');
    await screenshot(page, 'account');

    // The energized project names its account.
    await page.goto(`${base}/dashboard/projects/${JOURNEY}`);
    const link = await page.waitForSelector('[data-testid="project-account"] a');
    expect(await link!.evaluate((a) => a.getAttribute('href'))).toBe(`/dashboard/accounts/${ACCOUNT}`);
    expect(problems).toEqual([]);
  }, 120_000);

  it('lists complaints and claims with their clocks, and shows each as the API answers it: a claim\'s compensation per appliance and how it was reached', async () => {
    const complaint = await getJson('auditor', `/api/complaints/${COMPLAINT}`);
    const claim = await getJson('auditor', `/api/damage-claims/${CLAIM}`);
    await page.goto(`${base}/dashboard/cases#token=${api.token('auditor', { name: '赵审计' })}`);
    const row = `[data-testid="complaint-rows"] tr[data-complaint-id="${COMPLAINT}"]`;
    await page.waitForSelector(row);
    expect(await text(`${row} td:nth-child(3)`)).toBe('已办结');
    expect(await text(`${row} td:nth-child(4)`)).toBe('95598 热线');
    expect(await page.$$eval(`${row} [data-clock]`, (items) => items.map((i) => i.getAttribute('data-clock')))).toEqual(complaint.clocks.map((c: { name: string }) => c.name));
    expect(await text(`${row} [data-clock="complaintReply"]`)).toContain('投诉答复');

    // The claim, from its row: each appliance's basis, months used and life, and the amounts the API computed.
    await (await page.waitForSelector(`[data-testid="claim-rows"] tr[data-claim-id="${CLAIM}"] td:first-child a`))!.click();
    await page.waitForSelector('[data-testid="integrity"][data-valid="true"]');
    expect(page.url()).toBe(`${base}/dashboard/claims/${CLAIM}`);
    expect(await text('[data-testid="claim-status"]')).toBe('已理赔');
    expect(await text('[data-testid="claim-liability"]')).toBe('应负责任');
    const [tv] = claim.appliances;
    expect(tv).toMatchObject({ basis: 'depreciated', monthsUsed: 39, lifeYears: 10 });
    expect(await text('[data-testid="claim-appliances"] tbody tr [data-testid="appliance-basis"]')).toBe('折旧');
    expect(await text('[data-testid="claim-appliances"] tbody tr td:nth-child(7)')).toBe(`${tv.invoicePrice} 元 ×（1 − 已使用 39 个月 ÷ 使用寿命 10 年）`);
    expect(await text('[data-testid="claim-appliances"] tbody tr [data-testid="appliance-compensation"]')).toBe(`${tv.compensation} 元`);
    expect(await text('[data-testid="appliances-total"]')).toBe(`${claim.total} 元`);
    const claimHistory = await page.$$eval('[data-testid="history-table"] tbody tr', (rows) => rows.map((r) => [r.getAttribute('data-type'), r.children[1]!.textContent]));
    expect(claimHistory).toEqual([
      ['DamageClaimFiled', '受理家电损坏理赔'],
      ['DamageInvestigated', '损坏调查'],
      ['DamageClaimSettled', '理赔'],
    ]);
    await page.focus('#tt-slider');
    await page.keyboard.press('Home');
    await waitText('[data-testid="travel-version"]', '1');
    expect(await text('[data-testid="travel-status"]')).toBe('已受理');
    await screenshot(page, 'claim');

    // The complaint page: how it came, its revisit verdict, its history.
    await page.goto(`${base}/dashboard/complaints/${COMPLAINT}`);
    await page.waitForSelector('[data-testid="integrity"][data-valid="true"]');
    expect(await text('[data-testid="complaint-status"]')).toBe('已办结');
    expect(await text('[data-testid="complaint-channel"]')).toBe('95598 热线');
    expect(await text('[data-testid="complaint-satisfaction"]')).toBe('满意');
    expect(await text('[data-testid="history-table"] tr[data-type="ComplaintClosed"] .event-line')).toBe('回访办结：满意');

    // The overview's 回访满意率, as the dashboard computes it.
    const dashboard = await getJson('viewer', '/api/dashboards/sla');
    await page.goto(`${base}/dashboard/`);
    await page.waitForSelector('[data-testid="complaint-satisfaction"]');
    expect(await text('[data-testid="complaint-satisfaction"]')).toBe(rate(dashboard.complaintSatisfaction.rate));
    expect(await text('[data-testid="complaint-satisfaction-detail"]')).toBe(
      `（已办结 ${dashboard.complaintSatisfaction.closed} 件，满意 ${dashboard.complaintSatisfaction.satisfied} 件）`,
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it('asks a customer for a token once, refuses another customer\'s dossier with a clear message, and masks the ID number', async () => {
    const context = await session.browser.createBrowserContext();
    const customer = await context.newPage();
    const seen = watchConsole(customer);
    await customer.setViewport({ width: 1280, height: 900 });
    await customer.goto(`${base}/dashboard/customers/${OTHER_CUSTOMER}`);
    await customer.waitForSelector('#token-input');
    await customer.type('#token-input', api.token('customer', { customerId: OWN_CUSTOMER, name: '王芳' }));
    await customer.click('form.token-form button[type="submit"]');
    await customer.waitForSelector('.message-error[data-status="404"]');
    expect(await customer.$eval('.message-error', (el) => el.textContent)).toContain(`未找到客户 ${OTHER_CUSTOMER} 的档案，或当前令牌无权查看`);
    expect(await customer.$eval('body', (body) => body.textContent)).not.toContain('杭州西湖精密制造有限公司');
    expect(seen.every((p) => p.includes('404'))).toBe(true); // the refused call itself, nothing else

    seen.length = 0;
    await customer.click('a[href="/dashboard/customers"]');
    await customer.waitForSelector('[data-testid="customer-id-number"]');
    const idNumber = await customer.$eval('[data-testid="customer-id-number"]', (el) => el.textContent!);
    expect(idNumber).not.toBe('33010619900101123X');
    expect(idNumber).toContain('*');
    expect(await customer.$eval('body', (body) => body.textContent)).not.toContain('33010619900101123X');
    await screenshot(customer, 'dossier');
    expect(seen).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows paused clocks, the sgcc-assessment clocks and on-time rate, and filters by policy, with the JSON API\'s counts', async () => {
    await page.goto(`${base}/dashboard/#token=${api.token('viewer', { name: '李经理' })}`);
    await page.waitForSelector('[data-testid="clock-table"]');
    const asOf = new URL(await page.$eval('a[data-clock="schemeReply"][data-metric="overdue"]', (a) => a.getAttribute('href')!), base).searchParams.get('asOf')!;
    const json = await getJson('viewer', `/api/dashboards/sla?asOf=${encodeURIComponent(asOf)}`);
    expect(json.clocks.connection).toMatchObject({ paused: 1 });
    const shown = await page.$$eval('[data-testid="clock-table"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-clock')));
    expect([...shown].sort()).toEqual(Object.keys(json.clocks).sort());
    for (const clock of shown) {
      for (const metric of ['open', 'paused', 'dueSoon', 'overdue', 'metOnTime', 'metLate']) {
        expect([clock, metric, Number(await text(`a[data-clock="${clock}"][data-metric="${metric}"]`))]).toEqual([clock, metric, json.clocks[clock!][metric]]);
      }
    }
    expect(json.projectsOnTime).toEqual({ archived: 1, onTime: 1, rate: 1 });
    expect(await text('[data-testid="projects-on-time"]')).toBe('100.0%');

    // The policy selector: sgcc-assessment only, the counts are the API's for it.
    await page.select('#f-policyVersion', 'sgcc-assessment');
    await page.click('form.filters button[type="submit"]');
    await page.waitForFunction(`new URL(location.href).searchParams.get('policyVersion') === 'sgcc-assessment'`);
    await page.waitForSelector('tr[data-clock="connection"]');
    const sgcc = await getJson('viewer', `/api/dashboards/sla?asOf=${encodeURIComponent(asOf)}&policyVersion=sgcc-assessment`);
    for (const metric of ['open', 'paused', 'metOnTime']) {
      expect(Number(await text(`a[data-clock="schemeReply"][data-metric="${metric}"]`))).toBe(sgcc.clocks.schemeReply[metric]);
      expect(Number(await text(`a[data-clock="connection"][data-metric="${metric}"]`))).toBe(sgcc.clocks.connection[metric]);
    }

    // The project page: the policy, the paused clock with its hatched stretch.
    await page.goto(`${base}/dashboard/projects/${SGCC}`);
    await page.waitForSelector('li[data-clock="connection"]');
    expect(await text('[data-testid="project-policy"]')).toBe('国网业扩时限考核');
    expect(await text('li[data-clock="connection"] .badge')).toBe('暂停计时');
    expect(await page.$$('li[data-clock="connection"] [data-testid="pause"]')).toHaveLength(1);
    expect(await page.$$('[data-testid="project-assessment"]')).toHaveLength(0); // not archived: not judged yet

    // The archived one: judged on time at archiving, as its view says.
    expect((await getJson('viewer', `/api/projects/${ARCHIVED}`)).assessment).toEqual({ onTime: true, judgedAt: '2025-12-01T02:00:00.000Z', lateClocks: [] });
    await page.goto(`${base}/dashboard/projects/${ARCHIVED}`);
    await page.waitForSelector('[data-testid="project-assessment"]');
    expect(await text('[data-testid="project-assessment"]')).toContain('达标 · 归档判定时间 2025-12-01 10:00');
    expect(problems).toEqual([]);
  }, 120_000);

  describe('read as a Chinese-speaking auditor reads it, and as an English one, at 1280 px and 390 px, whatever the data', () => {
    // Ids and an org unit as long as the API takes them, a long typed name: the tables still fit at 1280 px.
    const longProject = `prj-${'a-very-long-project-identifier-'.repeat(6)}0001`;
    const longCustomer = `cust-${'a-customer-identifier-that-goes-on-'.repeat(5)}end`;
    const longUnit = `hz-${'a-long-org-unit-name-without-spaces-'.repeat(4)}station`;
    const longName = 'Zhejiang West Lake Precision Manufacturing International Holding Company Limited Branch Number Seven';
    // One test per page: each page's reading (two languages, two widths) has its own time budget.
    const pages = [
      { path: '/dashboard/', ready: '#on-time-chart[data-ready="true"] svg' },
      { path: '/dashboard/alerts', ready: `tr[data-subject-id="${longProject}"]` },
      { path: '/dashboard/clocks?clock=schemeReply&status=overdue', ready: `[data-testid="clock-rows"] tr[data-project-id="${longProject}"]` },
      { path: `/dashboard/projects/${JOURNEY}`, ready: '[data-testid="integrity"]' },
      { path: `/dashboard/projects/${longProject}`, ready: '[data-testid="integrity"]' },
      { path: `/dashboard/accounts/${ACCOUNT}`, ready: '[data-testid="integrity"]' },
      { path: '/dashboard/cases', ready: `[data-testid="claim-rows"] tr[data-claim-id="${CLAIM}"]` },
      { path: `/dashboard/complaints/${COMPLAINT}`, ready: '[data-testid="integrity"]' },
      { path: `/dashboard/claims/${CLAIM}`, ready: '[data-testid="integrity"]' },
      { path: `/dashboard/customers/${OTHER_CUSTOMER}`, ready: '[data-testid="dossier-timeline"]' },
      { path: `/dashboard/customers/${longCustomer}`, ready: '[data-testid="dossier-timeline"]' },
    ];

    beforeAll(async () => {
      const body = lowVoltage(longProject);
      await apply({ ...body, customer: { ...body.customer, id: longCustomer, name: longName }, orgUnit: longUnit }, '2025-09-29T13:00:00+08:00');
      const last = await survey(longProject, '2025-09-30T13:00:00+08:00');
      await getJson('viewer', `/api/projects/${longProject}?minPosition=${last.position}`);
      await page.goto(`${base}/dashboard/#token=${api.token('auditor', { name: '赵审计' })}`);
      await page.waitForSelector('[data-testid="clock-table"]');
    }, 60_000);

    it.each(pages)('$path: no table scrolls sideways at 1280 px, the page never at 390 px, each language its own', async (target) => {
      expect(await readAsEveryReader(page, base, target)).toEqual([]);
      expect(problems).toEqual([]);
    }, 120_000);

    it('shortens a long id in a table, whole on hover and in its link, and words the 办理记录 from each event\'s type and facts', async () => {
      await page.goto(`${base}/dashboard/alerts`);
      const link = await page.waitForSelector(`tr[data-subject-id="${longProject}"] td:first-child a`);
      expect(await link!.evaluate((a) => [a.textContent, a.getAttribute('title'), a.getAttribute('href')])).toEqual([
        'prj-a-very-…ier-0001',
        longProject,
        `/dashboard/projects/${longProject}`,
      ]);

      // Codes by their Chinese labels.
      await page.goto(`${base}/dashboard/customers/${OTHER_CUSTOMER}`);
      await page.waitForSelector('[data-testid="dossier-timeline"]');
      const lines = await page.$$eval('[data-testid="dossier-timeline"] tbody tr', (rows) => rows.map((r) => [r.getAttribute('data-type'), r.children[4]!.textContent]));
      expect(lines).toContainEqual(['ApplicationAccepted', '受理新装申请：杭州西湖精密制造有限公司，低压非居民 80 kW，渠道：营业厅']);
      expect(lines).toContainEqual(['SiteSurveyed', '完成现场勘查']);
      expect(lines).toContainEqual(['SupplySchemeReplied', '答复供电方案：80 kW，380V，单电源']);
      await screenshot(page, 'dossier-timeline');
      expect(problems).toEqual([]);
    }, 120_000);
  });

  it('says why when the token is refused, instead of a blank page', async () => {
    await page.goto(`${base}/dashboard/#token=not.a.token`);
    await page.waitForSelector('#token-input');
    expect(await page.$eval('form.token-form [role="alert"]', (el) => el.textContent)).toContain('401');
  }, 60_000);
});
