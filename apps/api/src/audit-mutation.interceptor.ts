import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { from, mergeMap, Observable } from 'rxjs';
import { Db, recordMutation } from '@liandong/db';

/**
 * Writes an audit row for every mutation that succeeds, in the request's transaction: what was asked (a
 * digest of the arguments) and what was answered (a digest of the result). The row changes it caused are
 * recorded by the database's own triggers alongside. A refused mutation changes nothing and leaves no row.
 */
@Injectable()
export class AuditMutationInterceptor implements NestInterceptor {
  constructor(private readonly db: Db) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') {
      return next.handle();
    }
    const graphql = GqlExecutionContext.create(context);
    const info = graphql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') {
      return next.handle();
    }
    return next
      .handle()
      .pipe(
        mergeMap((result: unknown) =>
          from(
            recordMutation(this.db.manager, { name: info.fieldName, args: graphql.getArgs(), result }).then(
              () => result,
            ),
          ),
        ),
      );
  }
}
