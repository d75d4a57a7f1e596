import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LedgerItemKind } from '../../ledger-item-kind';
import { SessionKind } from '../session-kind';

@InputType('SessionReportInput', { description: '会议审议的一个报告' })
export class SessionReportInput {
  @Field({ description: '报告名称, e.g. 关于优化营商环境工作情况的报告' }) title!: string;
  @Field(() => ID, { nullable: true, description: 'the item of the office’s annual plan it fulfils' })
  planItemId?: string | null;
  @Field(() => ID, { nullable: true, description: '报告机关: one of the office’s own units' })
  departmentId?: string | null;
}

@InputType('SessionInput', { description: '记录一次会议' })
export class SessionInput {
  @Field(() => SessionKind) kind!: SessionKind;
  @Field(() => Int, { description: '第几次会议' }) number!: number;
  @Field() heldOn!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'default: the office’s name, the kind and the number (洛阳市人大常委会常委会会议第5次会议)',
  })
  title?: string | null;
  @Field(() => [SessionReportInput], { nullable: true }) reports?: SessionReportInput[] | null;
}

@InputType('ReviewOpinionInput', { description: '送交审议意见或决议' })
export class ReviewOpinionInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID, { nullable: true, description: 'the report it is about, of that session' })
  reportId?: string | null;
  @Field(() => LedgerItemKind, { nullable: true, description: 'REVIEW_OPINION (default) or RESOLUTION' })
  kind?: LedgerItemKind | null;
  @Field(() => ID, {
    description: '送交的机关或单位 (政府, 监委, 法院, 检察院 or a unit), of the office’s own',
  })
  departmentId!: string;
  @Field() title!: string;
  @Field(() => [String], { description: '意见事项, each a ledger item (1–50)' }) items!: string[];
  @Field(() => Date, { nullable: true, description: '办理期限; default two months from now' })
  deadline?: Date | null;
  @Field(() => ID, { nullable: true, description: '牵头委室 of the office' }) leadCommitteeId?: string | null;
  @Field(() => String, { nullable: true, description: '文号; default one of the office’s year' })
  letterNo?: string | null;
}
