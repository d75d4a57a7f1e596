import { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import { Observable, throwError, timeout } from 'rxjs';
import { OperationTimeoutError } from '@liandong/errors';

/**
 * Answers a GraphQL query whose root field is still resolving after `timeoutMs` (formatGraphqlError words
 * it). The root fields of a query start together, so this bounds the operation; the fields below them are
 * batched loaders. Mutations are left to finish: one cut off here would go on running and could still
 * commit, and its client must learn the real outcome.
 */
export class OperationTimeoutInterceptor implements NestInterceptor {
  constructor(private readonly timeoutMs: number) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.isQuery(context)) {
      return next.handle();
    }
    return next.handle().pipe(
      timeout({
        first: this.timeoutMs,
        with: () => throwError(() => new OperationTimeoutError(this.timeoutMs)),
      }),
    );
  }

  private isQuery(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') {
      return false;
    }
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    return info.operation.operation === OperationTypeNode.QUERY;
  }
}
