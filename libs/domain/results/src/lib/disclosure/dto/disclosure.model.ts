import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TenantLevel } from '@liandong/tenancy';
import { DisclosureEntity } from '../disclosure.entity';
import { DisclosureChannel, DisclosureStatus, DisclosureSubjectKind } from '../disclosure-kinds';
import { PublicDisclosurePage } from '../disclosures.service';

@ObjectType('Disclosure', { description: '公开事项: an item proposed, approved and published by a tenant' })
export class DisclosureModel {
  @Field(() => ID) id!: string;
  @Field(() => DisclosureSubjectKind) subjectKind!: DisclosureSubjectKind;
  @Field(() => ID) subjectId!: string;
  @Field() title!: string;
  @Field({ description: 'the text to publish, redacted' }) body!: string;
  @Field({ description: 'the body as drafted from the subject, automatic redaction applied' }) draft!: string;
  @Field(() => DisclosureStatus) status!: DisclosureStatus;
  @Field(() => DisclosureChannel) channel!: DisclosureChannel;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true, description: '发布日期 YYYY-MM-DD (Beijing)' })
  publishedOn!: string | null;
  @Field(() => ID) proposedBy!: string;
  @Field() proposedAt!: Date;
  @Field(() => ID, { nullable: true }) approvedBy!: string | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'why it was rejected or withdrawn' })
  reason!: string | null;
  tenantId!: string;

  static from(entity: DisclosureEntity): DisclosureModel {
    return Object.assign(new DisclosureModel(), {
      id: entity.id,
      subjectKind: entity.subjectKind,
      subjectId: entity.subjectId,
      title: entity.title,
      body: entity.body,
      draft: entity.draft,
      status: entity.status,
      channel: entity.channel,
      url: entity.url,
      publishedOn: entity.publishedOn,
      proposedBy: entity.proposedBy,
      proposedAt: entity.proposedAt,
      approvedBy: entity.approvedBy,
      approvedAt: entity.approvedAt,
      reason: entity.reason,
      tenantId: entity.tenantId,
    });
  }
}

@ObjectType('DisclosureChannelCount')
export class DisclosureChannelCountModel {
  @Field(() => DisclosureChannel) channel!: DisclosureChannel;
  @Field(() => Int) count!: number;
}

@ObjectType('DisclosureLevelCount')
export class DisclosureLevelCountModel {
  @Field(() => TenantLevel) level!: TenantLevel;
  @Field(() => Int) count!: number;
}

@ObjectType('DisclosureCounts', { description: 'published items of a year in a subtree' })
export class DisclosureCountsModel {
  @Field(() => Int) year!: number;
  @Field(() => Int) total!: number;
  @Field(() => [DisclosureChannelCountModel]) byChannel!: DisclosureChannelCountModel[];
  @Field(() => [DisclosureLevelCountModel], { description: 'by the tier of the tenant that published' })
  byLevel!: DisclosureLevelCountModel[];
}

@ObjectType('PublicDisclosure', { description: '已公开信息: what anyone may read, without signing in' })
export class PublicDisclosureModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => DisclosureChannel) channel!: DisclosureChannel;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field({ description: 'YYYY-MM-DD (Beijing)' }) publishedOn!: string;
  @Field({ description: '发布机关' }) tenantName!: string;
  @Field({ description: 'its division code' }) tenantCode!: string;
  @Field(() => TenantLevel) tenantLevel!: TenantLevel;
}

@ObjectType('PublicDisclosurePage')
export class PublicDisclosurePageModel {
  @Field(() => [PublicDisclosureModel]) items!: PublicDisclosureModel[];
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;

  static from(page: PublicDisclosurePage): PublicDisclosurePageModel {
    return {
      items: page.items.map((item) => ({ ...item, tenantLevel: item.tenantLevel as TenantLevel })),
      endCursor: page.endCursor,
      hasNextPage: page.hasNextPage,
    };
  }
}
