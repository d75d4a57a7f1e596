import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SessionKind } from '../session-kind';
import { SessionReportEntity } from '../session-report.entity';
import { SessionEntity } from '../session.entity';

@ObjectType('Session', {
  description: '会议: a sitting that deliberated reports (常委会会议, 主任会议, 主席团会议)',
})
export class SessionModel {
  @Field(() => ID) id!: string;
  @Field(() => SessionKind) kind!: SessionKind;
  @Field(() => Int, { description: '第几次会议' }) number!: number;
  @Field() heldOn!: Date;
  @Field() title!: string;
  tenantId!: string;

  static from(entity: SessionEntity): SessionModel {
    return Object.assign(new SessionModel(), {
      id: entity.id,
      kind: entity.kind,
      number: entity.number,
      heldOn: entity.heldOn,
      title: entity.title,
      tenantId: entity.tenantId,
    });
  }
}

@ObjectType('SessionReport', { description: '会议审议的报告' })
export class SessionReportModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  planItemId!: string | null;
  departmentId!: string | null;

  static from(entity: SessionReportEntity): SessionReportModel {
    return Object.assign(new SessionReportModel(), {
      id: entity.id,
      title: entity.title,
      planItemId: entity.planItemId,
      departmentId: entity.departmentId,
    });
  }
}
