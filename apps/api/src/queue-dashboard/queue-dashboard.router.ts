import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Router } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { AppException, ErrorCode } from '@liandong/errors';
import type { Queue } from 'bullmq';
import { DashboardAccess } from './dashboard-access';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'liandong_queues';
/** The cookie outlives no access token (15 minutes by default); the session behind it is checked each time. */
const COOKIE_MAX_AGE_MS = 10 * 60 * 1000;

function bearerOf(req: Request): string | undefined {
  return req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
}

function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      return decodeURIComponent(value.join('='));
    }
  }
  return undefined;
}

function refuse(res: Response, error: unknown, next: NextFunction): void {
  if (!(error instanceof AppException)) {
    next(error);
    return;
  }
  const status = error.code === ErrorCode.FORBIDDEN ? 403 : 401;
  res.status(status).json({ message: error.message, ...error.extensions });
}

/**
 * Bull Board, read-only, over every queue, at /admin/queues. A browser navigation cannot send a bearer header,
 * so the console first POSTs its access token to /admin/queues/session, which sets an HttpOnly, SameSite=Strict
 * cookie for this path only; every later request (cookie or bearer) is checked against the session store.
 */
export function queueDashboardRouter(queues: Queue[], access: DashboardAccess): Router {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })),
    serverAdapter,
    options: { uiConfig: { boardTitle: '队列监控 · Queues' } },
  });

  const router = Router();
  router.post('/session', (req, res, next) => {
    const token = bearerOf(req);
    if (!token) {
      refuse(res, AppException.unauthenticated(), next);
      return;
    }
    access.admit(token).then(
      () => {
        res.cookie(COOKIE, token, {
          httpOnly: true,
          sameSite: 'strict',
          secure: req.secure,
          path: QUEUE_DASHBOARD_PATH,
          maxAge: COOKIE_MAX_AGE_MS,
        });
        res.status(204).end();
      },
      (error: unknown) => refuse(res, error, next),
    );
  });
  router.use((req, res, next) => {
    const token = bearerOf(req) ?? cookieOf(req, COOKIE);
    if (!token) {
      refuse(res, AppException.unauthenticated(), next);
      return;
    }
    access.admit(token).then(
      () => next(),
      (error: unknown) => refuse(res, error, next),
    );
  });
  router.use(serverAdapter.getRouter() as Router);
  return router;
}
