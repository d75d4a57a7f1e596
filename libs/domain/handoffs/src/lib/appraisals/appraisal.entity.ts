import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from '@liandong/tenancy';
import { CalendarDay } from '@liandong/time';
import { EvaluationResult, EvaluationScheme } from '../evaluations/evaluation.entity';

export enum AppraisalKind {
  PERFORMANCE = 'PERFORMANCE',
  BUSINESS_ENVIRONMENT = 'BUSINESS_ENVIRONMENT',
  SATISFACTION = 'SATISFACTION',
  WORK = 'WORK',
}

export enum AppraisalStatus {
  DRAFT = 'DRAFT',
  VOTING = 'VOTING',
  DECIDED = 'DECIDED',
}

export enum AppraisalSubjectKind {
  UNIT = 'UNIT',
  REPORT = 'REPORT',
  PERSON = 'PERSON',
}

export enum AppraisalGroupKind {
  MEMBERS = 'MEMBERS',
  DEPUTIES = 'DEPUTIES',
  PUBLIC = 'PUBLIC',
  PARTY = 'PARTY',
  OTHER = 'OTHER',
}

/** An appraisal (评议) held by a tenant, under a project and/or a session, by the rules of one scheme. */
@Entity('appraisal')
@Index('appraisal_tenant_id_held_on_idx', ['tenantId', 'heldOn'])
export class AppraisalEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  @Column('text')
  kind!: AppraisalKind;

  @Column('uuid', { nullable: true })
  projectId!: string | null;

  @Column('uuid', { nullable: true })
  sessionId!: string | null;

  @Column('text')
  scheme!: EvaluationScheme;

  @Column('date')
  heldOn!: CalendarDay;

  @Column('text')
  status!: AppraisalStatus;

  /** The day failing subjects re-report by, set on decide. */
  @Column('date', { nullable: true })
  reReportBy!: CalendarDay | null;

  @Column('uuid')
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;
}

/** What is appraised: a unit, a report, or a named person with their post (员额法官 张三). */
@Entity('appraisal_subject')
@Index('appraisal_subject_appraisal_id_idx', ['appraisalId'])
export class AppraisalSubjectEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  appraisalId!: string;

  @Column('int')
  position!: number;

  @Column('text')
  kind!: AppraisalSubjectKind;

  @Column('text')
  name!: string;

  /** A person's post and organisation (员额法官 洛阳市中级人民法院). */
  @Column('text', { nullable: true })
  post!: string | null;

  /** The unit that answers for the subject and re-reports when it fails. */
  @Column('uuid')
  departmentId!: string;

  /** The ledger item of its re-report (整改再报告), when it failed. */
  @Column('uuid', { nullable: true })
  reReportItemId!: string | null;

  @Column('text', { nullable: true })
  reReportSummary!: string | null;

  @Column('timestamptz', { nullable: true })
  reReportedAt!: Date | null;
}

/** A voter group (常委会组成人员, 人大代表, 服务对象 …) and how many of it may vote. */
@Entity('appraisal_group')
@Index('appraisal_group_appraisal_id_idx', ['appraisalId'])
export class AppraisalGroupEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  appraisalId!: string;

  @Column('int')
  position!: number;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: AppraisalGroupKind;

  @Column('int')
  eligible!: number;
}

/** One group's votes (or scores) on one subject, recorded once. */
@Entity('appraisal_vote')
@Index('appraisal_vote_subject_group_key', ['subjectId', 'groupId'], { unique: true })
@Index('appraisal_vote_appraisal_id_idx', ['appraisalId'])
export class AppraisalVoteEntity extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  appraisalId!: string;

  @Column('uuid')
  subjectId!: string;

  @Column('uuid')
  groupId!: string;

  @Column('int')
  satisfied!: number;

  @Column('int')
  basicallySatisfied!: number;

  @Column('int')
  unsatisfied!: number;

  /** SCORE_100: the number of scores, so the groups' averages combine by weight. */
  @Column('int', { default: 0 })
  scoreCount!: number;

  @Column('double precision', { nullable: true })
  averageScore!: number | null;

  @Column('text')
  result!: EvaluationResult;

  @Column('uuid')
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
