import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccountRepository } from '@liandong/auth';
import { AppException, parseId, requireReason, Said } from '@liandong/errors';
import { jobId } from '@liandong/queue';
import { Caller, CommitteeRepository, isDepartmentCaller, Role } from '@liandong/tenancy';
import { NotificationsService } from './notifications.service';

export const COMMITTEE_PRESSED = 'COMMITTEE_PRESSED';
export const MAX_PRESS_MESSAGE = 500;

const COMMITTEE: Said = { zh: '委室', en: 'Committee' };

/** The coordination office (统筹办), or a coordinator who belongs to no committee: those who steer the committees. */
export function coordinatesCommittees(caller: Caller): boolean {
  if (isDepartmentCaller(caller)) {
    return false;
  }
  return caller.committee ? caller.committee.coordinates : caller.roles.includes(Role.COORDINATOR);
}

/** 督促: the coordination office presses one of its own office's committees, whose staff get a notice. */
@Injectable()
export class CommitteePressService {
  constructor(
    private readonly committees: CommitteeRepository,
    private readonly accounts: AccountRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async press(caller: Caller, committeeId: string, message: string): Promise<void> {
    if (!coordinatesCommittees(caller)) {
      throw AppException.forbidden('NOT_COORDINATION_OFFICE', {
        zh: '只有统筹办可以督促委室',
        en: 'Only the coordination office presses a committee.',
      });
    }
    const text = requireReason(message, 'message', { zh: '督促委室', en: 'Pressing a committee' });
    if (text.length > MAX_PRESS_MESSAGE) {
      throw AppException.badInput('message', 'TEXT_TOO_LONG', {
        zh: `督促内容不能超过 ${MAX_PRESS_MESSAGE} 字`,
        en: `at most ${MAX_PRESS_MESSAGE} characters`,
      });
    }
    const committee = await this.committees.findById(parseId(committeeId, 'committeeId'));
    if (!committee || committee.tenantId !== caller.tenantId) {
      throw AppException.notFound(COMMITTEE, committeeId);
    }
    if (committee.retiredAt !== null) {
      throw AppException.conflict('COMMITTEE_RETIRED', {
        zh: `${committee.name}已撤销,不能督促`,
        en: 'The committee is retired.',
      });
    }
    if (committee.coordinates) {
      throw AppException.badInput('committeeId', 'COMMITTEE_COORDINATES', {
        zh: '统筹办不督促自身,请选择一个委室',
        en: 'The coordination office presses the other committees, not itself.',
      });
    }
    await this.notifications.send({
      tenantId: caller.tenantId,
      departmentId: null,
      committeeId: committee.id,
      kind: COMMITTEE_PRESSED,
      message: `${await this.pressedBy(caller)}督促${committee.name}:${text}`,
      handoffId: null,
      // Each pressing is its own notice, however alike.
      dedupeKey: jobId(COMMITTEE_PRESSED.toLowerCase(), committee.id, randomUUID()),
    });
  }

  /** Who pressed, as the notice names them: their committee (统筹办) and name, e.g. 「统筹办 王明」. */
  private async pressedBy(caller: Caller): Promise<string> {
    const [account, own] = await Promise.all([
      this.accounts.findById(caller.userId),
      caller.committee ? this.committees.findById(caller.committee.id) : Promise.resolve(null),
    ]);
    const name = account?.displayName ?? caller.username;
    return own ? `${own.name} ${name} ` : `${name}(协调人)`;
  }
}
