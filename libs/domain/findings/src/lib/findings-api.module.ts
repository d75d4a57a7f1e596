import { Module } from '@nestjs/common';
import { FindingsModule } from './findings.module';
import { FindingsResolver } from './findings.resolver';

@Module({ imports: [FindingsModule], providers: [FindingsResolver] })
export class FindingsApiModule {}
