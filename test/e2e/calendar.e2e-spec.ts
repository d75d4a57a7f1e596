import { GraphqlClient } from '@liandong/testing';
import { countRows, fieldsOf, Platform, refused, startPlatform } from '@liandong/testing-system';

const BETWEEN = 'query ($from: DateTime!, $to: DateTime!) { workingDaysBetween(from: $from, to: $to) }';
const SET_DAY = `mutation ($day: String!, $working: Boolean!, $note: String!) {
  setCalendarDay(day: $day, working: $working, note: $note) }`;
const CLEAR_DAY = 'mutation ($day: String!) { clearCalendarDay(day: $day) }';

// A week far ahead that no published arrangement touches: Mon 2031-11-10 to Mon 2031-11-17.
const WEEK = { from: '2031-11-10T00:00:00+08:00', to: '2031-11-17T00:00:00+08:00' };
const WEDNESDAY = '2031-11-12';
const SATURDAY = '2031-11-15';

describe('working-day calendar', () => {
  let platform: Platform;
  let admin: GraphqlClient;
  let coordinator: GraphqlClient;

  const between = async (client: GraphqlClient, from: string, to: string) =>
    (await client.ok<{ workingDaysBetween: number }>(BETWEEN, { from, to })).workingDaysBetween;
  const overridesOf = (day: string) =>
    countRows(platform.dataSource, 'SELECT 1 FROM calendar_override WHERE day = $1::date', [day]);

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await platform.as('4103-admin');
    coordinator = await platform.as('4103');
  });
  afterAll(async () => {
    await platform.dataSource.query('DELETE FROM calendar_override WHERE day IN ($1::date, $2::date)', [
      WEDNESDAY,
      SATURDAY,
    ]);
    await platform.close();
  });

  describe('workingDaysBetween', () => {
    it('counts National Day 2023 with its 调休 weekend: Thu 09-28, Sat 10-07, Sun 10-08', async () => {
      expect(await between(coordinator, '2023-09-28T00:00:00+08:00', '2023-10-09T00:00:00+08:00')).toBe(3);
    });

    it('counts Spring Festival 2025: Fri 01-24, Sun 01-26, Mon 01-27, Wed–Fri 02-05..07, Sat 02-08', async () => {
      expect(await between(coordinator, '2025-01-24T00:00:00+08:00', '2025-02-10T00:00:00+08:00')).toBe(7);
    });

    it('takes dates in Asia/Shanghai: 16:30Z on Thu 2024-02-08 is already 除夕, the last working day', async () => {
      expect(await between(coordinator, '2024-02-08T16:30:00Z', '2024-02-10T00:00:00+08:00')).toBe(1);
      expect(await between(coordinator, '2024-02-08T15:30:00Z', '2024-02-10T00:00:00+08:00')).toBe(2);
    });

    it('is 0 when to is not after from', async () => {
      expect(await between(coordinator, WEEK.to, WEEK.from)).toBe(0);
    });

    it('needs a signed-in caller', async () => {
      await refused(platform.client, BETWEEN, WEEK, 'UNAUTHENTICATED');
    });
  });

  describe('overrides (ADMIN)', () => {
    it('a day off and a working Saturday change the answer, and clearing restores it', async () => {
      expect(await between(coordinator, WEEK.from, WEEK.to)).toBe(5);

      const off = await admin.ok<{ setCalendarDay: boolean }>(SET_DAY, {
        day: WEDNESDAY,
        working: false,
        note: '地方性假日 / local holiday',
      });
      expect(off.setCalendarDay).toBe(true);
      expect(await between(coordinator, WEEK.from, WEEK.to)).toBe(4);

      await admin.ok(SET_DAY, { day: SATURDAY, working: true, note: '调休上班 / working Saturday' });
      expect(await between(coordinator, WEEK.from, WEEK.to)).toBe(5);
      expect(await overridesOf(SATURDAY)).toBe(1);

      // Setting a day again replaces its override.
      await admin.ok(SET_DAY, { day: WEDNESDAY, working: true, note: '恢复上班 / back to work' });
      expect(await between(coordinator, WEEK.from, WEEK.to)).toBe(6);

      expect(await admin.ok(CLEAR_DAY, { day: WEDNESDAY })).toEqual({ clearCalendarDay: true });
      expect(await admin.ok(CLEAR_DAY, { day: SATURDAY })).toEqual({ clearCalendarDay: true });
      expect(await admin.ok(CLEAR_DAY, { day: SATURDAY })).toEqual({ clearCalendarDay: false });
      expect(await overridesOf(SATURDAY)).toBe(0);
      expect(await between(coordinator, WEEK.from, WEEK.to)).toBe(5);
    });

    it('a coordinator may neither set nor clear a day', async () => {
      await refused(coordinator, SET_DAY, { day: WEDNESDAY, working: false, note: '试图设定' }, 'FORBIDDEN');
      await refused(coordinator, CLEAR_DAY, { day: WEDNESDAY }, 'FORBIDDEN');
      expect(await overridesOf(WEDNESDAY)).toBe(0);
    });

    it.each(['2031-11-31', '2031/11/12', '20311112', '2031-11-12T00:00:00Z', ''])(
      'refuses the day %p as BAD_USER_INPUT naming `day`',
      async (day) => {
        expect(
          fieldsOf(await refused(admin, SET_DAY, { day, working: false, note: '说明' }, 'BAD_USER_INPUT')),
        ).toEqual(['day']);
        expect(fieldsOf(await refused(admin, CLEAR_DAY, { day }, 'BAD_USER_INPUT'))).toEqual(['day']);
      },
    );

    it('refuses a blank note', async () => {
      const error = await refused(
        admin,
        SET_DAY,
        { day: WEDNESDAY, working: false, note: '  ' },
        'BAD_USER_INPUT',
      );
      expect(fieldsOf(error)).toEqual(['note']);
      expect(await overridesOf(WEDNESDAY)).toBe(0);
    });
  });
});
