import { Injectable } from '@nestjs/common';
import { In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { TenantEntity } from './tenant.entity';
import { TenantLevel } from './tenant-level';

@Injectable()
export class TenantRepository {
  constructor(private readonly db: Db) {}

  private get tenants(): Repository<TenantEntity> {
    return this.db.repository(TenantEntity);
  }

  findById(id: string): Promise<TenantEntity | null> {
    return this.tenants.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<TenantEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.tenants.findBy({ id: In([...ids]) });
  }

  findByCode(code: string): Promise<TenantEntity | null> {
    return this.tenants.findOneBy({ code });
  }

  findByCodes(codes: readonly string[]): Promise<TenantEntity[]> {
    return codes.length === 0 ? Promise.resolve([]) : this.tenants.findBy({ code: In([...codes]) });
  }

  /** Tenants in the subtree at `path` (itself included), optionally one level and one parent, by code. */
  listInSubtree(
    path: string,
    filter: { level?: TenantLevel; parentId?: string } = {},
  ): Promise<TenantEntity[]> {
    const query = this.tenants
      .createQueryBuilder('t')
      .where('t.path <@ :path::ltree', { path })
      .orderBy('t.code', 'ASC');
    if (filter.level) {
      query.andWhere('t.level = :level', { level: filter.level });
    }
    if (filter.parentId) {
      query.andWhere('t.parent_id = :parentId', { parentId: filter.parentId });
    }
    return query.getMany();
  }

  /** Every descendant of the given paths (the paths themselves excluded). */
  descendantsOf(paths: readonly string[]): Promise<TenantEntity[]> {
    if (paths.length === 0) {
      return Promise.resolve([]);
    }
    return this.tenants
      .createQueryBuilder('t')
      .where('t.path <@ ANY(:paths::ltree[])', { paths })
      .andWhere('NOT (t.path = ANY(:paths::ltree[]))', { paths })
      .orderBy('t.code', 'ASC')
      .getMany();
  }

  childrenOf(parentIds: readonly string[]): Promise<TenantEntity[]> {
    if (parentIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.tenants.find({ where: { parentId: In([...parentIds]) }, order: { code: 'ASC' } });
  }
}
