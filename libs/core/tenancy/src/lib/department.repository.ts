import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { DepartmentEntity } from './department.entity';

@Injectable()
export class DepartmentRepository {
  constructor(
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
  ) {}

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
