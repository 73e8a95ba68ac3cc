import type { CalendarYearData } from '../calendar-year.js';

// SPEC §6, from the State Council notice. Adjusted working weekend days (调休上班) are listed separately.
const year2025: CalendarYearData = {
  year: 2025,
  source: {
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    documentNumber: '国办发明电〔2024〕12号',
    date: '2024-11-12',
  },
  daysOff: [
    '2025-01-01', // 元旦
    { from: '2025-01-28', to: '2025-02-04' }, // 春节
    { from: '2025-04-04', to: '2025-04-06' }, // 清明节
    { from: '2025-05-01', to: '2025-05-05' }, // 劳动节
    { from: '2025-05-31', to: '2025-06-02' }, // 端午节
    { from: '2025-10-01', to: '2025-10-08' }, // 国庆节、中秋节
  ],
  workingWeekendDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};

export default year2025;
