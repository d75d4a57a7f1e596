import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CommitteeEntity } from '../committee.entity';

@ObjectType('Committee', {
  description:
    '专门委员会或工作委员会 a committee or working body; coordinates: 统筹办 the coordination office',
})
export class CommitteeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field({ description: '统筹办: sees every committee’s work and presses them' })
  coordinates!: boolean;

  @Field(() => Date, { nullable: true, description: '撤销时间 when it was retired' })
  retiredAt!: Date | null;

  tenantId!: string;
  tenantPath!: string;

  static from(entity: CommitteeEntity): CommitteeModel {
    return Object.assign(new CommitteeModel(), {
      id: entity.id,
      code: entity.code,
      name: entity.name,
      coordinates: entity.coordinates,
      retiredAt: entity.retiredAt,
      tenantId: entity.tenantId,
      tenantPath: entity.tenantPath,
    });
  }
}
