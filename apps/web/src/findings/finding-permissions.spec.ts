import type { FindingStatus, Role } from '../graphql/generated/enums';
import { canDecide, canEditFinding } from './finding-permissions';

const actor = (roles: Role[], tenantId = 't1') => ({ roles, tenant: { id: tenantId } });
const finding = (status: FindingStatus, tenantId = 't1') => ({ status, tenant: { id: tenantId } });

describe('who may do what with findings', () => {
  it('lets only coordinators review and hand over', () => {
    expect(canDecide(actor(['COORDINATOR']))).toBe(true);
    expect(canDecide(actor(['MEMBER']))).toBe(false);
    expect(canDecide(actor(['VIEWER']))).toBe(false);
  });

  it.each<FindingStatus>(['REPORTED', 'RETURNED'])(
    'lets the reporting tenant edit a %s finding',
    (status) => {
      expect(canEditFinding(actor(['MEMBER']), finding(status))).toBe(true);
      expect(canEditFinding(actor(['COORDINATOR']), finding(status))).toBe(true);
    },
  );

  it.each<FindingStatus>(['ACCEPTED', 'HANDED_OVER', 'RECTIFYING', 'CLOSED', 'MERGED', 'DISMISSED'])(
    'locks a %s finding',
    (status) => {
      expect(canEditFinding(actor(['COORDINATOR']), finding(status))).toBe(false);
    },
  );

  it('never lets another tenant, or a read-only account, edit', () => {
    expect(canEditFinding(actor(['COORDINATOR'], 'parent'), finding('REPORTED'))).toBe(false);
    expect(canEditFinding(actor(['VIEWER']), finding('REPORTED'))).toBe(false);
  });
});
