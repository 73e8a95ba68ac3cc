import type { ClaimEventDataMap, ClaimEventType, ComplaintEventDataMap, ComplaintEventType } from '../../domain/index.js';

/**
 * One short line per complaint and claim event type (SPEC §8), Chinese then English, from structured fields only, as
 * for project events: what the complainant said, the resolution and the findings stay in the record.
 */
export const COMPLAINT_SUMMARIES: { [T in ComplaintEventType]: (data: Partial<ComplaintEventDataMap[T]>) => string } = {
  ComplaintReceived: (d) => `受理投诉 Complaint received: ${d.category ?? '?'} via ${d.channel ?? '?'}${d.accountId ? `, account ${d.accountId}` : ''}`,
  ComplainantContacted: () => '联系客户 Complainant contacted',
  ComplaintReplied: () => '答复 Complaint replied to',
  ComplaintClosed: (d) => `回访办结 Complaint closed: ${d.satisfaction ?? '?'}`,
};

const yuan = (amount: number | undefined): string => (amount === undefined ? '?' : `${amount} yuan`);

export const CLAIM_SUMMARIES: { [T in ClaimEventType]: (data: Partial<ClaimEventDataMap[T]>) => string } = {
  DamageClaimFiled: (d) =>
    `家电损坏理赔申请 Damage claim filed: ${Array.isArray(d.appliances) ? d.appliances.length : '?'} appliance(s) damaged ${d.damagedOn ?? '?'}, account ${d.accountId ?? '?'}`,
  DamageInvestigated: (d) =>
    `损坏调查 Damage investigated: ${d.utilityLiable === true ? 'utility liable' : d.utilityLiable === false ? 'utility not liable' : '?'}`,
  DamageClaimSettled: (d) => `理赔 Damage claim settled: ${yuan(d.total)}`,
};
