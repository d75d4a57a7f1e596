import { Field, ObjectType } from '@nestjs/graphql';
import { LookBackEntity } from './look-back.entity';

@ObjectType('LookBack', { description: '回头看: scheduled when a handoff is closed out' })
export class LookBackModel {
  @Field() dueAt!: Date;
  @Field(() => Date, { nullable: true }) doneAt!: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'whether the problem came back (反弹)' })
  relapsed!: boolean | null;
  @Field(() => String, { nullable: true }) note!: string | null;

  static from(entity: LookBackEntity): LookBackModel {
    return Object.assign(new LookBackModel(), {
      dueAt: entity.dueAt,
      doneAt: entity.doneAt,
      relapsed: entity.relapsed,
      note: entity.note,
    });
  }
}
