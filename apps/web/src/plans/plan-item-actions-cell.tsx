import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { errorMessage } from '../common/error-message';
import {
  CompletePlanItemDocument,
  StartOwnSupervisionDocument,
  StartPlanItemDocument,
  type PlanItemRowFragment,
} from '../graphql/generated/graphql';
import type { PlanItemAction } from './plan-item-actions';
import { AdjustPlanItemDialog, SchedulePlanItemDialog } from './plan-item-dialogs';

const REFRESH = { additionalTypenames: ['PlanItem', 'PlanFigures'] };

/** The buttons of one plan item; a refusal is told in a message, the item stays as it was. */
export function PlanItemActionsCell({
  item,
  actions,
}: {
  item: PlanItemRowFragment;
  actions: readonly PlanItemAction[];
}) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [starting, start] = useMutation(StartPlanItemDocument);
  const [completing, complete] = useMutation(CompletePlanItemDocument);
  const [supervising, superviseOwn] = useMutation(StartOwnSupervisionDocument);
  const [dialog, setDialog] = useState<'adjust' | 'schedule' | null>(null);
  if (actions.length === 0) {
    return null;
  }

  const told = (error: CombinedError | undefined, done: string) => {
    if (error) {
      void message.error(errorMessage(error));
    } else {
      void message.success(done);
    }
  };

  const openOwnTask = async () => {
    const result = await superviseOwn({ planItemId: item.id }, { additionalTypenames: ['Assignment'] });
    if (result.error) {
      void message.error(errorMessage(result.error));
    } else if (result.data) {
      // The office's own task: activities (暗访 included) and findings are recorded there as usual.
      void navigate(`/tasks/${result.data.startOwnSupervision.id}`);
    }
  };

  return (
    <Space size={4} wrap data-testid="plan-item-actions">
      {actions.includes('start') && (
        <Popconfirm
          title={`启动「${item.title}」?`}
          okText="启动"
          cancelText="取消"
          onConfirm={() =>
            void start({ id: item.id }, REFRESH).then((result) => told(result.error, '已启动'))
          }
        >
          <Button size="small" type="primary" loading={starting.fetching}>
            启动
          </Button>
        </Popconfirm>
      )}
      {actions.includes('complete') && (
        <Popconfirm
          title={`「${item.title}」已完成?`}
          okText="完成"
          cancelText="取消"
          onConfirm={() =>
            void complete({ id: item.id }, REFRESH).then((result) => told(result.error, '已完成'))
          }
        >
          <Button size="small" type="primary" loading={completing.fetching}>
            完成
          </Button>
        </Popconfirm>
      )}
      {actions.includes('adjust') && (
        <Button size="small" onClick={() => setDialog('adjust')}>
          调整
        </Button>
      )}
      {actions.includes('schedule') && (
        <Button size="small" onClick={() => setDialog('schedule')}>
          安排
        </Button>
      )}
      {actions.includes('superviseOwn') && (
        <Button size="small" loading={supervising.fetching} onClick={() => void openOwnTask()}>
          本级监督
        </Button>
      )}
      {dialog === 'adjust' && <AdjustPlanItemDialog item={item} onClose={() => setDialog(null)} />}
      {dialog === 'schedule' && <SchedulePlanItemDialog item={item} onClose={() => setDialog(null)} />}
    </Space>
  );
}
