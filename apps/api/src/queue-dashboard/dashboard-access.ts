import { Injectable } from '@nestjs/common';
import { AppException } from '@liandong/errors';
import { AuthService } from '@liandong/auth';
import { RequestScope } from '@liandong/db';
import { Caller, pathLabels, Role } from '@liandong/tenancy';

/**
 * Who may open the queue dashboard: job payloads span every tenant, so only the deployment's administrator —
 * an ADMIN of a root tenant (one without a parent) — not a county's or township's ADMIN.
 */
export function mayOpenQueueDashboard(caller: Caller): boolean {
  return caller.roles.includes(Role.ADMIN) && pathLabels(caller.tenantPath).length === 1;
}

function notRootAdmin(): AppException {
  return AppException.forbidden('QUEUE_DASHBOARD_FORBIDDEN', {
    zh: '仅平台管理员(最上级单位的管理员)可查看队列监控',
    en: "Only the platform's administrator (an ADMIN of the top-level tenant) may open the queue dashboard.",
  });
}

/**
 * Checks a bearer token against the session store on every dashboard request, so a revoked or expired session
 * is refused at once. The dashboard is mounted outside Nest's request pipeline: the check opens (and rolls
 * back) its own request transaction, which row-level security needs to read the session.
 */
@Injectable()
export class DashboardAccess {
  constructor(
    private readonly auth: AuthService,
    private readonly scope: RequestScope,
  ) {}

  /** The caller, when allowed; an UNAUTHENTICATED or FORBIDDEN AppException otherwise. */
  async admit(token: string): Promise<Caller> {
    const transaction = this.scope.begin();
    try {
      const { caller, mustChangePassword } = await this.scope.enter(transaction, () =>
        this.auth.authenticate(token),
      );
      if (mustChangePassword || !mayOpenQueueDashboard(caller)) {
        throw notRootAdmin();
      }
      return caller;
    } finally {
      await transaction.finish(false);
    }
  }
}
