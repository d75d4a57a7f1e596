import { DepartmentEntity } from './department.entity';
import { DepartmentKind } from './department-kind';
import { assertReceivesWork } from './department-retirement';

function unit(retiredAt: Date | null): DepartmentEntity {
  return Object.assign(new DepartmentEntity(), {
    id: 'd',
    code: 'water',
    name: '洛阳市水利局',
    kind: DepartmentKind.GOVERNMENT_DEPARTMENT,
    retiredAt,
    tenantId: 't',
    tenantPath: '4103',
  });
}

describe('a retired unit receives nothing new', () => {
  it('lets an active unit receive work', () => {
    expect(() => assertReceivesWork(unit(null), 'departmentId')).not.toThrow();
  });

  it('refuses a retired one as BAD_USER_INPUT on the field that named it', () => {
    expect(() => assertReceivesWork(unit(new Date('2024-05-01T00:00:00Z')), 'input.departmentId')).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        details: {
          fields: [
            expect.objectContaining({
              field: 'input.departmentId',
              reason: 'DEPARTMENT_RETIRED',
              zh: '承办单位“洛阳市水利局”已撤销,不能再接收新的问题或交办事项',
            }),
          ],
        },
      }),
    );
  });
});
