import type { CalendarYearData } from '../calendar-year.js';

// SPEC §6, from the State Council notice (the spec gives no document number for it, so none is recorded).
const year2026: CalendarYearData = {
  year: 2026,
  source: {
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    date: '2025-11-04',
  },
  daysOff: [
    { from: '2026-01-01', to: '2026-01-03' }, // 元旦
    { from: '2026-02-15', to: '2026-02-23' }, // 春节
    { from: '2026-04-04', to: '2026-04-06' }, // 清明节
    { from: '2026-05-01', to: '2026-05-05' }, // 劳动节
    { from: '2026-06-19', to: '2026-06-21' }, // 端午节
    { from: '2026-09-25', to: '2026-09-27' }, // 中秋节
    { from: '2026-10-01', to: '2026-10-07' }, // 国庆节
  ],
  workingWeekendDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

export default year2026;
