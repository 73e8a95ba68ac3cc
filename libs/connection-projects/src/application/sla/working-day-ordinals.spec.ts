import { instantMs, prcCalendar } from '../../domain/calendar/index.js';
import { localDateOfDay, shanghaiDayNumber, WorkingDayOrdinals } from './working-day-ordinals.js';

const day = (date: string) => shanghaiDayNumber(instantMs(`${date}T12:00:00+08:00`));

describe('working-day ordinals', () => {
  it('given instants either side of Shanghai midnight then they fall on the Shanghai day', () => {
    expect(localDateOfDay(shanghaiDayNumber(instantMs('2025-09-30T16:00:00Z')))).toBe('2025-10-01');
    expect(localDateOfDay(shanghaiDayNumber(instantMs('2025-09-30T15:59:59.999Z')))).toBe('2025-09-30');
  });

  it('given the National Day holiday then Sep 30 → Oct 13 counts Oct 9, 10, the worked Sat 11 and 13 = 4', () => {
    expect(new WorkingDayOrdinals().between(day('2025-09-30'), day('2025-10-13'))).toBe(4);
  });

  it('given a later or equal `from` then 0, as the calendar says', () => {
    const ordinals = new WorkingDayOrdinals();
    expect(ordinals.between(day('2025-10-13'), day('2025-09-30'))).toBe(0);
    expect(ordinals.between(day('2025-10-13'), day('2025-10-13'))).toBe(0);
  });

  it('given every pair of days over 2024–2027 (sampled) then it equals the calendar walk, across estimated years', () => {
    const ordinals = new WorkingDayOrdinals();
    const start = day('2024-01-01');
    for (let from = start; from < start + 4 * 365; from += 73) {
      for (let to = from - 40; to < start + 4 * 365; to += 97) {
        expect(ordinals.between(from, to)).toBe(prcCalendar.workingDaysBetween(localDateOfDay(from), localDateOfDay(to)));
      }
    }
  });

  it('given a span wider than allowed then it still answers, from the calendar', () => {
    const ordinals = new WorkingDayOrdinals(prcCalendar, 1000);
    expect(ordinals.between(day('2025-09-30'), day('2025-10-13'))).toBe(4);
    expect(ordinals.between(day('2025-01-01'), day('2030-01-01'))).toBe(
      prcCalendar.workingDaysBetween('2025-01-01', '2030-01-01'),
    );
  });
});
