import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { SessionKind } from './session-kind';

/** A sitting of the office (常委会第 n 次会议, 主任会议 …) that deliberated reports. */
@Entity('session')
@Index('session_tenant_id_held_on_idx', ['tenantId', 'heldOn'])
export class SessionEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  kind!: SessionKind;

  /** 第几次会议 */
  @Column('int')
  number!: number;

  @Column('timestamptz')
  heldOn!: Date;

  @Column('text')
  title!: string;

  @Column('uuid')
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
