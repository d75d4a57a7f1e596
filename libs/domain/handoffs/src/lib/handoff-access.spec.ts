import { EntityManager } from 'typeorm';
import { AppException } from '@liandong/errors';
import { Caller, Role, TenantLevel } from '@liandong/tenancy';
import { HandoffAccess } from './handoff-access';
import { HandoffEntity } from './handoff.entity';
import { HandoffsRepository } from './handoffs.repository';

const manager = {} as EntityManager;
const HANDOFF_ID = '0b1f6d0e-5c0a-4c3e-9a4b-1d2e3f4a5b6c';
const handoff = {
  id: HANDOFF_ID,
  tenantId: 'county',
  tenantPath: '4103.410302',
  departmentId: 'market',
} as HandoffEntity;

function caller(tenantId: string, tenantPath: string, departmentId: string | null = null): Caller {
  return {
    userId: 'u',
    username: 'u',
    tenantId,
    tenantPath,
    tenantLevel: TenantLevel.COUNTY,
    roles: [departmentId ? Role.DEPARTMENT : Role.COORDINATOR],
    departmentId,
    committee: null,
  };
}

const county = caller('county', '4103.410302');
const city = caller('city', '4103');
const otherCounty = caller('other', '4103.410303');
const market = caller('county', '4103.410302', 'market');
const education = caller('county', '4103.410302', 'education');
const refusal = {
  reason: 'NOT_HANDING_TENANT',
  zh: '只有交办机关可以改派',
  en: 'Only the handing-over tenant.',
};

async function refused(act: Promise<unknown>): Promise<AppException> {
  try {
    await act;
  } catch (error) {
    if (error instanceof AppException) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('HandoffAccess', () => {
  const access = new HandoffAccess({
    lock: (_manager: EntityManager, id: string) => Promise.resolve(id === HANDOFF_ID ? handoff : null),
  } as unknown as HandoffsRepository);

  it('lets the department that holds the handoff take its steps, and no other', async () => {
    await expect(access.lockForDepartment(manager, market, HANDOFF_ID)).resolves.toBe(handoff);
    expect((await refused(access.lockForDepartment(manager, education, HANDOFF_ID))).reason).toBe(
      'NOT_FOUND',
    );
    expect((await refused(access.lockForDepartment(manager, county, HANDOFF_ID))).reason).toBe('NOT_FOUND');
  });

  it('lets the handing-over tenant decide, refuses a tier above, and hides it outside the subtree', async () => {
    await expect(access.lockForHandingTenant(manager, county, HANDOFF_ID, refusal)).resolves.toBe(handoff);
    const above = await refused(access.lockForHandingTenant(manager, city, HANDOFF_ID, refusal));
    expect(above.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_HANDING_TENANT',
      zh: refusal.zh,
    });
    const outside = await refused(access.lockForHandingTenant(manager, otherCounty, HANDOFF_ID, refusal));
    expect(outside.extensions).toMatchObject({ code: 'NOT_FOUND', zh: '交办事项不存在或无权查看' });
    const department = await refused(access.lockForHandingTenant(manager, market, HANDOFF_ID, refusal));
    expect(department.code).toBe('NOT_FOUND');
  });

  it('names what the caller asked for when the handoff is hidden', async () => {
    const error = await refused(
      access.lockForHandingTenant(manager, otherCounty, HANDOFF_ID, refusal, {
        what: { zh: '满意度测评', en: 'Evaluation' },
        id: 'e1',
      }),
    );
    expect(error.extensions).toMatchObject({
      zh: '满意度测评不存在或无权查看',
      en: 'Evaluation not found (e1).',
    });
  });
});
