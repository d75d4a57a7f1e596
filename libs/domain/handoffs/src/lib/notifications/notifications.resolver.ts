import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { parseId } from '@liandong/errors';
import { Caller, CurrentCaller, Loaders, RequestLoaders } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { HandoffModel } from '../dto/handoff.model';
import { HandoffsService } from '../handoffs.service';
import { NotificationModel } from './notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly notificationsService: NotificationsService,
    private readonly handoffs: HandoffsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => Int, { description: '未读通知数 / unread notifications of the caller' })
  unreadNotifications(@CurrentCaller() caller: Caller): Promise<number> {
    return this.notificationsService.unreadCount(caller);
  }

  @Query(() => [NotificationModel], { description: '站内通知 of the caller (its office, or its department)' })
  async notifications(
    @CurrentCaller() caller: Caller,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean,
  ): Promise<NotificationModel[]> {
    return (await this.notificationsService.list(caller, unreadOnly ?? false)).map(NotificationModel.from);
  }

  @Mutation(() => NotificationModel)
  async markNotificationRead(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NotificationModel> {
    return NotificationModel.from(await this.notificationsService.markRead(caller, parseId(id)));
  }

  @ResolveField(() => HandoffModel, { nullable: true })
  async handoff(
    @Parent() notification: NotificationModel,
    @Loaders() loaders: RequestLoaders,
  ): Promise<HandoffModel | null> {
    if (!notification.handoffId) {
      return null;
    }
    const handoff = await loaders
      .get(
        'handoff',
        (ids) => this.handoffs.findByIds(ids),
        (row) => row.id,
      )
      .load(notification.handoffId);
    return handoff ? HandoffModel.from(handoff, this.clock.now()) : null;
  }
}
