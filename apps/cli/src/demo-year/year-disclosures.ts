import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DisclosureChannel, DisclosureSubjectKind, DisclosuresService } from '@liandong/results';
import { addCalendarDays, shanghaiDay } from '@liandong/time';
import { CITY_CODE, DemoDirectory } from './directory';
import { DEMO_YEAR } from './year-calendar';

/** The article's disclosure figures: 152 items on the congress's own website and WeChat account, 17 in the press. */
export const OWN_CHANNEL_ITEMS = 152;
export const PROVINCIAL_MEDIA_ITEMS = 12;
export const NATIONAL_MEDIA_ITEMS = 5;

const LAST_DAY = `${DEMO_YEAR}-12-31`;
const PROPOSER = CITY_CODE;
const APPROVER = `${CITY_CODE}-tongchou`;

interface Item {
  kind: DisclosureSubjectKind;
  subjectId: string;
  channel: DisclosureChannel;
  publishedOn: string;
}

/**
 * The city's disclosure of the year (公开): each closed ledger item of its subtree published on its website
 * and its WeChat account the day after it closed (152 items in all), and each joint project's summary in the
 * provincial press, five of them in the national press too (17). Proposed by the city's coordinator, approved
 * and published by its coordination office, through the services like every other step of the year.
 */
export async function publishYearDisclosures(
  app: INestApplicationContext,
  directory: DemoDirectory,
  projectIds: readonly string[],
): Promise<void> {
  const closed = await app.get(DataSource).query<Array<{ id: string; closedAt: Date }>>(
    `SELECT id, closed_at AS "closedAt" FROM handoff
      WHERE tenant_path <@ $1::ltree AND status = 'CLOSED' AND closed_at IS NOT NULL
      ORDER BY closed_at, id`,
    [directory.city.path],
  );
  const items: Item[] = [];
  for (const handoff of closed) {
    const day = addCalendarDays(shanghaiDay(handoff.closedAt), 1);
    for (const channel of [DisclosureChannel.WEBSITE, DisclosureChannel.WECHAT]) {
      if (items.length < OWN_CHANNEL_ITEMS) {
        items.push({
          kind: DisclosureSubjectKind.CLOSURE,
          subjectId: handoff.id,
          channel,
          publishedOn: day < LAST_DAY ? day : LAST_DAY,
        });
      }
    }
  }
  if (items.length < OWN_CHANNEL_ITEMS) {
    throw new Error(
      `the year closed ${closed.length} ledger items, too few for ${OWN_CHANNEL_ITEMS} disclosures`,
    );
  }
  projectIds.forEach((subjectId, index) => {
    const publishedOn = `${DEMO_YEAR}-12-${String(10 + index).padStart(2, '0')}`;
    if (index < PROVINCIAL_MEDIA_ITEMS) {
      items.push({
        kind: DisclosureSubjectKind.PROJECT_SUMMARY,
        subjectId,
        channel: DisclosureChannel.PROVINCIAL_MEDIA,
        publishedOn,
      });
    }
    if (index < NATIONAL_MEDIA_ITEMS) {
      items.push({
        kind: DisclosureSubjectKind.PROJECT_SUMMARY,
        subjectId,
        channel: DisclosureChannel.NATIONAL_MEDIA,
        publishedOn,
      });
    }
  });
  const disclosures = app.get(DisclosuresService);
  const proposer = await directory.caller(PROPOSER);
  const approver = await directory.caller(APPROVER);
  for (const item of items) {
    const proposed = await disclosures.propose(proposer, {
      subjectKind: item.kind,
      subjectId: item.subjectId,
      channel: item.channel,
    });
    await disclosures.approve(approver, proposed.id);
    await disclosures.publish(approver, proposed.id, {
      url: `https://lysrd.henanrd.gov.cn/gk/${DEMO_YEAR}/${proposed.id.slice(0, 8)}.html`,
      publishedOn: item.publishedOn,
    });
  }
}
