import { given, missingExactly, kindIs } from '../testing/project.specification.js';
import {
  FIXTURE_NOW,
  acceptApplication,
  applicationAccepted,
  projectCancelled,
  projectHistory,
  recordSiteSurvey,
  siteSurveyed,
  supplySchemeReplied,
} from '../testing/project.specification.js';
import type { CustomerClass } from '../project.enums.js';

describe('accepting an application (受理, SPEC §3.1)', () => {
  it.each<CustomerClass>(['residential', 'lowVoltage', 'highVoltageSingle', 'highVoltageDual'])(
    'accepts a complete %s application and records the seed policy version',
    (customerClass) =>
      given()
        .when(acceptApplication({ customerClass }))
        .then([applicationAccepted({ customerClass, policyVersion: 'seed' }, { occurredAt: FIXTURE_NOW })]),
  );

  it('refuses a residential application without any document, naming every missing one at once (一次性告知)', () =>
    given()
      .when(acceptApplication({ customerClass: 'residential', documents: [] }))
      .thenThrows('DOCUMENTS_MISSING', missingExactly(['PROPERTY_CERTIFICATE', 'OWNER_ID'])));

  it('asks a rented residential address for the lease, the landlord guarantee and the tenant ID too', () =>
    given()
      .when(acceptApplication({ customerClass: 'residential', rented: true, documents: ['PROPERTY_CERTIFICATE', 'OWNER_ID'] }))
      .thenThrows('DOCUMENTS_MISSING', missingExactly(['LEASE_AGREEMENT', 'LANDLORD_GUARANTEE', 'TENANT_ID'])));

  it.each<CustomerClass>(['lowVoltage', 'highVoltageSingle'])('lists all five industrial documents for a %s application', (customerClass) =>
    given()
      .when(acceptApplication({ customerClass, subtype: 'industrial', documents: [] }))
      .thenThrows(
        'DOCUMENTS_MISSING',
        missingExactly(['PROJECT_APPROVAL', 'LOAD_DETAILS', 'EQUIPMENT_LIST', 'RELIABILITY_REQUIREMENTS', 'SITE_LAYOUT_PLAN']),
      ));

  it('lists what an owned commercial application lacks, property certificate included', () =>
    given()
      .when(acceptApplication({ customerClass: 'lowVoltage', subtype: 'commercial', documents: ['BUSINESS_LICENCE', 'HOLDER_ID'] }))
      .thenThrows('DOCUMENTS_MISSING', missingExactly(['ORG_CODE_CERTIFICATE', 'COMMERCE_PERMIT', 'PROPERTY_CERTIFICATE', 'LOAD_COMPOSITION'])));

  const commercialRented = ['BUSINESS_LICENCE', 'ORG_CODE_CERTIFICATE', 'COMMERCE_PERMIT', 'HOLDER_ID', 'LEASE_AGREEMENT', 'LOAD_COMPOSITION'] as const;

  it('accepts a rented commercial application with the lease instead of the property certificate', () =>
    given()
      .when(acceptApplication({ customerClass: 'highVoltageSingle', subtype: 'commercial', rented: true, documents: [...commercialRented] }))
      .then((events) => expect(events.map((e) => e.type)).toEqual(['ApplicationAccepted'])));

  it('asks a rented commercial application for the lease even when it brings a property certificate', () =>
    given()
      .when(
        acceptApplication({
          customerClass: 'lowVoltage',
          subtype: 'commercial',
          rented: true,
          documents: ['BUSINESS_LICENCE', 'ORG_CODE_CERTIFICATE', 'COMMERCE_PERMIT', 'HOLDER_ID', 'PROPERTY_CERTIFICATE', 'LOAD_COMPOSITION'],
        }),
      )
      .thenThrows('DOCUMENTS_MISSING', missingExactly(['LEASE_AGREEMENT'])));

  it.each<[CustomerClass, 'kW' | 'kVA']>([
    ['residential', 'kVA'],
    ['lowVoltage', 'kVA'],
    ['highVoltageSingle', 'kW'],
    ['highVoltageDual', 'kW'],
  ])('refuses a %s application stated in %s (UNIT_MISMATCH)', (customerClass, unit) =>
    given()
      .when(acceptApplication({ customerClass, requestedCapacity: { value: 100, unit } }))
      .thenThrows('UNIT_MISMATCH', kindIs('rule')));

  it('reports missing documents before a unit mismatch (SPEC order)', () =>
    given()
      .when(acceptApplication({ customerClass: 'residential', requestedCapacity: { value: 8, unit: 'kVA' }, documents: [] }))
      .thenThrows('DOCUMENTS_MISSING'));

  it.each([0, -5])('refuses a requested capacity of %s', (value) =>
    given()
      .when(acceptApplication({ requestedCapacity: { value, unit: 'kVA' } }))
      .thenThrows('VALIDATION_FAILED', kindIs('validation')));

  it('refuses a low-voltage application without subtype', () =>
    given().when(acceptApplication({ customerClass: 'lowVoltage', subtype: undefined })).thenThrows('VALIDATION_FAILED'));

  it('refuses a residential application with a subtype', () =>
    given().when(acceptApplication({ customerClass: 'residential', subtype: 'commercial' })).thenThrows('VALIDATION_FAILED'));

  it('refuses a second application on an existing project (INVALID_TRANSITION)', () =>
    given(applicationAccepted()).when(acceptApplication()).thenThrows('INVALID_TRANSITION', kindIs('conflict')));

  it('refuses an application on a cancelled project id (PROJECT_CLOSED)', () =>
    given(applicationAccepted(), projectCancelled()).when(acceptApplication()).thenThrows('PROJECT_CLOSED'));
});

describe('recording a site survey (现场勘察, SPEC §3.2)', () => {
  it('refuses a survey of a project that does not exist', () =>
    given().when(recordSiteSurvey()).thenThrows('NOT_FOUND', kindIs('not_found')));

  it('records the survey after the application', () =>
    given(applicationAccepted()).when(recordSiteSurvey({ findings: '线路满足' })).then([siteSurveyed({ findings: '线路满足' })]));

  it('may be repeated before the scheme reply', () =>
    given(...projectHistory('lowVoltage', 'siteSurveyed')).when(recordSiteSurvey()).then([siteSurveyed()]));

  it('is refused once the scheme has been replied', () =>
    given(applicationAccepted(), siteSurveyed(), supplySchemeReplied()).when(recordSiteSurvey()).thenThrows('INVALID_TRANSITION'));
});
