import { Alert, Button, Card, Checkbox, Space, Tree, Typography } from 'antd';
import { useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { PlansPublishJointProjectDocument, PlansTenantChildrenDocument } from '../graphql/generated/graphql';
import { tenantNodes, withChildren, type TenantTreeNode } from './tenant-tree';

/**
 * 下达: pick the tenants of this tier's subtree in a tree whose branches load when opened, optionally with
 * all their descendants. Publishing again to a tenant that already holds the project adds nothing.
 */
export function PublishCard({ projectId }: { projectId: string }) {
  const user = useCurrentUser();
  const client = useClient();
  const [roots] = useQuery({ query: PlansTenantChildrenDocument, variables: { parentId: user.tenant.id } });
  // Branches loaded so far, in the order they were opened (a parent always before its children).
  const [loaded, setLoaded] = useState<Array<[string, TenantTreeNode[]]>>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [checked, setChecked] = useState<string[]>([]);
  const [includeDescendants, setIncludeDescendants] = useState(false);
  const [publication, publish] = useMutation(PlansPublishJointProjectDocument);
  const [published, setPublished] = useState<number | null>(null);

  const nodes = loaded.reduce(
    (tree, [key, children]) => withChildren(tree, key, children),
    tenantNodes(roots.data?.tenants ?? []),
  );

  const loadChildren = async (key: string) => {
    const result = await client.query(PlansTenantChildrenDocument, { parentId: key }).toPromise();
    if (result.error || !result.data) {
      setLoadError(errorMessage(result.error));
      return;
    }
    setLoaded((previous) => [...previous, [key, tenantNodes(result.data?.tenants ?? [])]]);
  };

  const submit = async () => {
    setPublished(null);
    const result = await publish(
      { id: projectId, targets: { tenantIds: checked, includeDescendants } },
      { additionalTypenames: ['Assignment'] },
    );
    if (result.data) {
      setPublished(result.data.publishJointProject.length);
      setChecked([]);
    }
  };

  return (
    <Card title="下达联动项目" size="small" data-testid="publish">
      <Space direction="vertical" style={{ width: '100%' }}>
        {roots.error && <Alert type="error" showIcon message={errorMessage(roots.error)} />}
        {loadError && <Alert type="error" showIcon message={loadError} />}
        <Typography.Text type="secondary">勾选下达对象;展开单位可选择其下级。</Typography.Text>
        <Tree
          checkable
          checkStrictly
          selectable={false}
          treeData={nodes}
          checkedKeys={checked}
          loadData={(node) => loadChildren(String(node.key))}
          onCheck={(keys) => setChecked((Array.isArray(keys) ? keys : keys.checked).map(String))}
          titleRender={(node) => (
            <span data-testid={`tenant-node-${String(node.key)}`}>{String(node.title)}</span>
          )}
          style={{ maxHeight: 360, overflow: 'auto' }}
        />
        <Checkbox
          checked={includeDescendants}
          onChange={(event) => setIncludeDescendants(event.target.checked)}
        >
          同时下达到所选单位的全部下级单位
        </Checkbox>
        <Space>
          <Button
            type="primary"
            disabled={checked.length === 0}
            loading={publication.fetching}
            onClick={() => void submit()}
          >
            下达(已选 {checked.length} 个单位)
          </Button>
        </Space>
        {publication.error && <Alert type="error" showIcon message={errorMessage(publication.error)} />}
        {published !== null && !publication.error && (
          <Alert type="success" showIcon message={`已下达,涉及 ${published} 个单位的任务`} />
        )}
      </Space>
    </Card>
  );
}
