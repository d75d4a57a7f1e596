import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Divider, Form, Input, InputNumber, Space } from 'antd';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { PlansSupervisionMethodsDocument } from '../graphql/generated/graphql';
import { SECTION_LABEL } from './plan-labels';

/**
 * The five sections of a unified plan (五统一) as form fields, inside the caller's antd Form. Validation is
 * done on submit (unificationsProblems) so rules that span fields show beside the field they concern.
 */
export function UnificationsFields() {
  const [methods] = useQuery({ query: PlansSupervisionMethodsDocument });
  return (
    <>
      <Divider orientation="left">{SECTION_LABEL.LEADERSHIP}</Divider>
      <Form.Item name={['leadership', 'leadBody']} label="牵头机构" required>
        <Input placeholder="如:市人大常委会财经工委" />
      </Form.Item>
      <Form.Item name={['leadership', 'leader']} label="负责人" required>
        <Input placeholder="如:常委会副主任 王某某" />
      </Form.Item>
      <Form.Item name={['leadership', 'office']} label="统筹办公室">
        <Input placeholder="如:监督统筹办公室" />
      </Form.Item>

      <Divider orientation="left">{SECTION_LABEL.SCHEME}</Divider>
      <Form.Item name={['scheme', 'objectives']} label="监督目标与范围" required>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Space size="large" wrap>
        <Form.Item name={['scheme', 'startsOn']} label="开始日期" required>
          <Input type="date" />
        </Form.Item>
        <Form.Item name={['scheme', 'endsOn']} label="结束日期" required>
          <Input type="date" />
        </Form.Item>
      </Space>
      <Form.Item label="时间节点">
        <Form.List name={['scheme', 'milestones']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'name']}>
                    <Input placeholder="节点名称,如:方案报备" aria-label="节点名称" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueOn']}>
                    <Input type="date" aria-label="截止日期" />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="删除节点" onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', dueOn: '' })}>
                添加时间节点
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>

      <Divider orientation="left">{SECTION_LABEL.METHODS}</Divider>
      {methods.error && <Alert type="error" showIcon message={errorMessage(methods.error)} />}
      <Form.Item name="methods" label="监督方式" required>
        <Checkbox.Group
          options={(methods.data?.supervisionMethods ?? []).map((m) => ({ value: m.code, label: m.name }))}
        />
      </Form.Item>

      <Divider orientation="left">{SECTION_LABEL.POLICY}</Divider>
      <Form.Item name={['policy', 'legalBasis']} label="法律依据" extra="每行一项,如:《优化营商环境条例》">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item label="检查要点">
        <Form.List name={['policy', 'checklist']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'code']}>
                    <Input placeholder="编号" aria-label="要点编号" style={{ width: 90 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'text']}>
                    <Input placeholder="检查要点" aria-label="检查要点" style={{ width: 360 }} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="删除要点" onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ code: `C${fields.length + 1}`, text: '' })}
              >
                添加检查要点
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>

      <Divider orientation="left">{SECTION_LABEL.EFFECT}</Divider>
      <Form.Item label="目标指标">
        <Form.List name={['effect', 'indicators']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'code']}>
                    <Input placeholder="编号" aria-label="指标编号" style={{ width: 90 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']}>
                    <Input
                      placeholder="指标名称,如:问题整改完成率"
                      aria-label="指标名称"
                      style={{ width: 260 }}
                    />
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
                onClick={() => add({ code: `I${fields.length + 1}`, name: '', target: null })}
              >
                添加目标指标
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}
