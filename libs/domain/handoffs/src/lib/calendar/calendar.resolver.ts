import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { CalendarService } from './calendar.service';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Query(() => Int, {
    description: '工作日天数: working days d (Asia/Shanghai) with date(from) ≤ d < date(to)',
  })
  workingDaysBetween(
    @CurrentCaller() _caller: Caller,
    @Args('from') from: Date,
    @Args('to') to: Date,
  ): Promise<number> {
    return this.calendar.workingDaysBetween(from, to);
  }

  @Mutation(() => Boolean, { description: '设定工作日/休息日 (ADMIN): override the calendar for one day' })
  async setCalendarDay(
    @CurrentCaller() caller: Caller,
    @Args('day') day: string,
    @Args('working') working: boolean,
    @Args('note') note: string,
  ): Promise<boolean> {
    await this.calendar.setDay(caller, day, working, note);
    return true;
  }

  @Mutation(() => Boolean, { description: '取消日历设定 (ADMIN); false when the day had no override' })
  clearCalendarDay(@CurrentCaller() caller: Caller, @Args('day') day: string): Promise<boolean> {
    return this.calendar.clearDay(caller, day);
  }
}
