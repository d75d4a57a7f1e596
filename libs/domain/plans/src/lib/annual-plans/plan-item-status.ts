import { registerEnumType } from '@nestjs/graphql';

/** Where a plan item stands in the year (监督法: the plan is carried out, and may be adjusted). */
export enum PlanItemStatus {
  NOT_STARTED = 'NOT_STARTED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  ADJUSTED = 'ADJUSTED',
}

registerEnumType(PlanItemStatus, {
  name: 'PlanItemStatus',
  description: '计划项目的状态:未启动 / 已启动 / 已完成 / 已调整 (not started, started, completed, adjusted)',
  valuesMap: {
    NOT_STARTED: { description: '未启动' },
    STARTED: { description: '已启动' },
    COMPLETED: { description: '已完成' },
    ADJUSTED: { description: '已调整 (by a decision, with its reason)' },
  },
});
