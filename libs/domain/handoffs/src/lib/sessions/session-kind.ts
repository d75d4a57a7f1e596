import { registerEnumType } from '@nestjs/graphql';

/** The sittings that deliberate reports and send opinions: 常委会会议, 主任会议, and a township's 主席团会议. */
export enum SessionKind {
  STANDING_COMMITTEE = 'STANDING_COMMITTEE',
  CHAIRMEN = 'CHAIRMEN',
  PRESIDIUM = 'PRESIDIUM',
}

registerEnumType(SessionKind, {
  name: 'SessionKind',
  description: '会议类别:常委会会议、主任会议、主席团会议',
  valuesMap: {
    STANDING_COMMITTEE: { description: '常委会会议' },
    CHAIRMEN: { description: '主任会议' },
    PRESIDIUM: { description: '主席团会议' },
  },
});

export const SESSION_KIND_NAMES: Record<SessionKind, string> = {
  [SessionKind.STANDING_COMMITTEE]: '常委会会议',
  [SessionKind.CHAIRMEN]: '主任会议',
  [SessionKind.PRESIDIUM]: '主席团会议',
};
