import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * A committee or working body of a people's congress standing committee (财政经济委员会, 代表工作委员会 …). The
 * one that `coordinates` is the coordination office (统筹办): it sees every committee's work and presses them.
 * Committees of different tiers that do the same work share a code (财经委 `caijing` at city and county), which
 * is how a committee's staff find the joint projects led by their counterpart above.
 */
@Entity('committee')
@Index('committee_tenant_id_code_key', ['tenantId', 'code'], { unique: true })
export class CommitteeEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  @Column('boolean', { default: false })
  coordinates!: boolean;

  @Column('timestamptz', { nullable: true })
  retiredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
