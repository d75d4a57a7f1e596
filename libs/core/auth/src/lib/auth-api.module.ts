import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthModule } from './auth.module';
import { AuthResolver } from './auth.resolver';

@Module({
  imports: [AuthModule],
  providers: [AuthResolver, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthApiModule {}
