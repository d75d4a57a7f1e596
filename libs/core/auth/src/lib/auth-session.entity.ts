import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { AccountEntity } from './account.entity';

/** Why a session ended before its expiry. */
export enum SessionRevocation {
  LOGOUT = 'LOGOUT',
  /** Its refresh token was exchanged for the next session of the family. */
  ROTATED = 'ROTATED',
  /** A rotated refresh token came back: someone holds a copy, so the whole family ends. */
  REUSED = 'REUSED',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  /** An administrator issued a new password: the person signs in with it and must change it. */
  PASSWORD_RESET = 'PASSWORD_RESET',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  /** An administrator ended the account's sessions (a lost phone, a shared screen). */
  ENDED_BY_ADMINISTRATOR = 'ENDED_BY_ADMINISTRATOR',
}

/**
 * One sign-in, renewed by its refresh token. Each renewal ends this row (ROTATED) and starts the next one of
 * the same family, so an old refresh token presented again is recognised and ends the family.
 * Only the refresh token's SHA-256 is kept.
 */
@Entity('auth_session')
@Index('auth_session_account_id_idx', ['accountId'])
@Index('auth_session_family_id_idx', ['familyId'])
@Index('auth_session_tenant_id_idx', ['tenantId'])
export class AuthSessionEntity extends TenantOwnedEntity {
  /** Given by the service on insert, so the first session of a family can name itself as the family. */
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  /** The id of the family's first session (the sign-in itself). */
  @Column('uuid')
  familyId!: string;

  /** Hex SHA-256 of the refresh token. */
  @Index('auth_session_refresh_token_hash_key', { unique: true })
  @Column('text')
  refreshTokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the refresh token stops working. */
  @Column('timestamptz')
  expiresAt!: Date;

  /** When the session was started or its refresh token last presented. */
  @Column('timestamptz')
  lastUsedAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('text', { nullable: true })
  revokedReason!: SessionRevocation | null;
}
