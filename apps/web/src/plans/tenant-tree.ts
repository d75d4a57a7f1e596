import type { TenantLevel } from '../graphql/generated/enums';

export interface TenantTreeNode {
  key: string;
  title: string;
  isLeaf: boolean;
  children?: TenantTreeNode[];
}

/** Townships have no units below them: their nodes open nothing. */
export function tenantNodes(
  tenants: ReadonlyArray<{ id: string; name: string; level: TenantLevel }>,
): TenantTreeNode[] {
  return tenants.map((tenant) => ({
    key: tenant.id,
    title: tenant.name,
    isLeaf: tenant.level === 'TOWNSHIP',
  }));
}

/** The tree with `children` loaded under the node `key` (children are fetched when a node is opened). */
export function withChildren(
  nodes: TenantTreeNode[],
  key: string,
  children: TenantTreeNode[],
): TenantTreeNode[] {
  return nodes.map((node) => {
    if (node.key === key) {
      return { ...node, children, isLeaf: children.length === 0 };
    }
    return node.children ? { ...node, children: withChildren(node.children, key, children) } : node;
  });
}
