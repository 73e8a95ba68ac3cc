import * as e from '../../domain/testing/index.js';
import { summaryOf } from './event-summary.js';

describe('summaryOf', () => {
  it('names the event in Chinese and English with its key facts', () => {
    expect(summaryOf(e.supplySchemeReplied({ approvedCapacity: { value: 2000, unit: 'kVA' }, supplyMode: 'dual' }))).toBe(
      '供电方案答复 Supply scheme replied: 2000 kVA 10kV dual',
    );
    expect(summaryOf(e.designReviewed({ result: 'rejected', opinions: ['补充接地', '修改主接线'] }))).toBe(
      '设计审查 Design reviewed: round 1 rejected, 2 opinions',
    );
    expect(summaryOf(e.acceptanceRecorded({ result: 'failed', defects: ['接地电阻超标'] }))).toBe(
      '竣工验收 Acceptance recorded: round 1 failed, 1 defects',
    );
  });

  it('never carries the customer ID number, even when a name contains it', () => {
    const accepted = e.applicationAccepted({}, { forClass: 'residential' });
    expect(summaryOf(accepted)).toBe('受理申请 Application accepted: 张三, residential 8 kW, newConnection');
    const odd = e.applicationAccepted({
      customer: { ...accepted.data.customer, name: '张三 33010619900101123X' },
    }, { forClass: 'residential' });
    expect(summaryOf(odd)).not.toContain('33010619900101123X');
    expect(summaryOf(odd)).toContain('330***********123X');
  });

  it('tolerates missing fields and unknown types', () => {
    expect(summaryOf({ type: 'SupplySchemeReplied', data: {} })).toBe('供电方案答复 Supply scheme replied: ? ? ?');
    expect(summaryOf({ type: 'SomethingElseHappened', data: null })).toBe('SomethingElseHappened');
  });
});
