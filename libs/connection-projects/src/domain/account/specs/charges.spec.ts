import type { ViolationKind } from '../account.enums.js';
import {
  accountEvent,
  accountOpened,
  assessLatePaymentCharge,
  given,
  on,
  ordinaryAccountOpened,
  recordViolation,
  residentialAccountOpened,
} from '../testing/account.specification.js';

const askedOn = on('2026-01-15');
const assessed = (data: { billMonth: string; amountDue: number; dueDate: string; paidOn: string; daysLate: number; charge: number }) =>
  accountEvent('LatePaymentChargeAssessed', data, askedOn);

describe('late-payment charge (电费违约金, SPEC §7.3)', () => {
  it('the SPEC example, non-residential: 10,000.00 due 2025-12-20, paid 2026-01-10: 11 days × 20.00 + 10 days × 30.00 = 520.00', () =>
    given(accountOpened())
      .when(assessLatePaymentCharge({ occurredAt: askedOn }))
      .then([assessed({ billMonth: '2025-11', amountDue: 10000, dueDate: '2025-12-20', paidOn: '2026-01-10', daysLate: 21, charge: 520 })]));

  it('residential: 0.1 % a day in any year: the same bill is 21 days × 10.00 = 210.00', () =>
    given(residentialAccountOpened())
      .when(assessLatePaymentCharge({ occurredAt: askedOn }))
      .then([assessed({ billMonth: '2025-11', amountDue: 10000, dueDate: '2025-12-20', paidOn: '2026-01-10', daysLate: 21, charge: 210 })]));

  it('residential: 235.50 due 2025-03-15, paid 2025-04-02: 18 days × 0.2355 = 4.239 → 4.24', () =>
    given(residentialAccountOpened())
      .when(assessLatePaymentCharge({ billMonth: '2025-02', amountDue: 235.5, dueDate: '2025-03-15', paidOn: '2025-04-02', occurredAt: askedOn }))
      .then([assessed({ billMonth: '2025-02', amountDue: 235.5, dueDate: '2025-03-15', paidOn: '2025-04-02', daysLate: 18, charge: 4.24 })]));

  it('rounds half-up to the fen: residential 101.25 × 0.1 % × 20 days = 2.025 → 2.03', () =>
    given(residentialAccountOpened())
      .when(assessLatePaymentCharge({ billMonth: '2025-05', amountDue: 101.25, dueDate: '2025-06-10', paidOn: '2025-06-30', occurredAt: askedOn }))
      .then([assessed({ billMonth: '2025-05', amountDue: 101.25, dueDate: '2025-06-10', paidOn: '2025-06-30', daysLate: 20, charge: 2.03 })]));

  it('non-residential within one year: 1,234.25 × 0.2 % × 3 days = 7.4055 → 7.41', () =>
    given(ordinaryAccountOpened())
      .when(assessLatePaymentCharge({ billMonth: '2025-05', amountDue: 1234.25, dueDate: '2025-06-30', paidOn: '2025-07-03', occurredAt: askedOn }))
      .then([assessed({ billMonth: '2025-05', amountDue: 1234.25, dueDate: '2025-06-30', paidOn: '2025-07-03', daysLate: 3, charge: 7.41 })]));

  it('charges at least 1 yuan: residential 50.00 × 0.1 % × 5 days = 0.25 → 1.00', () =>
    given(residentialAccountOpened())
      .when(assessLatePaymentCharge({ billMonth: '2025-05', amountDue: 50, dueDate: '2025-06-10', paidOn: '2025-06-15', occurredAt: askedOn }))
      .then([assessed({ billMonth: '2025-05', amountDue: 50, dueDate: '2025-06-10', paidOn: '2025-06-15', daysLate: 5, charge: 1 })]));

  it('is NOT_LATE when paid on the due date', () =>
    given(accountOpened()).when(assessLatePaymentCharge({ paidOn: '2025-12-20', occurredAt: askedOn })).thenThrows('NOT_LATE'));

  it('is NOT_LATE when paid before it', () =>
    given(accountOpened()).when(assessLatePaymentCharge({ paidOn: '2025-12-01', occurredAt: askedOn })).thenThrows('NOT_LATE'));

  it("does not check the bill's dates against the account's history: a bill from before the account opened is assessed", () =>
    given(accountOpened())
      .when(assessLatePaymentCharge({ billMonth: '2024-10', amountDue: 1000, dueDate: '2024-11-20', paidOn: '2024-11-25', occurredAt: askedOn }))
      .then([assessed({ billMonth: '2024-10', amountDue: 1000, dueDate: '2024-11-20', paidOn: '2024-11-25', daysLate: 5, charge: 10 })]));

  it('refuses a malformed bill month as invalid input', () =>
    given(accountOpened()).when(assessLatePaymentCharge({ billMonth: '2025-13' })).thenThrows('VALIDATION_FAILED'));
});

describe('violations (违约用电, SPEC §7.3)', () => {
  const violation = (data: Record<string, unknown> & { kind: ViolationKind; backCharge: number; penalty: number }) =>
    accountEvent('ViolationRecorded', data, askedOn);

  describe('on a large-industry (two-part tariff) account of 400 kVA', () => {
    it('private capacity increase: 200 kVA × 30.00 × 3 months = 18,000.00 back; 3 × = 54,000.00 penalty', () =>
      given(accountOpened())
        .when(recordViolation({ kind: 'privateCapacityIncrease', capacity: 200, basicChargeRate: 30, months: 3, occurredAt: askedOn }))
        .then([violation({ kind: 'privateCapacityIncrease', capacity: 200, basicChargeRate: 30, months: 3, backCharge: 18000, penalty: 54000 })]));

    it('suspended equipment used: 400 kVA × 28.50 × 2 months = 22,800.00 back; 2 × = 45,600.00 penalty', () =>
      given(accountOpened())
        .when(recordViolation({ kind: 'suspendedEquipmentUsed', capacity: 400, basicChargeRate: 28.5, months: 2, occurredAt: askedOn }))
        .then([violation({ kind: 'suspendedEquipmentUsed', capacity: 400, basicChargeRate: 28.5, months: 2, backCharge: 22800, penalty: 45600 })]));

    it('metering tampering: 5,000.00 penalty', () =>
      given(accountOpened())
        .when(recordViolation({ kind: 'meteringTampering', occurredAt: askedOn }))
        .then([violation({ kind: 'meteringTampering', backCharge: 0, penalty: 5000 })]));

    it('unauthorised source: 100 kVA × 500 = 50,000.00 penalty', () =>
      given(accountOpened())
        .when(recordViolation({ kind: 'unauthorisedSource', capacity: 100, occurredAt: askedOn }))
        .then([violation({ kind: 'unauthorisedSource', capacity: 100, backCharge: 0, penalty: 50000 })]));

    it('tariff misuse: 0.3527 × 12,345 kWh = 4,354.0815 → 4,354.08 back; 2 × = 8,708.16 penalty', () =>
      given(accountOpened())
        .when(recordViolation({ kind: 'tariffMisuse', priceDifference: 0.3527, energy: 12345, occurredAt: askedOn }))
        .then([violation({ kind: 'tariffMisuse', priceDifference: 0.3527, energy: 12345, backCharge: 4354.08, penalty: 8708.16 })]));

    it('needs the basic-charge rate and months for a capacity violation (VALIDATION_FAILED)', () =>
      given(accountOpened())
        .when(recordViolation({ kind: 'privateCapacityIncrease', capacity: 200, occurredAt: askedOn }))
        .thenThrows('VALIDATION_FAILED', (e) => expect(e.errors).toEqual([{ field: 'basicChargeRate', message: 'must be a positive number' }])));
  });

  describe('on an ordinary industrial account of 200 kVA', () => {
    it('private capacity increase: no back charge; 60 kVA × 50 = 3,000.00 penalty (rate and months are not recorded)', () =>
      given(ordinaryAccountOpened())
        .when(recordViolation({ kind: 'privateCapacityIncrease', capacity: 60, basicChargeRate: 30, months: 3, occurredAt: askedOn }))
        .then([violation({ kind: 'privateCapacityIncrease', capacity: 60, backCharge: 0, penalty: 3000 })]));

    it('suspended equipment used: 80 kVA × 30 = 2,400.00 penalty', () =>
      given(ordinaryAccountOpened())
        .when(recordViolation({ kind: 'suspendedEquipmentUsed', capacity: 80, occurredAt: askedOn }))
        .then([violation({ kind: 'suspendedEquipmentUsed', capacity: 80, backCharge: 0, penalty: 2400 })]));

    it('metering tampering: 5,000.00 penalty', () =>
      given(ordinaryAccountOpened())
        .when(recordViolation({ kind: 'meteringTampering', occurredAt: askedOn }))
        .then([violation({ kind: 'meteringTampering', backCharge: 0, penalty: 5000 })]));

    it('unauthorised source: 12.5 kVA × 500 = 6,250.00 penalty', () =>
      given(ordinaryAccountOpened())
        .when(recordViolation({ kind: 'unauthorisedSource', capacity: 12.5, occurredAt: askedOn }))
        .then([violation({ kind: 'unauthorisedSource', capacity: 12.5, backCharge: 0, penalty: 6250 })]));

    it('tariff misuse rounds half-up exactly: 0.1005 × 10 kWh = 1.005 → 1.01 back; 2.02 penalty', () =>
      given(ordinaryAccountOpened())
        .when(recordViolation({ kind: 'tariffMisuse', priceDifference: 0.1005, energy: 10, occurredAt: askedOn }))
        .then([violation({ kind: 'tariffMisuse', priceDifference: 0.1005, energy: 10, backCharge: 1.01, penalty: 2.02 })]));
  });

  it('on a residential account metering tampering is 500.00', () =>
    given(residentialAccountOpened())
      .when(recordViolation({ kind: 'meteringTampering', occurredAt: askedOn }))
      .then([violation({ kind: 'meteringTampering', backCharge: 0, penalty: 500 })]));

  it('refuses an unknown kind as invalid input', () =>
    given(accountOpened()).when(recordViolation({ kind: 'theft' as ViolationKind })).thenThrows('VALIDATION_FAILED'));
});
