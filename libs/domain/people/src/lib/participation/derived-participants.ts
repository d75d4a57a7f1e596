/** The headcounts typed when an activity was recorded (参加人员). */
export interface StoredParticipants {
  members: number;
  deputies: number;
  experts: number;
  staff: number;
}

/** The named people of one kind on an activity: how many were named, and how many are not absent. */
export interface NamedCount {
  named: number;
  present: number;
}

/**
 * The headcounts an activity shows: a kind with named people (deputies, experts) counts those
 * invited and not absent; a kind with none keeps the number typed at creation (older activities).
 */
export function derivedParticipants(
  stored: StoredParticipants,
  named: Partial<Record<'deputies' | 'experts', NamedCount>>,
): StoredParticipants {
  const pick = (kind: 'deputies' | 'experts'): number => {
    const count = named[kind];
    return count && count.named > 0 ? count.present : stored[kind];
  };
  return { ...stored, deputies: pick('deputies'), experts: pick('experts') };
}
