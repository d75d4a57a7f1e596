import { Alert, App, Button, Space } from 'antd';
import { useState, type ComponentType } from 'react';
import { useMutation } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { SignHandoffDocument, type HandoffDetailFragment } from '../graphql/generated/graphql';
import { availableActions, type HandoffAction } from './handoff-actions';
import {
  CompleteMilestoneDialog,
  ExtensionDialog,
  ReportDialog,
  TransferDialog,
  type DialogProps,
} from './department-dialogs';
import { CreateEvaluationDialog, RecordVotesDialog } from './evaluation-dialogs';
import { AnswerOpinionDialog } from './opinion-dialogs';
import {
  DecideExtensionDialog,
  EscalateDialog,
  LookBackDialog,
  PlanMilestonesDialog,
  ReassignDialog,
  VerifyDialog,
} from './tenant-dialogs';
import { VerifyFindingsDialog } from './verification-dialog';

/** Every action but signing asks for something first, in its own dialog. */
const DIALOGS: Record<
  Exclude<HandoffAction, 'sign'>,
  { label: string; Dialog: ComponentType<DialogProps> }
> = {
  answerOpinion: { label: '报送研究处理情况报告', Dialog: AnswerOpinionDialog },
  completeMilestone: { label: '完成阶段节点', Dialog: CompleteMilestoneDialog },
  report: { label: '报告整改情况', Dialog: ReportDialog },
  requestExtension: { label: '申请延期', Dialog: ExtensionDialog },
  requestTransfer: { label: '申请转办', Dialog: TransferDialog },
  verify: { label: '验收', Dialog: VerifyDialog },
  verifyFindings: { label: '核查销号', Dialog: VerifyFindingsDialog },
  decideExtension: { label: '审批延期', Dialog: DecideExtensionDialog },
  planMilestones: { label: '设定阶段节点', Dialog: PlanMilestonesDialog },
  reassign: { label: '改派', Dialog: ReassignDialog },
  escalate: { label: '督办', Dialog: EscalateDialog },
  recordLookBack: { label: '记录回头看', Dialog: LookBackDialog },
  createEvaluation: { label: '发起满意度测评', Dialog: CreateEvaluationDialog },
  recordVotes: { label: '录入测评票数', Dialog: RecordVotesDialog },
};

/** The buttons this account may press on this handoff; their errors show right under them. */
export function HandoffActionsBar({ handoff }: { handoff: HandoffDetailFragment }) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [signing, sign] = useMutation(SignHandoffDocument);
  const [signError, setSignError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<HandoffAction | null>(null);

  const actions = availableActions({
    roles: user.roles,
    handingOver: handoff.fromTenant.id === user.tenant.id,
    status: handoff.status,
    pendingExtension: handoff.extensions.some((request) => request.status === 'PENDING'),
    openMilestones: handoff.milestones.some((milestone) => !milestone.doneAt),
    openLookBack: handoff.lookBack !== null && !handoff.lookBack.doneAt,
    evaluationAwaitingVotes: handoff.evaluations.some((evaluation) => evaluation.result === null),
    opinionItem: handoff.opinion !== null,
  });
  if (actions.length === 0) {
    return null;
  }

  const signNow = async () => {
    setSignError(null);
    const result = await sign({ id: handoff.id });
    if (result.error) {
      setSignError(errorMessage(result.error));
    } else {
      void message.success('已签收');
    }
  };

  return (
    <div data-testid="handoff-actions">
      <Space wrap>
        {actions.map((action) =>
          action === 'sign' ? (
            <Button key={action} type="primary" loading={signing.fetching} onClick={() => void signNow()}>
              签收
            </Button>
          ) : (
            <Button
              key={action}
              type={
                action === 'report' || action === 'verify' || action === 'answerOpinion'
                  ? 'primary'
                  : 'default'
              }
              onClick={() => setDialog(action)}
            >
              {DIALOGS[action].label}
            </Button>
          ),
        )}
      </Space>
      {signError && <Alert type="error" showIcon message={signError} style={{ marginTop: 12 }} />}
      {actions.map((action) => {
        if (action === 'sign') {
          return null;
        }
        const { Dialog } = DIALOGS[action];
        return (
          <Dialog key={action} handoff={handoff} open={dialog === action} onClose={() => setDialog(null)} />
        );
      })}
    </div>
  );
}
