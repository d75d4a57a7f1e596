import {
  Column,
  CreateDateColumn,
  DataSource,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ManualClock } from '@liandong/time';
import { ClockStampsSubscriber } from './clock-stamps.subscriber';
import { dataSourceOptions } from './data-source-options';

@Entity({ name: 'clock_stamp_probe' })
class ProbeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  label!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** On the real test database: records carry the Clock's time, not PostgreSQL's now(). */
describe('ClockStampsSubscriber', () => {
  const clock = new ManualClock(new Date('2023-05-10T09:30:00+08:00'));
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(
      dataSourceOptions({ url: process.env['DATABASE_URL'] as string, entities: [ProbeEntity], poolSize: 2 }),
    ).initialize();
    await dataSource.query(`CREATE TABLE IF NOT EXISTS clock_stamp_probe (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      label text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    new ClockStampsSubscriber(dataSource, clock);
  });
  afterAll(async () => {
    await dataSource.query('DROP TABLE IF EXISTS clock_stamp_probe');
    await dataSource.destroy();
  });

  const probes = () => dataSource.getRepository(ProbeEntity);

  it('stamps an insert with the clock’s time', async () => {
    const { identifiers } = await probes().insert({ label: 'inserted' });
    const row = await probes().findOneByOrFail({ id: identifiers[0]?.['id'] as string });
    expect(row.createdAt.toISOString()).toBe('2023-05-10T01:30:00.000Z');
    expect(row.updatedAt.toISOString()).toBe('2023-05-10T01:30:00.000Z');
  });

  it('stamps a saved entity too, and keeps a time the caller gives', async () => {
    const saved = await probes().save(probes().create({ label: 'saved' }));
    expect((await probes().findOneByOrFail({ id: saved.id })).createdAt.toISOString()).toBe(
      clock.now().toISOString(),
    );
    const given = new Date('2023-01-03T01:00:00.000Z');
    const { identifiers } = await probes().insert({ label: 'given', createdAt: given });
    const row = await probes().findOneByOrFail({ id: identifiers[0]?.['id'] as string });
    expect(row.createdAt.toISOString()).toBe(given.toISOString());
  });

  it('moves only the updated time on an update, to the clock’s new now', async () => {
    const { identifiers } = await probes().insert({ label: 'before' });
    const id = identifiers[0]?.['id'] as string;
    const created = clock.now().toISOString();
    clock.advance(3 * 24 * 3600 * 1000);
    await probes().update({ id }, { label: 'after' });
    const row = await probes().findOneByOrFail({ id });
    expect(row.label).toBe('after');
    expect(row.createdAt.toISOString()).toBe(created);
    expect(row.updatedAt.toISOString()).toBe(clock.now().toISOString());
  });
});
