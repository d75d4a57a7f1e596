import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Plan items move (监督法: the plan is carried out, and may be adjusted): each has a planned month, the sitting
 * it goes to and its method, and a status 未启动 → 已启动 → 已完成, or 已调整 with the reason and the decision
 * that adjusted it. The table keeps its tenant wall (through its plan) and its audit trigger.
 */
export class PlanItemStatus1796500000000 implements MigrationInterface {
  name = 'PlanItemStatus1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_item" ADD "planned_month" integer`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD "session" text`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD "method" text`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD "status" text NOT NULL DEFAULT 'NOT_STARTED'`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD "started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD "completed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD "adjusted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD "adjust_reason" text`);
    await queryRunner.query(`ALTER TABLE "plan_item" ADD "adjust_decision" text`);
    await queryRunner.query(
      `ALTER TABLE "plan_item" ADD CONSTRAINT "plan_item_planned_month_check" CHECK ("planned_month" BETWEEN 1 AND 12)`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_item" ADD CONSTRAINT "plan_item_status_check" CHECK ("status" IN ('NOT_STARTED', 'STARTED', 'COMPLETED', 'ADJUSTED'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "plan_item_status_check"`);
    await queryRunner.query(`ALTER TABLE "plan_item" DROP CONSTRAINT "plan_item_planned_month_check"`);
    for (const column of [
      'adjust_decision',
      'adjust_reason',
      'adjusted_at',
      'completed_at',
      'started_at',
      'status',
      'method',
      'session',
      'planned_month',
    ]) {
      await queryRunner.query(`ALTER TABLE "plan_item" DROP COLUMN "${column}"`);
    }
  }
}
