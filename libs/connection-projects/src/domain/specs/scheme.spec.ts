import type { CustomerClass, OrgLevel, SupplyMode } from '../project.enums.js';
import {
  FIXTURE_NOW,
  acceptanceRecorded,
  actorAt,
  applicationAccepted,
  given,
  kindIs,
  projectHistory,
  replySupplyScheme,
  reviseSupplyScheme,
  supplySchemeReplied,
  supplySchemeRevised,
} from '../testing/project.specification.js';

const surveyed = (customerClass: CustomerClass = 'highVoltageSingle') => projectHistory(customerClass, 'siteSurveyed');
const kva = (value: number) => ({ value, unit: 'kVA' as const });

describe('replying the supply scheme (供电方案答复, SPEC §3.3)', () => {
  it.each<CustomerClass>(['residential', 'lowVoltage', 'highVoltageSingle', 'highVoltageDual'])(
    'records a %s scheme that fits the class',
    (customerClass) =>
      given(...surveyed(customerClass))
        .when(replySupplyScheme({}, customerClass))
        .then([supplySchemeReplied({}, { forClass: customerClass, occurredAt: FIXTURE_NOW })]),
  );

  it('is refused before the site survey', () =>
    given(applicationAccepted()).when(replySupplyScheme()).thenThrows('INVALID_TRANSITION'));

  it('is given once: a second reply is refused (a change is a revision)', () =>
    given(...projectHistory('highVoltageSingle', 'schemeReplied')).when(replySupplyScheme()).thenThrows('INVALID_TRANSITION'));

  it.each<[CustomerClass, 'kW' | 'kVA']>([
    ['residential', 'kVA'],
    ['lowVoltage', 'kVA'],
    ['highVoltageSingle', 'kW'],
    ['highVoltageDual', 'kW'],
  ])('refuses a %s approved capacity in %s', (customerClass, unit) =>
    given(...surveyed(customerClass))
      .when(replySupplyScheme({ approvedCapacity: { value: 8, unit } }, customerClass))
      .thenThrows('UNIT_MISMATCH'));

  it.each<[CustomerClass, string]>([
    ['residential', '10kV'],
    ['lowVoltage', '10kV'],
    ['highVoltageSingle', '380V'],
    ['highVoltageDual', '220V'],
  ])('refuses a %s customer supplied at %s', (customerClass, supplyVoltage) =>
    given(...surveyed(customerClass))
      .when(replySupplyScheme({ supplyVoltage: supplyVoltage as never }, customerClass))
      .thenThrows('VALIDATION_FAILED', kindIs('validation')));

  describe('dedicated line at 3000 kVA (专线)', () => {
    it('refuses a single supply of 3000 kVA', () =>
      given(...surveyed()).when(replySupplyScheme({ approvedCapacity: kva(3000) })).thenThrows('DEDICATED_LINE_REQUIRED', kindIs('rule')));

    it('accepts a single supply of 2999 kVA', () =>
      given(...surveyed())
        .when(replySupplyScheme({ approvedCapacity: kva(2999) }))
        .then([supplySchemeReplied({ approvedCapacity: kva(2999) })]));

    it('accepts 3000 kVA on a dedicated line', () =>
      given(...surveyed())
        .when(replySupplyScheme({ approvedCapacity: kva(3000), supplyMode: 'dedicatedLine' }))
        .then([supplySchemeReplied({ approvedCapacity: kva(3000), supplyMode: 'dedicatedLine' })]));
  });

  describe('dual supply for a dual-source customer (双电源)', () => {
    const dual = surveyed('highVoltageDual');

    it('refuses a single supply', () =>
      given(...dual).when(replySupplyScheme({ supplyMode: 'single' }, 'highVoltageDual')).thenThrows('DUAL_SUPPLY_REQUIRED'));

    it('accepts a dual supply', () =>
      given(...dual)
        .when(replySupplyScheme({ supplyMode: 'dual' }, 'highVoltageDual'))
        .then([supplySchemeReplied({ supplyMode: 'dual' }, { forClass: 'highVoltageDual' })]));

    it('accepts a dedicated line with a backup source (双专线)', () =>
      given(...dual)
        .when(replySupplyScheme({ supplyMode: 'dedicatedLine', backupSource: '220kV 乙变电站备用专线' }, 'highVoltageDual'))
        .then((events) => expect(events[0]!.data).toMatchObject({ supplyMode: 'dedicatedLine', backupSource: '220kV 乙变电站备用专线' })));

    it('refuses a dedicated line without a backup source', () =>
      given(...dual).when(replySupplyScheme({ supplyMode: 'dedicatedLine' }, 'highVoltageDual')).thenThrows('DUAL_SUPPLY_REQUIRED'));

    it('refuses a dual supply of 3000 kVA: the dedicated-line rule comes first', () =>
      given(...dual)
        .when(replySupplyScheme({ supplyMode: 'dual', approvedCapacity: kva(3000) }, 'highVoltageDual'))
        .thenThrows('DEDICATED_LINE_REQUIRED'));

    it('accepts 5000 kVA on a dedicated line with a backup source', () =>
      given(...dual)
        .when(replySupplyScheme({ supplyMode: 'dedicatedLine', backupSource: '备用专线', approvedCapacity: kva(5000) }, 'highVoltageDual'))
        .then((events) => expect(events.map((e) => e.type)).toEqual(['SupplySchemeReplied'])));
  });

  describe('authority (审批权限, SPEC §2)', () => {
    type Row = [string, CustomerClass, number, SupplyMode, OrgLevel, OrgLevel | null];
    // [row, class, capacity, mode, lowest level allowed, highest level refused]
    it.each<Row>([
      ['residential: station or above', 'residential', 8, 'single', 'station', null],
      ['low voltage: station or above', 'lowVoltage', 50, 'single', 'station', null],
      ['special transformer < 1000 kVA: branch or above', 'highVoltageSingle', 999, 'single', 'branch', 'station'],
      ['≥ 1000 kVA: city', 'highVoltageSingle', 1000, 'single', 'city', 'branch'],
      ['dual-source customer: city', 'highVoltageDual', 800, 'dual', 'city', 'branch'],
      ['dual supply mode: city', 'highVoltageSingle', 800, 'dual', 'city', 'branch'],
      ['dedicated line: city', 'highVoltageSingle', 800, 'dedicatedLine', 'city', 'branch'],
    ])('%s', (_row, customerClass, capacity, supplyMode, allowed, refused) => {
      const unit = customerClass === 'residential' || customerClass === 'lowVoltage' ? 'kW' : 'kVA';
      const reply = replySupplyScheme({ approvedCapacity: { value: capacity, unit }, supplyMode }, customerClass);
      given(...surveyed(customerClass))
        .when(reply, actorAt(allowed))
        .then([supplySchemeReplied({ approvedCapacity: { value: capacity, unit }, supplyMode }, { forClass: customerClass })]);
      if (refused) given(...surveyed(customerClass)).when(reply, actorAt(refused)).thenThrows('AUTHORITY_INSUFFICIENT', kindIs('forbidden'));
    });

    it('checks authority before the 422 rules', () =>
      given(...surveyed())
        .when(replySupplyScheme({ approvedCapacity: kva(3000) }), actorAt('station'))
        .thenThrows('AUTHORITY_INSUFFICIENT'));
  });
});

describe('revising the supply scheme (SupplySchemeRevised)', () => {
  it('records a revision after the reply, with its reason', () =>
    given(...projectHistory('highVoltageSingle', 'schemeReplied'))
      .when(reviseSupplyScheme({ approvedCapacity: kva(1250) }))
      .then([supplySchemeRevised({ approvedCapacity: kva(1250) })]));

  it('may revise while the design is under review', () =>
    given(...projectHistory('highVoltageSingle', 'designSubmitted')).when(reviseSupplyScheme()).then([supplySchemeRevised()]));

  it('is refused before any reply', () =>
    given(...projectHistory('highVoltageSingle', 'siteSurveyed')).when(reviseSupplyScheme()).thenThrows('INVALID_TRANSITION'));

  it('is refused once construction has started', () =>
    given(...projectHistory('highVoltageSingle', 'constructionStarted')).when(reviseSupplyScheme()).thenThrows('INVALID_TRANSITION'));

  it('is refused for a residential project after its acceptance passed', () =>
    given(...projectHistory('residential', 'acceptancePassed')).when(reviseSupplyScheme({}, 'residential')).thenThrows('INVALID_TRANSITION'));

  it('is allowed for a residential project after a failed acceptance', () =>
    given(...projectHistory('residential', 'schemeReplied'), acceptanceRecorded({ result: 'failed', defects: ['表箱未安装'] }))
      .when(reviseSupplyScheme({}, 'residential'))
      .then((events) => expect(events.map((e) => e.type)).toEqual(['SupplySchemeRevised'])));

  it('needs a reason', () =>
    given(...projectHistory('highVoltageSingle', 'schemeReplied')).when(reviseSupplyScheme({ reason: '  ' })).thenThrows('VALIDATION_FAILED'));

  it('follows the same rules as the reply (dual supply)', () =>
    given(...projectHistory('highVoltageDual', 'schemeReplied'))
      .when(reviseSupplyScheme({ supplyMode: 'single' }, 'highVoltageDual'))
      .thenThrows('DUAL_SUPPLY_REQUIRED'));

  it('follows the same authority rule as the reply', () =>
    given(...projectHistory('highVoltageSingle', 'schemeReplied'))
      .when(reviseSupplyScheme({ approvedCapacity: kva(1600) }), actorAt('branch'))
      .thenThrows('AUTHORITY_INSUFFICIENT'));
});
