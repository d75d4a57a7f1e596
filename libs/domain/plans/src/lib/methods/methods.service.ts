import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppException } from '@liandong/errors';
import { assertPermission, Caller, Permission } from '@liandong/tenancy';
import { SupervisionMethodEntity } from './supervision-method.entity';
import { Clock } from '@liandong/time';

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/**
 * The deployment's method catalogue (监督方式目录), kept by ADMIN accounts. Codes are stable: a method is
 * renamed or retired, never deleted, so plans and findings that cite it keep their meaning.
 */
@Injectable()
export class MethodsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(includeRetired: boolean): Promise<SupervisionMethodEntity[]> {
    const rows = await this.dataSource
      .getRepository(SupervisionMethodEntity)
      .find({ order: { sortOrder: 'ASC' } });
    return includeRetired ? rows : rows.filter((row) => row.retiredAt === null);
  }

  async add(caller: Caller, code: string, name: string): Promise<SupervisionMethodEntity> {
    assertPermission(caller, Permission.ADMINISTER);
    const cleanCode = code.trim();
    if (!CODE.test(cleanCode)) {
      throw AppException.badInput(
        'code',
        '编码须为 2–40 位大写字母、数字或下划线 / code: 2–40 of A–Z, 0–9, _',
      );
    }
    const cleanName = this.name(name);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SupervisionMethodEntity);
      if (await repository.existsBy({ code: cleanCode })) {
        throw AppException.conflict(`监督方式编码 ${cleanCode} 已存在 / method code already exists`);
      }
      const [{ next }] = await manager.query<Array<{ next: number }>>(
        'SELECT coalesce(max(sort_order), 0) + 1 AS next FROM supervision_method',
      );
      const method = repository.create({
        code: cleanCode,
        name: cleanName,
        sortOrder: next,
        retiredAt: null,
      });
      // Not save(): on a code added meanwhile by another request it would update (rename) that method.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(SupervisionMethodEntity)
        .values(method)
        .orIgnore()
        .returning('code')
        .execute();
      if ((inserted.raw as unknown[]).length === 0) {
        throw AppException.conflict(`监督方式编码 ${cleanCode} 已存在 / method code already exists`);
      }
      return method;
    });
  }

  async rename(caller: Caller, code: string, name: string): Promise<SupervisionMethodEntity> {
    assertPermission(caller, Permission.ADMINISTER);
    const method = await this.get(code);
    method.name = this.name(name);
    return this.dataSource.getRepository(SupervisionMethodEntity).save(method);
  }

  /** Retired methods stay readable on old plans and findings but cannot be chosen for new projects. */
  async retire(caller: Caller, code: string): Promise<SupervisionMethodEntity> {
    assertPermission(caller, Permission.ADMINISTER);
    const method = await this.get(code);
    method.retiredAt ??= this.clock.now();
    return this.dataSource.getRepository(SupervisionMethodEntity).save(method);
  }

  private async get(code: string): Promise<SupervisionMethodEntity> {
    const method = await this.dataSource
      .getRepository(SupervisionMethodEntity)
      .findOneBy({ code: code.trim() });
    if (!method) {
      throw AppException.notFound('监督方式 Supervision method', code);
    }
    return method;
  }

  private name(name: string): string {
    const clean = name.trim();
    if (!clean || clean.length > 50) {
      throw AppException.badInput('name', '名称须为 1–50 个字符 / name: 1–50 characters');
    }
    return clean;
  }
}
