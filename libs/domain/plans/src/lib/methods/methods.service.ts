import { Injectable } from '@nestjs/common';
import { AppException } from '@liandong/errors';
import { assertPermission, Caller, Permission } from '@liandong/tenancy';
import { Clock } from '@liandong/time';
import { Db } from '@liandong/db';
import { SUPERVISION_METHOD } from '../kinds';
import { MethodsRepository } from './methods.repository';
import { SupervisionMethodEntity } from './supervision-method.entity';

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/**
 * The deployment's method catalogue (监督方式目录), kept by ADMIN accounts. Codes are stable: a method is
 * renamed or retired, never deleted, so plans and findings that cite it keep their meaning.
 */
@Injectable()
export class MethodsService {
  constructor(
    private readonly db: Db,
    private readonly methods: MethodsRepository,
    private readonly clock: Clock,
  ) {}

  async list(includeRetired: boolean): Promise<SupervisionMethodEntity[]> {
    const rows = await this.methods.all();
    return includeRetired ? rows : rows.filter((row) => row.retiredAt === null);
  }

  /** Methods by code, for a field that names them; a retired one is still found. */
  methodsByCodes(codes: readonly string[]): Promise<SupervisionMethodEntity[]> {
    return this.methods.byCodes(codes);
  }

  /** Every code the catalogue ever had, retired ones included. */
  async knownCodes(): Promise<ReadonlySet<string>> {
    return new Set(await this.methods.allCodes());
  }

  /** A new project may cite active methods only: every other code is named, by its place in `field`. */
  async assertActive(codes: readonly string[], field: string): Promise<void> {
    const active = new Set((await this.methods.active()).map((method) => method.code));
    const unknown = codes
      .map((code, index) => ({ code, index }))
      .filter(({ code }) => !active.has(code))
      .map(({ code, index }) => ({
        field: `${field}.${index}`,
        reason: 'UNKNOWN_METHOD',
        zh: `未知的监督方式编码 ${code}`,
        en: `unknown method code ${code} (see supervisionMethods)`,
      }));
    if (unknown.length > 0) {
      throw AppException.badFields(unknown);
    }
  }

  async add(caller: Caller, code: string, name: string): Promise<SupervisionMethodEntity> {
    assertPermission(caller, Permission.ADMINISTER);
    const cleanCode = code.trim();
    if (!CODE.test(cleanCode)) {
      throw AppException.badInput('code', 'INVALID_METHOD_CODE', {
        zh: '编码须为 2–40 位大写字母、数字或下划线',
        en: 'code: 2–40 of A–Z, 0–9, _',
      });
    }
    const cleanName = this.name(name);
    return this.db.transaction(async (manager) => {
      const added = (await this.methods.existsInTransaction(manager, cleanCode))
        ? null
        : await this.methods.insertLast(manager, cleanCode, cleanName);
      if (!added) {
        throw AppException.conflict('METHOD_CODE_TAKEN', {
          zh: `监督方式编码 ${cleanCode} 已存在`,
          en: `The method code ${cleanCode} already exists.`,
        });
      }
      return added;
    });
  }

  async rename(caller: Caller, code: string, name: string): Promise<SupervisionMethodEntity> {
    assertPermission(caller, Permission.ADMINISTER);
    const method = await this.get(code);
    method.name = this.name(name);
    return this.methods.save(method);
  }

  /** Retired methods stay readable on old plans and findings but cannot be chosen for new projects. */
  async retire(caller: Caller, code: string): Promise<SupervisionMethodEntity> {
    assertPermission(caller, Permission.ADMINISTER);
    const method = await this.get(code);
    method.retiredAt ??= this.clock.now();
    return this.methods.save(method);
  }

  private async get(code: string): Promise<SupervisionMethodEntity> {
    const method = await this.methods.findByCode(code.trim());
    if (!method) {
      throw AppException.notFound(SUPERVISION_METHOD, code);
    }
    return method;
  }

  private name(name: string): string {
    const clean = name.trim();
    if (!clean || clean.length > 50) {
      throw AppException.badInput('name', 'INVALID_METHOD_NAME', {
        zh: '名称须为 1–50 个字符',
        en: 'name: 1–50 characters',
      });
    }
    return clean;
  }
}
