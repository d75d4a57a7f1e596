import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Evidence', { description: '证据材料 (download at `url` with the bearer token)' })
export class EvidenceModel {
  @Field() sha256!: string;
  @Field() name!: string;
  @Field() mime!: string;
  @Field(() => Int) size!: number;
  @Field({ description: 'GET this path with the bearer token' }) url!: string;
}
