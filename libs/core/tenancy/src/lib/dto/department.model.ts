import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DepartmentKind } from '../department-kind';
import { DepartmentEntity } from '../department.entity';

@ObjectType('Department', { description: '承办单位 responsible unit' })
export class DepartmentModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => DepartmentKind)
  kind!: DepartmentKind;

  @Field(() => Date, {
    nullable: true,
    description: '撤销时间: a retired unit keeps its history but receives nothing new',
  })
  retiredAt!: Date | null;

  tenantId!: string;
  tenantPath!: string;

  static from(entity: DepartmentEntity): DepartmentModel {
    return Object.assign(new DepartmentModel(), {
      id: entity.id,
      code: entity.code,
      name: entity.name,
      kind: entity.kind,
      retiredAt: entity.retiredAt,
      tenantId: entity.tenantId,
      tenantPath: entity.tenantPath,
    });
  }
}
