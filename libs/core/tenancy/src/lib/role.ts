import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
  DEPARTMENT = 'DEPARTMENT',
  VIEWER = 'VIEWER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'ADMIN 管理员, COORDINATOR 联络员, MEMBER 工作人员, DEPARTMENT 承办单位, VIEWER 只读',
});
