import { Module } from '@nestjs/common';
import { AuthModule } from '@liandong/auth';
import { QueueInspectionModule } from '../queue-inspection/queue-inspection.module';
import { DashboardAccess } from './dashboard-access';

@Module({
  imports: [AuthModule, QueueInspectionModule],
  providers: [DashboardAccess],
  exports: [DashboardAccess, QueueInspectionModule],
})
export class QueueDashboardModule {}
