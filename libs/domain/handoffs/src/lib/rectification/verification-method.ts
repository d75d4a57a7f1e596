import { registerEnumType } from '@nestjs/graphql';

/** How the verifying tier checked the rectification (核查方式). */
export enum VerificationMethod {
  /** 实地核查 */
  ON_SITE = 'ON_SITE',
  /** 书面审查 */
  DOCUMENTARY = 'DOCUMENTARY',
  /** 暗访回访 */
  COVERT_REVISIT = 'COVERT_REVISIT',
  /** 代表评价 */
  DEPUTY_EVALUATION = 'DEPUTY_EVALUATION',
}

/** What the verifiers found of one finding's rectification. */
export enum FindingVerificationResult {
  /** 整改到位 */
  PASSED = 'PASSED',
  /** 部分整改到位 */
  PARTLY = 'PARTLY',
  /** 未整改到位 */
  FAILED = 'FAILED',
}

registerEnumType(VerificationMethod, {
  name: 'VerificationMethod',
  description: '核查方式',
  valuesMap: {
    ON_SITE: { description: '实地核查' },
    DOCUMENTARY: { description: '书面审查' },
    COVERT_REVISIT: { description: '暗访回访' },
    DEPUTY_EVALUATION: { description: '代表评价' },
  },
});

registerEnumType(FindingVerificationResult, {
  name: 'FindingVerificationResult',
  description: '单个问题的核查结果',
  valuesMap: {
    PASSED: { description: '整改到位' },
    PARTLY: { description: '部分整改到位' },
    FAILED: { description: '未整改到位' },
  },
});
