import { registerEnumType } from '@nestjs/graphql';
import { UNIFICATION_SECTIONS } from '../../conformance/conformance.types';

/** The five sections (五统一) as a GraphQL enum, for changes between versions and conformance issues. */
export const UnificationSectionEnum = Object.fromEntries(
  UNIFICATION_SECTIONS.map((section) => [section, section]),
);
registerEnumType(UnificationSectionEnum, { name: 'UnificationSection', description: '五统一的五个部分' });
