import { CallHandler, ExecutionContext, Injectable, NestInterceptor, NestMiddleware } from '@nestjs/common';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { RequestScope } from './request-scope';

interface ClosingResponse {
  once(event: 'close', listener: () => void): unknown;
}

/** Gives every HTTP request its own database transaction; a request that ends unanswered rolls it back. */
@Injectable()
export class RequestScopeMiddleware implements NestMiddleware {
  constructor(private readonly scope: RequestScope) {}

  use(_req: unknown, res: ClosingResponse, next: () => void): void {
    const transaction = this.scope.begin();
    // Normally finished before the answer is written (see below); this only catches the abandoned ones.
    res.once('close', () => void transaction.finish(false).catch(() => undefined));
    this.scope.enter(transaction, next);
  }
}

/**
 * Commits a plain-HTTP request's transaction once its handler has succeeded and before the answer goes out,
 * so a client that reads right after a write sees it; a failed handler rolls back. GraphQL requests are
 * ended by the Apollo plugin instead, after the whole operation.
 */
@Injectable()
export class RequestScopeInterceptor implements NestInterceptor {
  constructor(private readonly scope: RequestScope) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') {
      return next.handle();
    }
    return next.handle().pipe(
      mergeMap((value: unknown) => from(this.scope.finish(true).then(() => value))),
      catchError((error: unknown) =>
        from(this.scope.finish(false)).pipe(mergeMap(() => throwError(() => error))),
      ),
    );
  }
}
