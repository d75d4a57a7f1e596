import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { JointProjectVersionEntity } from '../joint-project-version.entity';

@ObjectType('ProjectRevision', { description: '统一方案的一个版本' })
export class ProjectRevisionModel {
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: 'the revision note (null for the first version)' })
  note!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'when this version was first published' })
  publishedAt!: Date | null;

  static from(entity: JointProjectVersionEntity): ProjectRevisionModel {
    return Object.assign(new ProjectRevisionModel(), {
      version: entity.version,
      note: entity.note,
      createdAt: entity.createdAt,
      publishedAt: entity.publishedAt,
    });
  }
}
