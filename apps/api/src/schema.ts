import { Type } from '@nestjs/common';
import { ENTRY_PROVIDER_WATERMARK, MODULE_METADATA } from '@nestjs/common/constants';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AuthApiModule } from '@liandong/auth';
import { FindingsApiModule } from '@liandong/findings';
import { HandoffsApiModule } from '@liandong/handoffs';
import { OrganisationApiModule } from '@liandong/organisation';
import { PlansApiModule } from '@liandong/plans';
import { ProgressApiModule } from '@liandong/progress';
import { PeopleApiModule } from '@liandong/people';
import { ResultsApiModule } from '@liandong/results';
import { TenancyApiModule } from '@liandong/tenancy';

/** The modules whose resolvers make up the served schema. */
export const API_MODULES: Type[] = [
  AuthApiModule,
  TenancyApiModule,
  PlansApiModule,
  FindingsApiModule,
  HandoffsApiModule,
  ProgressApiModule,
  OrganisationApiModule,
  ResultsApiModule,
  PeopleApiModule,
];

function resolversOf(module: Type): Function[] {
  const providers = (Reflect.getMetadata(MODULE_METADATA.PROVIDERS, module) as unknown[] | undefined) ?? [];
  return providers.filter(
    (provider): provider is Function =>
      typeof provider === 'function' && Reflect.getMetadata(ENTRY_PROVIDER_WATERMARK, provider) === true,
  );
}

/** The schema as SDL, sorted, built from the resolvers alone (no database): what `schema.graphql` holds. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(API_MODULES.flatMap(resolversOf));
  await app.close();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
