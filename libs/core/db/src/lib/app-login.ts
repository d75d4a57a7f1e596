import { DataSource } from 'typeorm';
import { APP_ROLE } from './tenant-wall';

/**
 * Lets the API log in as the application role with the user and password of `APP_DATABASE_URL`: that very
 * role, or a login role that inherits it (and nothing else). Run by `liandong migrate` as the owner.
 */
export async function ensureAppLogin(dataSource: DataSource, appDatabaseUrl: string): Promise<string> {
  const url = new URL(appDatabaseUrl);
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  if (!user || !password) {
    throw new Error(
      'APP_DATABASE_URL 须包含用户名和密码 / APP_DATABASE_URL must carry a user and a password',
    );
  }
  const [existing] = await dataSource.query<Array<{ privileged: boolean }>>(
    'SELECT rolsuper OR rolbypassrls AS privileged FROM pg_roles WHERE rolname = $1',
    [user],
  );
  if (existing?.privileged) {
    throw new Error(`APP_DATABASE_URL 的用户 ${user} 可绕过行级安全 / ${user} bypasses row-level security`);
  }
  const statement = existing
    ? 'ALTER ROLE %I WITH LOGIN PASSWORD %L'
    : 'CREATE ROLE %I WITH LOGIN PASSWORD %L';
  const [{ sql }] = await dataSource.query<[{ sql: string }]>(
    `SELECT format($1, $2::text, $3::text) AS sql`,
    [statement, user, password],
  );
  await dataSource.query(sql);
  if (user !== APP_ROLE) {
    const [{ grant }] = await dataSource.query<[{ grant: string }]>(
      `SELECT format('GRANT ${APP_ROLE} TO %I', $1::text) AS grant`,
      [user],
    );
    await dataSource.query(grant);
  }
  return user;
}
