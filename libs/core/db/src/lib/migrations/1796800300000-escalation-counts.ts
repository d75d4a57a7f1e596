import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../tenant-wall';

/**
 * How many escalations were raised at each level, platform-wide, for the API's /metrics. Row-level security
 * shows the application role only its caller's escalations; this function returns counts, nothing else.
 */
export class EscalationCounts1796800300000 implements MigrationInterface {
  name = 'EscalationCounts1796800300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION liandong_escalation_counts() RETURNS TABLE (level integer, raised bigint)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT e.level, count(*) FROM escalation e GROUP BY e.level $$`);
    await queryRunner.query('REVOKE EXECUTE ON FUNCTION liandong_escalation_counts() FROM PUBLIC');
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION liandong_escalation_counts() TO ${APP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION liandong_escalation_counts()');
  }
}
