import { Module } from '@nestjs/common';
import { ProgressModule } from './progress.module';
import { ProgressResolver } from './progress.resolver';

@Module({ imports: [ProgressModule], providers: [ProgressResolver] })
export class ProgressApiModule {}
