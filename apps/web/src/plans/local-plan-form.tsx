import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { errorMessage } from '../common/error-message';
import type { UnificationSection } from '../graphql/generated/enums';
import {
  PlansCheckLocalPlanDocument,
  PlansFileLocalPlanDocument,
  PlansSupervisionMethodsDocument,
  type ConformanceDetailFragment,
  type UnificationsDetailFragment,
} from '../graphql/generated/graphql';
import { blockingCount, issuesBySection } from './conformance';
import { SECTION_LABEL } from './plan-labels';
import { LOCAL_PLAN_CONTEXT } from './review-actions';
import { SectionIssues } from './section-issues';
import { localPlanValues, toLocalPlanInput, type LocalPlanValues } from './local-plan-values';

/**
 * 实施方案 form: starts from the unified plan; 「检查」 asks the API for the conformance report without storing
 * anything; 「报备」 checks first and files only a plan without blocking problems. Each problem shows at the
 * section it concerns.
 */
export function LocalPlanForm({
  assignmentId,
  unified,
  storedReport,
  canFile,
}: {
  assignmentId: string;
  unified: UnificationsDetailFragment;
  /** The report kept with the last filed plan, shown until the next check. */
  storedReport: ConformanceDetailFragment | null;
  canFile: boolean;
}) {
  const [form] = Form.useForm<LocalPlanValues>();
  const client = useClient();
  const [methods] = useQuery({ query: PlansSupervisionMethodsDocument });
  const [, file] = useMutation(PlansFileLocalPlanDocument);
  // Which button's work is running: 报备 checks first, and only its own button shows it.
  const [busy, setBusy] = useState<'check' | 'file' | null>(null);
  const [report, setReport] = useState<ConformanceDetailFragment | null>(storedReport);
  const [failure, setFailure] = useState<{ error?: CombinedError; text?: string } | null>(null);
  const [filed, setFiled] = useState(false);

  const check = async (): Promise<ConformanceDetailFragment | null> => {
    setFailure(null);
    setFiled(false);
    const input = toLocalPlanInput(form.getFieldsValue(true) as LocalPlanValues, unified);
    const result = await client
      .query(PlansCheckLocalPlanDocument, { assignmentId, input }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) {
      setFailure({ error: result.error });
      return null;
    }
    setReport(result.data.checkLocalPlan);
    return result.data.checkLocalPlan;
  };

  const runCheck = async () => {
    setBusy('check');
    await check();
    setBusy(null);
  };

  const submit = async () => {
    setBusy('file');
    await checkAndFile();
    setBusy(null);
  };

  const checkAndFile = async () => {
    const checked = await check();
    if (!checked) {
      return;
    }
    const blocking = blockingCount(checked.issues);
    if (blocking > 0) {
      setFailure({ text: `实施方案有 ${blocking} 个阻断性问题,请按各部分的提示修改后再报备` });
      return;
    }
    const input = toLocalPlanInput(form.getFieldsValue(true) as LocalPlanValues, unified);
    const result = await file({ assignmentId, input }, LOCAL_PLAN_CONTEXT);
    if (result.error || !result.data) {
      setFailure({ error: result.error });
      return;
    }
    setReport(result.data.fileLocalPlan.conformance);
    setFiled(true);
  };

  const grouped = issuesBySection(report?.issues ?? []);
  const sectionCard = (section: UnificationSection, children: React.ReactNode) => (
    <Card size="small" title={SECTION_LABEL[section]} data-testid={`local-plan-section-${section}`}>
      <SectionIssues issues={grouped[section]} />
      {children}
    </Card>
  );

  return (
    <Form<LocalPlanValues>
      form={form}
      layout="vertical"
      initialValues={localPlanValues(unified)}
      data-testid="local-plan-form"
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {report && (
          <Alert
            data-testid="conformance-summary"
            type={report.conforms ? 'success' : 'error'}
            showIcon
            message={
              report.conforms
                ? `符合统一方案${report.issues.length > 0 ? `(另有 ${report.issues.length} 条提示)` : ''}`
                : `发现 ${blockingCount(report.issues)} 个阻断性问题,修改后方可报备`
            }
          />
        )}
        {sectionCard(
          'LEADERSHIP',
          <Space wrap size="large">
            <Form.Item name={['leadership', 'leadBody']} label="牵头单位" required>
              <Input style={{ width: 260 }} placeholder="如:县人大常委会" />
            </Form.Item>
            <Form.Item name={['leadership', 'leader']} label="负责领导" required>
              <Input style={{ width: 220 }} placeholder="如:常委会副主任 李某某" />
            </Form.Item>
            <Form.Item name={['leadership', 'office']} label="具体承办机构">
              <Input style={{ width: 220 }} />
            </Form.Item>
          </Space>,
        )}
        {sectionCard(
          'SCHEME',
          <Form.List name="milestones">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'name']}>
                      <Input placeholder="时间节点" aria-label="时间节点" style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'dueOn']}>
                      <Input type="date" aria-label={`截止日期 ${field.name + 1}`} />
                    </Form.Item>
                    <MinusCircleOutlined aria-label="删除节点" onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', dueOn: '' })}>
                  添加本地时间节点
                </Button>
              </>
            )}
          </Form.List>,
        )}
        {sectionCard(
          'METHODS',
          <>
            {methods.error && <Alert type="error" showIcon message={errorMessage(methods.error)} />}
            <Form.Item name="methods" label="监督方式(须包含统一方法,可增加)">
              <Checkbox.Group
                options={(methods.data?.supervisionMethods ?? []).map((m) => ({
                  value: m.code,
                  label: m.name,
                }))}
              />
            </Form.Item>
          </>,
        )}
        {sectionCard(
          'POLICY',
          <Form.List name="checklist">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'code']}>
                      <Input placeholder="编号" aria-label="要点编号" style={{ width: 90 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'text']}>
                      <Input placeholder="检查要点" aria-label="检查要点" style={{ width: 420 }} />
                    </Form.Item>
                    <MinusCircleOutlined aria-label="删除要点" onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ code: '', text: '' })}>
                  添加本地检查要点
                </Button>
              </>
            )}
          </Form.List>,
        )}
        {sectionCard(
          'EFFECT',
          <Form.List name="indicators">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'code']}>
                      <Input placeholder="编号" aria-label="指标编号" style={{ width: 90 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'name']}>
                      <Input placeholder="指标名称" aria-label="指标名称" style={{ width: 260 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'target']}>
                      <InputNumber placeholder="目标值" aria-label="目标值" />
                    </Form.Item>
                    <MinusCircleOutlined aria-label="删除指标" onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ code: '', name: '', target: null })}
                >
                  添加本地指标
                </Button>
              </>
            )}
          </Form.List>,
        )}
        {failure && (
          <Alert
            type="error"
            showIcon
            data-testid="local-plan-error"
            message={failure.text ?? errorMessage(failure.error)}
          />
        )}
        {filed && (
          <Alert
            type="success"
            showIcon
            data-testid="local-plan-filed"
            message="实施方案已报备,等待上级审核"
          />
        )}
        <Space>
          <Button loading={busy === 'check'} disabled={busy === 'file'} onClick={() => void runCheck()}>
            检查
          </Button>
          <Button
            type="primary"
            disabled={!canFile || busy === 'check'}
            loading={busy === 'file'}
            onClick={() => void submit()}
          >
            报备
          </Button>
        </Space>
      </Space>
    </Form>
  );
}
