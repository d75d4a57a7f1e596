/** True when `path` is `scope` or lies below it in the tenant tree (ltree's `<@`, in TypeScript). */
export function isWithinPath(path: string, scope: string): boolean {
  return path === scope || path.startsWith(`${scope}.`);
}

/** The labels of a path from the root: `4103.410302` → ['4103', '410302']. */
export function pathLabels(path: string): string[] {
  return path.split('.');
}

/** The path of the tenant one level below `scope` on the way to `path` (itself when path is scope). */
export function childPathTowards(path: string, scope: string): string {
  const depth = pathLabels(scope).length;
  return pathLabels(path)
    .slice(0, Math.min(depth + 1, pathLabels(path).length))
    .join('.');
}

/** Tenant codes are used as ltree labels: they must be plain alphanumerics. */
export function assertPathLabel(code: string): string {
  if (!/^[A-Za-z0-9_]{1,64}$/.test(code)) {
    throw new Error(`tenant code ${JSON.stringify(code)} cannot be used as a path label`);
  }
  return code;
}
