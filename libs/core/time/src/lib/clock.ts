/**
 * Where "now" comes from for every domain rule: deadlines, overdue figures, escalation, look-backs and the
 * time stamped on each record. Production reads the system time; tests and the demo year set it, so a
 * deadline can pass without waiting and a year can be played on its own calendar.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until moved: tests drive deadlines with it, the demo year plays 2023 on it. */
export class ManualClock extends Clock {
  private current: number;

  constructor(start: Date) {
    super();
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date): void {
    this.current = to.getTime();
  }

  advance(ms: number): Date {
    this.current += ms;
    return this.now();
  }
}
