/**
 * What a caller must never be shown, and a scan of a GraphQL response for it. Ids and other exact values
 * (tenant codes, tenant names) count when a string value equals them; marker texts (titles, reasons,
 * letter numbers planted by the fixtures) count when they occur anywhere inside a string.
 */
export interface Forbidden {
  /** value → what it is, e.g. `finding F-B1 (9123402101)` */
  exact: Map<string, string>;
  markers: Map<string, string>;
}

export interface Leak {
  /** where in the response, e.g. `data.handoff.findings[0].id` */
  path: string;
  what: string;
  value: string;
}

export function emptyForbidden(): Forbidden {
  return { exact: new Map(), markers: new Map() };
}

/** Every leak in the `data` of a response: foreign values anywhere in the tree, foreign markers in any text. */
export function leaksInData(data: unknown, forbidden: Forbidden, path = 'data'): Leak[] {
  const leaks: Leak[] = [];
  const markers = markerPattern(forbidden);
  walkStrings(data, path, (value, at) => {
    const exact = forbidden.exact.get(value);
    if (exact !== undefined) {
      leaks.push({ path: at, what: exact, value });
    }
    for (const [marker] of markers ? value.matchAll(markers) : []) {
      leaks.push({ path: at, what: forbidden.markers.get(marker) ?? marker, value });
    }
  });
  return leaks;
}

const patterns = new WeakMap<Forbidden, RegExp | null>();

/** One pattern for all markers, so that a large answer is scanned once per string, not once per marker. */
function markerPattern(forbidden: Forbidden): RegExp | null {
  if (!patterns.has(forbidden)) {
    const escaped = [...forbidden.markers.keys()].map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    patterns.set(forbidden, escaped.length > 0 ? new RegExp(escaped.join('|'), 'g') : null);
  }
  return patterns.get(forbidden) ?? null;
}

/**
 * Leaks in the errors of a response. An error may name the id the caller itself sent ("no handoff X"), so
 * the request's own values are allowed; any other foreign value or marker inside a message or extension is
 * a leak.
 */
export function leaksInErrors(errors: unknown, forbidden: Forbidden, sent: ReadonlySet<string>): Leak[] {
  const leaks: Leak[] = [];
  walkStrings(errors, 'errors', (value, at) => {
    for (const [foreign, what] of forbidden.exact) {
      // An echo of a sent value holds its parts too (a township's code starts with its county's).
      if (value.includes(foreign) && ![...sent].some((s) => s.includes(foreign))) {
        leaks.push({ path: at, what, value });
      }
    }
    for (const [marker, what] of forbidden.markers) {
      if (value.includes(marker)) {
        leaks.push({ path: at, what, value });
      }
    }
  });
  return leaks;
}

/** Every string a variables object sends, at any depth. */
export function sentValues(variables: unknown): Set<string> {
  const values = new Set<string>();
  walkStrings(variables, '', (value) => values.add(value));
  return values;
}

function walkStrings(value: unknown, path: string, visit: (value: string, path: string) => void): void {
  if (typeof value === 'string') {
    visit(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => walkStrings(item, `${path}[${index}]`, visit));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      walkStrings(item, `${path}.${key}`, visit);
    }
  }
}
