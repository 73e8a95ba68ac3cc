import { WorkingDayCalendar } from './working-day-calendar.js';
import { shippedCalendarYears } from './years/index.js';

/** The PRC working-day calendar built from the years shipped with the product (SPEC §6). */
export const prcCalendar = new WorkingDayCalendar(shippedCalendarYears);
