import { EntityManager } from 'typeorm';
import { FindingStatus } from '@liandong/findings';
import { HandoffStatus } from './handoff-status';
import { HandoffEntity } from './handoff.entity';
import { HandoffsRepository } from './handoffs.repository';

/**
 * Sends a replied or closed handoff back to RECTIFYING (an unsatisfied evaluation, a relapse found by
 * the look-back): the reply and the closure no longer stand, and its closed findings are worked again.
 * With `recurrence`, every finding of the handoff is marked as recurring (屡改屡犯). The caller holds
 * the handoff's row lock.
 */
export async function reopenHandoff(
  manager: EntityManager,
  handoffs: HandoffsRepository,
  handoff: HandoffEntity,
  options: { recurrence?: boolean } = {},
): Promise<HandoffEntity> {
  const changes: Partial<HandoffEntity> = {
    status: HandoffStatus.RECTIFYING,
    closedAt: null,
    repliedAt: null,
  };
  await handoffs.update(manager, handoff.id, changes);
  await handoffs.setFindingStatus(manager, handoff.id, [FindingStatus.CLOSED], FindingStatus.RECTIFYING);
  if (options.recurrence) {
    await manager.query('UPDATE finding SET recurrence = true WHERE handoff_id = $1', [handoff.id]);
  }
  return { ...handoff, ...changes };
}
