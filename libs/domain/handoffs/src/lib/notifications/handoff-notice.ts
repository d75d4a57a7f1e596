import { jobId } from '@liandong/queue';
import { HandoffEntity } from '../handoff.entity';
import { Notice } from './notifications.repository';

type Noticed = Pick<HandoffEntity, 'id' | 'tenantId' | 'departmentId'>;

/** A notice about a handoff to the office of the tenant that handed it over; `key` tells repeats apart. */
export function noticeToTenant(handoff: Noticed, kind: string, message: string, key: string): Notice {
  return {
    tenantId: handoff.tenantId,
    departmentId: null,
    kind,
    message,
    handoffId: handoff.id,
    dedupeKey: jobId(kind.toLowerCase(), handoff.id, key, 'tenant'),
  };
}

/** A notice about a handoff to the department that holds it; `key` tells repeats apart. */
export function noticeToDepartment(handoff: Noticed, kind: string, message: string, key: string): Notice {
  return {
    tenantId: handoff.tenantId,
    departmentId: handoff.departmentId,
    kind,
    message,
    handoffId: handoff.id,
    dedupeKey: jobId(kind.toLowerCase(), handoff.id, key, 'department'),
  };
}
