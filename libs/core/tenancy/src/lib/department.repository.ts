import { Injectable } from '@nestjs/common';
import { In, Repository } from 'typeorm';
import { Db } from '@liandong/db';
import { DepartmentEntity } from './department.entity';

@Injectable()
export class DepartmentRepository {
  constructor(private readonly db: Db) {}

  private get departments(): Repository<DepartmentEntity> {
    return this.db.repository(DepartmentEntity);
  }

  findById(id: string): Promise<DepartmentEntity | null> {
    return this.departments.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<DepartmentEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.departments.findBy({ id: In([...ids]) });
  }

  listOfTenant(tenantId: string): Promise<DepartmentEntity[]> {
    return this.departments.find({ where: { tenantId }, order: { code: 'ASC' } });
  }
}
