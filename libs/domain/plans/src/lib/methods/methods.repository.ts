import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { SupervisionMethodEntity } from './supervision-method.entity';

/** SQL for the method catalogue (supervision_method), which belongs to no tenant. */
@Injectable()
export class MethodsRepository {
  constructor(private readonly db: Db) {}

  private get methods(): Repository<SupervisionMethodEntity> {
    return this.db.repository(SupervisionMethodEntity);
  }

  /** Every method, retired ones included, in catalogue order. */
  all(): Promise<SupervisionMethodEntity[]> {
    return this.methods.find({ order: { sortOrder: 'ASC' } });
  }

  active(): Promise<SupervisionMethodEntity[]> {
    return this.methods.find({ where: { retiredAt: IsNull() }, order: { sortOrder: 'ASC' } });
  }

  async allCodes(): Promise<string[]> {
    return (await this.methods.find({ select: { code: true } })).map((method) => method.code);
  }

  byCodes(codes: readonly string[]): Promise<SupervisionMethodEntity[]> {
    return codes.length === 0 ? Promise.resolve([]) : this.methods.findBy({ code: In([...codes]) });
  }

  findByCode(code: string): Promise<SupervisionMethodEntity | null> {
    return this.methods.findOneBy({ code });
  }

  existsInTransaction(manager: EntityManager, code: string): Promise<boolean> {
    return manager.getRepository(SupervisionMethodEntity).existsBy({ code });
  }

  /**
   * Adds a method at the end of the catalogue; null when the code exists already. Not save(): on a code
   * added meanwhile by another request it would update (rename) that method.
   */
  async insertLast(
    manager: EntityManager,
    code: string,
    name: string,
  ): Promise<SupervisionMethodEntity | null> {
    const [{ next }] = await manager.query<Array<{ next: number }>>(
      'SELECT coalesce(max(sort_order), 0) + 1 AS next FROM supervision_method',
    );
    const method = manager.create(SupervisionMethodEntity, { code, name, sortOrder: next, retiredAt: null });
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(SupervisionMethodEntity)
      .values(method)
      .orIgnore()
      .returning('code')
      .execute();
    return (inserted.raw as unknown[]).length === 0 ? null : method;
  }

  save(method: SupervisionMethodEntity): Promise<SupervisionMethodEntity> {
    return this.methods.save(method);
  }
}
