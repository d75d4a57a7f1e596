import { Alert, Button, Card } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { FindingReferralsDocument, HandoffReferralsDocument } from '../graphql/generated/graphql';
import { ReferDialog, REFERRAL_REFRESH } from './referral-dialogs';
import { ReferralsTable } from './referrals-table';

/** Only an office's coordinators refer (移送) what lies in their subtree; the API holds the rest. */
function useMayRefer(): boolean {
  return useCurrentUser().roles.includes('COORDINATOR');
}

/** 线索移送 of one finding: its referrals, and the 移送 button for the office's coordinator. */
export function FindingReferralsCard({ findingId }: { findingId: string }) {
  const [result] = useQuery({
    query: FindingReferralsDocument,
    variables: { id: findingId },
    context: REFERRAL_REFRESH,
  });
  const [referring, setReferring] = useState(false);
  const mayRefer = useMayRefer();
  return (
    <Card
      size="small"
      title="线索移送"
      data-testid="finding-referrals"
      extra={mayRefer && <Button onClick={() => setReferring(true)}>移送</Button>}
    >
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      <ReferralsTable
        referrals={result.data?.finding?.referrals ?? []}
        loading={result.fetching && !result.data}
      />
      {referring && <ReferDialog subject={{ findingId }} onClose={() => setReferring(false)} />}
    </Card>
  );
}

/** 线索移送 of one ledger item: its referrals, and the 移送 button for the office's coordinator. */
export function HandoffReferralsCard({ handoffId }: { handoffId: string }) {
  const [result] = useQuery({
    query: HandoffReferralsDocument,
    variables: { id: handoffId },
    context: REFERRAL_REFRESH,
  });
  const [referring, setReferring] = useState(false);
  const mayRefer = useMayRefer();
  return (
    <Card
      size="small"
      title="线索移送"
      data-testid="handoff-referrals"
      extra={mayRefer && <Button onClick={() => setReferring(true)}>移送</Button>}
    >
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      <ReferralsTable
        referrals={result.data?.handoff?.referrals ?? []}
        loading={result.fetching && !result.data}
      />
      {referring && <ReferDialog subject={{ handoffId }} onClose={() => setReferring(false)} />}
    </Card>
  );
}
