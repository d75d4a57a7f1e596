import { Breadcrumb } from 'antd';
import { Link } from 'react-router';

interface Crumb {
  id: string;
  name: string;
}

interface ScopeNode extends Crumb {
  parent?: ScopeNode | null;
}

/** From the signed-in tenant down to the scope, following the scope's parents (at most two tiers). */
export function scopePath(home: Crumb, scope: ScopeNode | null | undefined): Crumb[] {
  const below: Crumb[] = [];
  for (let node = scope; node && node.id !== home.id; node = node.parent) {
    below.unshift({ id: node.id, name: node.name });
  }
  return [home, ...below];
}

/** Where the dashboard stands in the tree; each step above the scope links back up. */
export function ScopeBreadcrumb({ home, scope }: { home: Crumb; scope: ScopeNode | null | undefined }) {
  const path = scopePath(home, scope);
  return (
    <Breadcrumb
      data-testid="scope-breadcrumb"
      items={path.map((crumb, index) => ({
        key: crumb.id,
        title:
          index === path.length - 1 ? (
            crumb.name
          ) : (
            <Link to={crumb.id === home.id ? '/dashboard' : `/dashboard/${crumb.id}`}>{crumb.name}</Link>
          ),
      }))}
    />
  );
}
