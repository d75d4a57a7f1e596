import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@liandong/config';
import { AccountEntity } from './account.entity';
import { AccountRepository } from './account.repository';
import { AuthSessionEntity } from './auth-session.entity';
import { AuthSessionRepository } from './auth-session.repository';
import { AuthService } from './auth.service';

export const authEntities = [AccountEntity, AuthSessionEntity];

@Module({
  imports: [
    TypeOrmModule.forFeature(authEntities),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.auth.jwtSecret,
        signOptions: { algorithm: 'HS256', issuer: 'liandong' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'liandong' },
      }),
    }),
  ],
  providers: [AccountRepository, AuthSessionRepository, AuthService],
  exports: [AccountRepository, AuthService],
})
export class AuthModule {}
