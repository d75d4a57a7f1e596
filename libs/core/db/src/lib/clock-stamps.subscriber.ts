import { Injectable } from '@nestjs/common';
import { DataSource, EntitySubscriberInterface, InsertEvent, ObjectLiteral, UpdateEvent } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { Clock } from '@liandong/time';

/**
 * Stamps every entity's created/updated columns from the process's Clock instead of the database's
 * now(), so a record made while a test or the demo year moves the clock carries that clock's time.
 * A value the caller gives is kept.
 */
@Injectable()
export class ClockStampsSubscriber implements EntitySubscriberInterface {
  constructor(
    dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    dataSource.subscribers.push(this);
  }

  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    const now = this.clock.now();
    for (const column of [event.metadata.createDateColumn, event.metadata.updateDateColumn]) {
      stampUnlessGiven(column, event.entity, now);
    }
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    stampUnlessGiven(event.metadata.updateDateColumn, event.entity, this.clock.now());
  }
}

function stampUnlessGiven(
  column: ColumnMetadata | undefined,
  values: ObjectLiteral | undefined,
  now: Date,
): void {
  if (column && values && column.getEntityValue(values) === undefined) {
    column.setEntityValue(values, now);
  }
}
