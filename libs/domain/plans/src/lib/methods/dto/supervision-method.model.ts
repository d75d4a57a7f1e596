import { Field, ObjectType } from '@nestjs/graphql';
import { SupervisionMethodEntity } from '../supervision-method.entity';

@ObjectType('SupervisionMethod', { description: '监督方式' })
export class SupervisionMethodModel {
  @Field() code!: string;
  @Field() name!: string;

  static from(entity: SupervisionMethodEntity): SupervisionMethodModel {
    return Object.assign(new SupervisionMethodModel(), { code: entity.code, name: entity.name });
  }
}
