import { DataSource, EntityManager } from 'typeorm';

/** A table's generated columns and their Postgres types. */
export interface TableSpec {
  table: string;
  columns: ReadonlyArray<readonly [name: string, type: string]>;
}

/**
 * Rows held column by column, written with one INSERT ... SELECT FROM unnest(...) per table: a real
 * statement, so row triggers (the audit trail) and statement triggers fire as for any other insert.
 */
export class TableBuffer {
  private columns: unknown[][];
  private readonly sql: string;
  pending = 0;
  written = 0;

  constructor(readonly spec: TableSpec) {
    this.columns = spec.columns.map(() => []);
    const names = spec.columns.map(([name]) => `"${name}"`).join(', ');
    const arrays = spec.columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
    this.sql = `INSERT INTO "${spec.table}" (${names}) SELECT * FROM unnest(${arrays})`;
  }

  push(values: readonly unknown[]): void {
    values.forEach((value, index) => this.columns[index].push(value));
    this.pending += 1;
  }

  async flush(manager: EntityManager): Promise<void> {
    if (this.pending === 0) {
      return;
    }
    await manager.query(this.sql, this.columns);
    this.written += this.pending;
    this.pending = 0;
    this.columns = this.spec.columns.map(() => []);
  }
}

/** The tables in the order their foreign keys need; every flush writes them all in one transaction. */
export class RowWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly buffers: readonly TableBuffer[],
    private readonly batchSize: number,
  ) {}

  /** Writes when some table holds a batch; returns whether it wrote. */
  async flushIfFull(): Promise<boolean> {
    if (!this.buffers.some((buffer) => buffer.pending >= this.batchSize)) {
      return false;
    }
    await this.flush();
    return true;
  }

  async flush(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Generated data can be generated again: a batch need not wait for its commit to reach the disk.
      await manager.query('SET LOCAL synchronous_commit = off');
      for (const buffer of this.buffers) {
        await buffer.flush(manager);
      }
    });
  }

  get written(): number {
    return this.buffers.reduce((sum, buffer) => sum + buffer.written, 0);
  }
}
