import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException } from '@liandong/errors';
import { Caller, Role, TenantLevel } from '@liandong/tenancy';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AuthenticatedRequest } from './current-session.decorator';
import { OpenBeforePasswordChange } from './password-change.decorator';
import { Public } from './public.decorator';

class Handlers {
  @Public()
  login(): void {
    // a sign-in entry point
  }

  @OpenBeforePasswordChange()
  me(): void {
    // reads the caller
  }

  jointProjects(): void {
    // any other operation
  }
}

const caller: Caller = {
  userId: '00000000-0000-4000-8000-000000000001',
  username: '4103-caijing-wang',
  tenantId: '00000000-0000-4000-8000-000000000002',
  tenantPath: '4103',
  tenantLevel: TenantLevel.CITY,
  roles: [Role.MEMBER],
  departmentId: null,
  committee: null,
};

function contextOf(handler: keyof Handlers, req: AuthenticatedRequest): ExecutionContext {
  return {
    getType: () => 'http',
    // The guard reads the handler's metadata only; it never calls it.
    getHandler: () => Object.getOwnPropertyDescriptor(Handlers.prototype, handler)?.value as unknown,
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

function setUp(mustChangePassword: boolean): { guard: AuthGuard; authenticate: jest.Mock } {
  const authenticate = jest.fn().mockResolvedValue({ caller, sessionId: 'session', mustChangePassword });
  const guard = new AuthGuard(new Reflector(), { authenticate } as unknown as AuthService);
  return { guard, authenticate };
}

const bearer = (): AuthenticatedRequest => ({ headers: { authorization: 'Bearer token' } });

async function refusal(promise: Promise<unknown>): Promise<AppException> {
  const error: unknown = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppException)) {
    throw new Error(`expected a refusal, got ${String(error)}`);
  }
  return error;
}

describe('AuthGuard and an issued password', () => {
  it('lets an account that changed its password do anything its roles allow', async () => {
    const { guard } = setUp(false);
    await expect(guard.canActivate(contextOf('jointProjects', bearer()))).resolves.toBe(true);
  });

  it('refuses every unmarked operation while the password must change, GraphQL field or HTTP route alike', async () => {
    const { guard } = setUp(true);
    const error = await refusal(guard.canActivate(contextOf('jointProjects', bearer())));
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PASSWORD_CHANGE_REQUIRED',
      zh: '请先修改初始密码',
    });
  });

  it('lets the marked operations through', async () => {
    const { guard } = setUp(true);
    await expect(guard.canActivate(contextOf('me', bearer()))).resolves.toBe(true);
  });

  it('checks each root field of one request, authenticating once', async () => {
    const { guard, authenticate } = setUp(true);
    const req = bearer();
    await expect(guard.canActivate(contextOf('me', req))).resolves.toBe(true);
    expect(req).toMatchObject({ caller, mustChangePassword: true });
    const error = await refusal(guard.canActivate(contextOf('jointProjects', req)));
    expect(error.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(authenticate).toHaveBeenCalledTimes(1);
  });

  it('asks nothing of a sign-in', async () => {
    const { guard, authenticate } = setUp(true);
    await expect(guard.canActivate(contextOf('login', { headers: {} }))).resolves.toBe(true);
    expect(authenticate).not.toHaveBeenCalled();
  });

  it('still needs a token', async () => {
    const { guard } = setUp(false);
    const error = await refusal(guard.canActivate(contextOf('jointProjects', { headers: {} })));
    expect(error.code).toBe('UNAUTHENTICATED');
  });
});
