import * as e from '../../domain/testing/index.js';
import { factsOf } from './event-facts.js';

describe('factsOf', () => {
  it('gives the application\'s codes as codes, its capacity as a number and unit, and the name as typed', () => {
    expect(factsOf(e.applicationAccepted({ channel: 'online' }, { forClass: 'residential' }))).toEqual({
      customerName: '张三',
      customerClass: 'residential',
      businessType: 'newConnection',
      requestedCapacity: { value: 8, unit: 'kW' },
      channel: 'online',
    });
  });

  it('gives the result and round of a review, and its opinions only by their number (free text stays in the record)', () => {
    expect(factsOf(e.designReviewed({ result: 'rejected', opinions: ['补充接地', '修改主接线'] }))).toEqual({ round: 1, result: 'rejected', opinionCount: 2 });
    expect(factsOf(e.acceptanceRecorded({ result: 'failed', defects: ['接地电阻超标'] }))).toEqual({ round: 1, result: 'failed', defectCount: 1 });
    expect(factsOf(e.supplySchemeReplied({ approvedCapacity: { value: 2000, unit: 'kVA' }, supplyMode: 'dual' }))).toEqual({
      approvedCapacity: { value: 2000, unit: 'kVA' },
      supplyVoltage: '10kV',
      supplyMode: 'dual',
    });
  });

  it('never carries the customer ID number, even when a name contains it', () => {
    const accepted = e.applicationAccepted({}, { forClass: 'residential' });
    const odd = e.applicationAccepted({ customer: { ...accepted.data.customer, name: '张三 33010619900101123X' } }, { forClass: 'residential' });
    expect(JSON.stringify(factsOf(odd))).not.toContain('33010619900101123X');
    expect(factsOf(odd).customerName).toBe('张三 330***********123X');
  });

  it('leaves out what an event lacks, and gives no facts for a type it does not know', () => {
    expect(factsOf({ type: 'SupplySchemeReplied', data: {} })).toEqual({});
    expect(factsOf({ type: 'SiteSurveyed', data: { findings: '现场具备接入条件' } })).toEqual({});
    expect(factsOf({ type: 'SomethingElseHappened', data: { a: 1 } })).toEqual({});
    expect(factsOf({ type: 'DesignReviewed', data: null })).toEqual({});
  });
});
