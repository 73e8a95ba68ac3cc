export * from './local-date.js';
export * from './calendar-year.js';
export * from './working-day-calendar.js';
export { shippedCalendarYears } from './years/index.js';
export { prcCalendar } from './prc-calendar.js';
