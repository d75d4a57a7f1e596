import { Alert, Button, Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { beijingYear } from '../common/format';
import type { DisclosureChannel } from '../graphql/generated/enums';
import { DISCLOSURE_CHANNEL_LABEL } from './disclosure-labels';

/** A published item as GET /public/disclosures answers it: public columns only. */
export interface PublicDisclosure {
  id: string;
  title: string;
  body: string;
  channel: DisclosureChannel;
  url: string | null;
  publishedOn: string;
  tenantName: string;
}

interface PublicPage {
  items: PublicDisclosure[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const CURRENT_YEAR = beijingYear();
const YEARS = Array.from({ length: 7 }, (_, index) => CURRENT_YEAR - index);
const PAGE_SIZE = 20;

async function fetchPage(year: number, after: string | null): Promise<PublicPage> {
  const query = new URLSearchParams({ year: String(year), first: String(PAGE_SIZE) });
  if (after) {
    query.set('after', after);
  }
  const response = await fetch(`/public/disclosures?${query.toString()}`);
  if (!response.ok) {
    throw new Error(response.status === 429 ? '访问过于频繁,请稍后再试' : '暂时无法读取公开信息,请稍后再试');
  }
  return (await response.json()) as PublicPage;
}

/** 公开信息: what the congresses published, for anyone, without signing in. */
export default function PublicDisclosuresPage() {
  const [year, setYear] = useState(CURRENT_YEAR);
  const [items, setItems] = useState<PublicDisclosure[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (forYear: number, after: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const page = await fetchPage(forYear, after);
      setItems((shown) => (after ? [...shown, ...page.items] : page.items));
      setNext(page.hasNextPage ? page.endCursor : null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(year, null);
  }, [load, year]);

  return (
    <div style={{ minHeight: '100vh', background: '#f0f2f5', padding: '32px 16px' }}>
      <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 960, margin: '0 auto' }}>
        <Space align="center" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Space align="center" wrap>
            <Typography.Title level={2} style={{ margin: 0 }} data-testid="public-title">
              公开信息
            </Typography.Title>
            <Select
              aria-label="年度"
              value={year}
              style={{ width: 120 }}
              options={YEARS.map((option) => ({ value: option, label: `${option} 年` }))}
              onChange={setYear}
            />
          </Space>
          <Link to="/login">工作人员登录</Link>
        </Space>
        <Typography.Paragraph type="secondary">
          人大常委会及其下级人大依法公开的监督工作信息:整改销号、项目总结与成果、满意度测评结果等。
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} />}
        <List<PublicDisclosure>
          data-testid="public-disclosures"
          loading={loading && items.length === 0}
          dataSource={items}
          locale={{ emptyText: <Empty description={`${year} 年暂无公开信息`} /> }}
          renderItem={(item) => (
            <List.Item key={item.id}>
              <Card
                style={{ width: '100%' }}
                size="small"
                data-testid="public-disclosure"
                title={item.title}
                extra={
                  <Space>
                    <Tag>{DISCLOSURE_CHANNEL_LABEL[item.channel]}</Tag>
                    <Typography.Text type="secondary">
                      {item.tenantName} · {item.publishedOn}
                    </Typography.Text>
                  </Space>
                }
              >
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{item.body}</Typography.Paragraph>
                {item.url && (
                  <a href={item.url} target="_blank" rel="noreferrer">
                    查看原文
                  </a>
                )}
              </Card>
            </List.Item>
          )}
        />
        {next && (
          <Button block loading={loading} onClick={() => void load(year, next)}>
            加载更多
          </Button>
        )}
      </Space>
    </div>
  );
}
