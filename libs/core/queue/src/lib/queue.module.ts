import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEntity } from './outbox.entity';
import { OutboxService } from './outbox.service';

export const queueEntities = [OutboxEntity];

@Module({
  imports: [TypeOrmModule.forFeature(queueEntities)],
  providers: [OutboxService],
  exports: [OutboxService],
})
export class QueueModule {}
