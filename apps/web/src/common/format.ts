// Dates are shown as the people using the console read them: on Beijing time, whatever the browser's zone.
const DAY = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const MINUTE = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(format: Intl.DateTimeFormat, iso: string): Record<string, string> {
  return Object.fromEntries(format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
}

/** 2023-03-05 (Beijing time); a dash for no date. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) {
    return '—';
  }
  const { year, month, day } = parts(DAY, iso);
  return `${year}-${month}-${day}`;
}

/** 2023-03-05 14:07 (Beijing time); a dash for no date. */
export function formatMinute(iso: string | null | undefined): string {
  if (!iso) {
    return '—';
  }
  const { year, month, day, hour, minute } = parts(MINUTE, iso);
  return `${year}-${month}-${day} ${hour}:${minute}`;
}

/** The Beijing year of an instant (now, unless given): the plans page opens on it. */
export function beijingYear(instant: Date = new Date()): number {
  return Number(parts(DAY, instant.toISOString()).year);
}

/** The first instant of a calendar day in Beijing, as ISO: when a period that starts that day begins. */
export function startOfBeijingDay(day: string): string {
  return new Date(`${day}T00:00:00+08:00`).toISOString();
}

/** The end of a calendar day in Beijing as an ISO instant: what a deadline picked as "2023-06-30" means. */
export function endOfBeijingDay(day: string): string {
  return new Date(`${day}T23:59:59+08:00`).toISOString();
}
