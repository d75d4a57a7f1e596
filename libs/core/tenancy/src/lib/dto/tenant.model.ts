import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TenantLevel } from '../tenant-level';
import { TenantEntity } from '../tenant.entity';

@ObjectType('Tenant', { description: '人大机关:市、县区人大常委会,乡镇人大主席团,街道人大工委' })
export class TenantModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: '统计用区划代码 statistical division code' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => TenantLevel)
  level!: TenantLevel;

  parentId!: string | null;
  path!: string;

  static from(entity: TenantEntity): TenantModel {
    return Object.assign(new TenantModel(), {
      id: entity.id,
      code: entity.code,
      name: entity.name,
      level: entity.level,
      parentId: entity.parentId,
      path: entity.path,
    });
  }
}
