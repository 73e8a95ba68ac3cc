import type { CustomerClass, OrgLevel, SupplyMode } from '../project.enums.js';
import {
  actorAt,
  designReviewed,
  designSubmitted,
  given,
  missingExactly,
  projectHistory,
  reviewDesign,
  submitDesign,
  supplySchemeReplied,
  supplySchemeRevised,
} from '../testing/project.specification.js';

const replied = (customerClass: CustomerClass = 'highVoltageSingle') => projectHistory(customerClass, 'schemeReplied');
const rejected = designReviewed({ result: 'rejected', opinions: ['负荷计算有误', '接地设计不满足规程'] });

describe('submitting a design (设计送审, SPEC §3.4)', () => {
  it('records the first submission as round 1', () =>
    given(...replied()).when(submitDesign()).then([designSubmitted({ round: 1 })]));

  it('records a resubmission after a rejection as the next round', () =>
    given(...replied(), designSubmitted({ round: 1 }), rejected).when(submitDesign()).then([designSubmitted({ round: 2 })]));

  it('is refused for a residential project', () =>
    given(...replied('residential')).when(submitDesign({}, 'residential')).thenThrows('INVALID_TRANSITION'));

  it('is refused before the scheme reply', () =>
    given(...projectHistory('lowVoltage', 'siteSurveyed')).when(submitDesign({}, 'lowVoltage')).thenThrows('INVALID_TRANSITION'));

  it('is refused while a review is pending (one review at a time)', () =>
    given(...projectHistory('highVoltageSingle', 'designSubmitted')).when(submitDesign()).thenThrows('INVALID_TRANSITION'));

  it('is refused once the design is approved', () =>
    given(...projectHistory('highVoltageSingle', 'designApproved')).when(submitDesign()).thenThrows('INVALID_TRANSITION'));

  it('refuses a designer designated by the utility (三不指定)', () =>
    given(...replied())
      .when(submitDesign({ designer: { name: '供电公司指定设计院', qualificationNo: 'A1', selectedBy: 'utility' } }))
      .thenThrows('UTILITY_DESIGNATION_FORBIDDEN'));

  it('reports the utility designation before missing documents (SPEC order)', () =>
    given(...replied())
      .when(submitDesign({ designer: { name: 'X', qualificationNo: 'A1', selectedBy: 'utility' }, documents: [] }))
      .thenThrows('UTILITY_DESIGNATION_FORBIDDEN'));

  it('lists every missing high-voltage design document at once', () =>
    given(...replied())
      .when(submitDesign({ documents: ['DESIGN_SPEC', 'WIRING_AND_LAYOUT_DRAWINGS'] }))
      .thenThrows(
        'DOCUMENTS_MISSING',
        missingExactly([
          'LOAD_DISTRIBUTION_MAP',
          'LOAD_COMPOSITION',
          'POWER_QUALITY_EQUIPMENT_LIST',
          'MAIN_EQUIPMENT_LIST',
          'PROCESS_CONSUMPTION',
          'POWER_FACTOR_COMPENSATION',
          'PROTECTION_AND_METERING_SCHEME',
          'CONCEALED_WORKS_DESIGN',
          'DISTRIBUTION_NETWORK_LAYOUT',
          'SELF_GENERATION_WIRING',
        ]),
      ));

  it('lists both missing low-voltage design documents', () =>
    given(...replied('lowVoltage'))
      .when(submitDesign({ documents: [] }, 'lowVoltage'))
      .thenThrows('DOCUMENTS_MISSING', missingExactly(['DESIGN_SPEC', 'WIRING_AND_LAYOUT_DRAWINGS'])));

  it('accepts a low-voltage design with its two documents', () =>
    given(...replied('lowVoltage'))
      .when(submitDesign({ documents: ['DESIGN_SPEC', 'WIRING_AND_LAYOUT_DRAWINGS'] }, 'lowVoltage'))
      .then((events) => expect(events[0]).toMatchObject({ type: 'DesignSubmitted', data: { round: 1 } })));
});

describe('reviewing a design (设计审查, SPEC §3.4)', () => {
  const pending = projectHistory('highVoltageSingle', 'designSubmitted');

  it('approves the pending submission of round 1', () =>
    given(...pending).when(reviewDesign({ result: 'approved' })).then([designReviewed({ result: 'approved', round: 1 })]));

  it('rejects with written opinions given all at once', () =>
    given(...pending)
      .when(reviewDesign({ result: 'rejected', opinions: ['负荷计算有误'] }))
      .then([designReviewed({ result: 'rejected', opinions: ['负荷计算有误'], round: 1 })]));

  it('refuses a rejection without opinions', () =>
    given(...pending).when(reviewDesign({ result: 'rejected', opinions: [] })).thenThrows('VALIDATION_FAILED'));

  it('reviews the second round as round 2', () =>
    given(...replied(), designSubmitted({ round: 1 }), rejected, designSubmitted({ round: 2 }))
      .when(reviewDesign())
      .then([designReviewed({ round: 2 })]));

  it('is refused when no submission is pending', () =>
    given(...projectHistory('highVoltageSingle', 'designApproved')).when(reviewDesign()).thenThrows('INVALID_TRANSITION'));

  it('is refused before any submission', () => given(...replied()).when(reviewDesign()).thenThrows('INVALID_TRANSITION'));

  describe('authority on the scheme in force (SPEC §2)', () => {
    type Row = [string, CustomerClass, number, SupplyMode, OrgLevel, OrgLevel | null];
    it.each<Row>([
      ['low voltage ≤ 10 kW: station or above', 'lowVoltage', 10, 'single', 'station', null],
      ['low voltage over 10 kW: branch or above', 'lowVoltage', 11, 'single', 'branch', 'station'],
      ['special transformer below 1000 kVA: branch or above', 'highVoltageSingle', 999, 'single', 'branch', 'station'],
      ['≥ 1000 kVA: city', 'highVoltageSingle', 1000, 'single', 'city', 'branch'],
      ['dual-source customer: city', 'highVoltageDual', 800, 'dual', 'city', 'branch'],
      ['dual supply mode: city', 'highVoltageSingle', 800, 'dual', 'city', 'branch'],
      ['dedicated line: city', 'highVoltageSingle', 800, 'dedicatedLine', 'city', 'branch'],
    ])('%s', (_row, customerClass, capacity, supplyMode, allowed, refused) => {
      const unit = customerClass === 'lowVoltage' ? 'kW' : 'kVA';
      const history = [
        ...projectHistory(customerClass, 'siteSurveyed'),
        supplySchemeReplied({ approvedCapacity: { value: capacity, unit }, supplyMode, backupSource: '备用' }, { forClass: customerClass }),
        designSubmitted({}, { forClass: customerClass }),
      ];
      given(...history).when(reviewDesign(), actorAt(allowed)).then([designReviewed()]);
      if (refused) given(...history).when(reviewDesign(), actorAt(refused)).thenThrows('AUTHORITY_INSUFFICIENT');
    });

    it('judges the latest revision, not the first reply', () =>
      given(...replied(), supplySchemeRevised({ approvedCapacity: { value: 1250, unit: 'kVA' } }), designSubmitted())
        .when(reviewDesign(), actorAt('branch'))
        .thenThrows('AUTHORITY_INSUFFICIENT'));

    it('answers a field refusal (400) before the authority one (403), in API.md order', () =>
      given(...pending).when(reviewDesign({ result: 'rejected', opinions: [] }), actorAt('station')).thenThrows('VALIDATION_FAILED'));
  });
});
