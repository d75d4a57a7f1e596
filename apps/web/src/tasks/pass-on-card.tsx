import { Alert, Button, Card, Checkbox, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { PassOnTargetsDocument, PassOnTaskDocument } from '../graphql/generated/graphql';

/**
 * 转发乡镇: a county that holds an acknowledged assignment publishes the project on to its townships
 * (publishJointProject by the county). Townships that already hold it are shown, not offered again.
 */
export function PassOnCard({ projectId, countyId }: { projectId: string; countyId: string }) {
  const [targets, reexecute] = useQuery({
    query: PassOnTargetsDocument,
    variables: { parentId: countyId, projectId },
  });
  const [state, passOn] = useMutation(PassOnTaskDocument);
  const [checked, setChecked] = useState<string[]>([]);
  const [passed, setPassed] = useState<number | null>(null);

  // The townships just passed on count as holding it at once, before the list is fetched again.
  const assigned = new Set([
    ...(targets.data?.jointProject?.assignments.map((assignment) => assignment.tenant.id) ?? []),
    ...(state.data?.publishJointProject.map((assignment) => assignment.tenant.id) ?? []),
  ]);
  const townships = targets.data?.tenants ?? [];
  const open = townships.filter((township) => !assigned.has(township.id));

  const run = async () => {
    setPassed(null);
    const result = await passOn({ projectId, tenantIds: checked });
    if (!result.error) {
      setPassed(checked.length);
      setChecked([]);
      reexecute({ requestPolicy: 'network-only' });
    }
  };

  return (
    <Card title="转发至乡镇(街道)" size="small" loading={targets.fetching && !targets.data}>
      {targets.error && <Alert type="error" showIcon message={errorMessage(targets.error)} />}
      {townships.length === 0 && !targets.error ? (
        <Typography.Text type="secondary">本单位没有下级乡镇(街道)</Typography.Text>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space>
            <Checkbox
              indeterminate={checked.length > 0 && checked.length < open.length}
              checked={open.length > 0 && checked.length === open.length}
              disabled={open.length === 0}
              onChange={(event) =>
                setChecked(event.target.checked ? open.map((township) => township.id) : [])
              }
            >
              全选
            </Checkbox>
          </Space>
          <Checkbox.Group value={checked} onChange={(values) => setChecked(values)}>
            <Space wrap>
              {townships.map((township) => (
                <Checkbox key={township.id} value={township.id} disabled={assigned.has(township.id)}>
                  {township.name}
                  {assigned.has(township.id) && <Tag style={{ marginLeft: 4 }}>已转发</Tag>}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
          <Space>
            <Button
              type="primary"
              disabled={checked.length === 0}
              loading={state.fetching}
              onClick={() => void run()}
            >
              转发所选({checked.length})
            </Button>
            {state.error && <Typography.Text type="danger">{errorMessage(state.error)}</Typography.Text>}
            {passed !== null && (
              <Typography.Text type="success">已转发至 {passed} 个乡镇(街道)</Typography.Text>
            )}
          </Space>
        </Space>
      )}
    </Card>
  );
}
