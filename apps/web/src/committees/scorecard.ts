import type { Role } from '../graphql/generated/enums';
import type { CommitteeProgressQuery } from '../graphql/generated/graphql';

type ProgressRow = CommitteeProgressQuery['progress'][number];

export interface ScoreRow {
  key: string;
  /** The committee, or null for the projects that name no lead committee. */
  committee: { id: string; name: string; coordinates: boolean } | null;
  /** One of the caller's own office's committees, which its 统筹办 may press. */
  own: boolean;
  label: string;
  projects: number;
  findings: number;
  handedOver: number;
  closed: number;
  overdue: number;
  closureRate: number;
}

const NO_FIGURES = { projects: 0, findings: 0, handedOver: 0, closed: 0, overdue: 0, closureRate: 0 };

function figuresOf(row: ProgressRow | undefined) {
  if (!row) {
    return NO_FIGURES;
  }
  const { projects, findings, handedOver, closed, overdue, closureRate } = row;
  return { projects, findings, handedOver, closed, overdue, closureRate };
}

/**
 * The scorecard: every committee of the office in its own order (the 统筹办 first), with zeros where it
 * leads nothing yet; then the committees of other offices that lead projects in scope (a city committee
 * leading a county's assignment), named with their office; then the projects that name none.
 */
export function scorecardRows(data: CommitteeProgressQuery): ScoreRow[] {
  const byCommittee = new Map(
    data.progress.flatMap((row) => (row.committee ? [[row.committee.id, row]] : [])),
  );
  const own = new Set(data.committees.map((committee) => committee.id));
  const rows: ScoreRow[] = data.committees.map((committee) => ({
    key: committee.id,
    committee,
    own: true,
    label: committee.name,
    ...figuresOf(byCommittee.get(committee.id)),
  }));
  for (const row of data.progress) {
    if (row.committee && !own.has(row.committee.id)) {
      rows.push({
        key: row.committee.id,
        committee: row.committee,
        own: false,
        label: `${row.committee.name}(${row.committee.tenant.name})`,
        ...figuresOf(row),
      });
    }
  }
  const unled = data.progress.find((row) => row.committee === null);
  if (unled && (unled.projects > 0 || unled.findings > 0)) {
    rows.push({ key: 'none', committee: null, own: false, label: '未指定牵头委室', ...figuresOf(unled) });
  }
  return rows;
}

/** 销号率 as the table shows it: 66.7%, or a dash when nothing was handed over. */
export function closureRateText(row: Pick<ScoreRow, 'handedOver' | 'closureRate'>): string {
  return row.handedOver === 0 ? '—' : `${(row.closureRate * 100).toFixed(1)}%`;
}

export interface Presser {
  roles: readonly Role[];
  committee?: { coordinates: boolean } | null;
}

/** Who steers the committees: the 统筹办's staff, or a coordinator who belongs to no committee. */
export function steersCommittees(user: Presser): boolean {
  if (user.roles.includes('DEPARTMENT')) {
    return false;
  }
  return user.committee ? user.committee.coordinates : user.roles.includes('COORDINATOR');
}

/** Whether a row offers 督促: those who steer the committees press their own office's other committees. */
export function mayPress(user: Presser, row: ScoreRow): boolean {
  return steersCommittees(user) && row.own && row.committee?.coordinates === false;
}
