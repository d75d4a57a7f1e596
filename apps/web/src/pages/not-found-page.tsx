import { Button, Result } from 'antd';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的页面不存在,或当前账号无权使用。"
      extra={
        <Link to="/dashboard">
          <Button type="primary">返回看板</Button>
        </Link>
      }
    />
  );
}
