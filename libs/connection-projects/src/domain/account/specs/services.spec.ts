import {
  accountEvent,
  accountOpened,
  applyTariffChange,
  executeMeterRelocation,
  executeReinstallation,
  executeTemporaryRemoval,
  given,
  on,
  requestMeterRelocation,
  requestReinstallation,
  requestTariffChange,
  requestTemporaryRemoval,
  surveyTariffChange,
} from '../testing/account.specification.js';

const removalRequested = accountEvent('TemporaryRemovalRequested', { reason: '厂房改造，暂停用电' }, on('2025-03-01'));
const removed = accountEvent('MeterTemporarilyRemoved', {}, on('2025-03-03'));
const reinstallationRequested = accountEvent('ReinstallationRequested', {}, on('2025-08-01'));

describe('temporary removal (暂拆, SPEC §7.2 b)', () => {
  it('is requested by the clerk with a reason', () =>
    given(accountOpened())
      .when(requestTemporaryRemoval({ occurredAt: on('2025-03-01') }))
      .then([removalRequested]));

  it('is executed by the meter technician', () =>
    given(accountOpened(), removalRequested)
      .when(executeTemporaryRemoval({ notes: '表计已拆回', occurredAt: on('2025-03-03') }))
      .then([accountEvent('MeterTemporarilyRemoved', { notes: '表计已拆回' }, on('2025-03-03'))]));

  it('is not executed without a request (INVALID_TRANSITION)', () =>
    given(accountOpened()).when(executeTemporaryRemoval()).thenThrows('INVALID_TRANSITION'));

  it('is not requested twice', () =>
    given(accountOpened(), removalRequested).when(requestTemporaryRemoval()).thenThrows('INVALID_TRANSITION'));
});

describe('reinstallation (复装, SPEC §7.2 b): within 6 months of the removal day (2025-03-03)', () => {
  it('is requested on 2025-09-03, the last day (2025-03-03 + 6 months)', () =>
    given(accountOpened(), removalRequested, removed)
      .when(requestReinstallation({ reason: '改造完成', occurredAt: on('2025-09-03') }))
      .then([accountEvent('ReinstallationRequested', { reason: '改造完成' }, on('2025-09-03'))]));

  it('is REMOVAL_EXPIRED on 2025-09-04: the customer applies as a new connection', () =>
    given(accountOpened(), removalRequested, removed)
      .when(requestReinstallation({ occurredAt: on('2025-09-04') }))
      .thenThrows('REMOVAL_EXPIRED', (e) => expect(e.message).toContain('2025-09-03')));

  it('clamps to the month end: removed 2025-08-31, the last day is 2026-02-28', () => {
    const removedAugust = accountEvent('MeterTemporarilyRemoved', {}, on('2025-08-31'));
    given(accountOpened(), removalRequested, removedAugust)
      .when(requestReinstallation({ occurredAt: on('2026-02-28') }))
      .then([accountEvent('ReinstallationRequested', {}, on('2026-02-28'))]);
    given(accountOpened(), removalRequested, removedAugust)
      .when(requestReinstallation({ occurredAt: on('2026-03-01') }))
      .thenThrows('REMOVAL_EXPIRED');
  });

  it('needs a removed meter (INVALID_TRANSITION)', () =>
    given(accountOpened(), removalRequested).when(requestReinstallation()).thenThrows('INVALID_TRANSITION'));

  it('is executed with the new meters, which replace the account’s', () =>
    given(accountOpened(), removalRequested, removed, reinstallationRequested)
      .when(executeReinstallation({ occurredAt: on('2025-08-04') }))
      .then([accountEvent('MeterReinstalled', { meterNumbers: ['3301000099'] }, on('2025-08-04'))]));

  it('is not executed without a request', () =>
    given(accountOpened(), removalRequested, removed).when(executeReinstallation()).thenThrows('INVALID_TRANSITION'));
});

describe('meter relocation (移表, SPEC §7.2 c)', () => {
  const requested = accountEvent(
    'MeterRelocationRequested',
    { newLocation: '配电房东墙计量柜', addressUnchanged: true, tariffUnchanged: true, supplyPointUnchanged: true },
    on('2025-04-01'),
  );

  it('is requested when address, tariff and supply point all stay', () =>
    given(accountOpened()).when(requestMeterRelocation({ occurredAt: on('2025-04-01') })).then([requested]));

  it.each(['addressUnchanged', 'tariffUnchanged', 'supplyPointUnchanged'] as const)('is RELOCATION_NOT_ALLOWED when %s is false', (field) =>
    given(accountOpened())
      .when(requestMeterRelocation({ [field]: false }))
      .thenThrows('RELOCATION_NOT_ALLOWED', (e) => expect(e.message).toContain(field)));

  it('is executed by the meter technician at the requested location', () =>
    given(accountOpened(), requested)
      .when(executeMeterRelocation({ occurredAt: on('2025-04-03') }))
      .then([accountEvent('MeterRelocated', { newLocation: '配电房东墙计量柜' }, on('2025-04-03'))]));

  it('is not executed without a request, nor requested twice', () => {
    given(accountOpened()).when(executeMeterRelocation()).thenThrows('INVALID_TRANSITION');
    given(accountOpened(), requested).when(requestMeterRelocation()).thenThrows('INVALID_TRANSITION');
  });

  it('is not requested while the meter is removed', () =>
    given(accountOpened(), removalRequested, removed).when(requestMeterRelocation()).thenThrows('INVALID_TRANSITION'));
});

describe('tariff category change (改类, SPEC §7.2 d)', () => {
  const requested = accountEvent(
    'TariffChangeRequested',
    { currentCategory: 'largeIndustry', newCategory: 'commercial', reason: '厂房改作商场' },
    on('2025-05-06'),
  );
  const approved = accountEvent('TariffChangeSurveyed', { newCategory: 'commercial', findings: '现场已改为商业经营', approved: true }, on('2025-05-08'));
  const refused = accountEvent('TariffChangeSurveyed', { newCategory: 'commercial', findings: '仍为工业生产', approved: false }, on('2025-05-08'));

  it('is requested to another category', () => given(accountOpened()).when(requestTariffChange({ occurredAt: on('2025-05-06') })).then([requested]));

  it('is TARIFF_UNCHANGED to the current one', () =>
    given(accountOpened()).when(requestTariffChange({ newCategory: 'largeIndustry' })).thenThrows('TARIFF_UNCHANGED'));

  it('is surveyed, then applied after an approving survey', () => {
    given(accountOpened(), requested).when(surveyTariffChange({ occurredAt: on('2025-05-08') })).then([approved]);
    given(accountOpened(), requested, approved)
      .when(applyTariffChange({ notes: '自 6 月抄表起执行', occurredAt: on('2025-05-09') }))
      .then([
        accountEvent('TariffCategoryChanged', { previousCategory: 'largeIndustry', newCategory: 'commercial', notes: '自 6 月抄表起执行' }, on('2025-05-09')),
      ]);
  });

  it('is not applied before the survey, nor surveyed twice, nor surveyed without a request', () => {
    given(accountOpened(), requested).when(applyTariffChange()).thenThrows('INVALID_TRANSITION');
    given(accountOpened(), requested, approved).when(surveyTariffChange()).thenThrows('INVALID_TRANSITION');
    given(accountOpened()).when(surveyTariffChange()).thenThrows('INVALID_TRANSITION');
  });

  it('ends with a refusing survey: nothing to apply, and a new request may follow', () => {
    given(accountOpened(), requested, refused).when(applyTariffChange()).thenThrows('INVALID_TRANSITION');
    given(accountOpened(), requested, refused)
      .when(requestTariffChange({ occurredAt: on('2025-06-01') }))
      .then([accountEvent('TariffChangeRequested', { currentCategory: 'largeIndustry', newCategory: 'commercial', reason: '厂房改作商场' }, on('2025-06-01'))]);
  });

  it('allows one open request at a time', () => given(accountOpened(), requested).when(requestTariffChange()).thenThrows('INVALID_TRANSITION'));

  it('compares with the category in force after a change', () =>
    given(
      accountOpened(),
      requested,
      approved,
      accountEvent('TariffCategoryChanged', { previousCategory: 'largeIndustry', newCategory: 'commercial' }, on('2025-05-09')),
    )
      .when(requestTariffChange({ newCategory: 'commercial' }))
      .thenThrows('TARIFF_UNCHANGED'));
});
