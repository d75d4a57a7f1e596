import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DepartmentEntity } from '../department.entity';

@ObjectType('Department', { description: '承办单位 responsible unit' })
export class DepartmentModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  tenantId!: string;

  static from(entity: DepartmentEntity): DepartmentModel {
    return Object.assign(new DepartmentModel(), {
      id: entity.id,
      code: entity.code,
      name: entity.name,
      tenantId: entity.tenantId,
    });
  }
}
