import { Module } from '@nestjs/common';
import {
  DocumentsResolver,
  HandoffLettersResolver,
  ProjectReportsResolver,
} from './documents/documents.resolver';
import { ResultsModule } from './results.module';

/** The results' resolvers and HTTP routes. */
@Module({
  imports: [ResultsModule],
  controllers: [],
  providers: [DocumentsResolver, HandoffLettersResolver, ProjectReportsResolver],
})
export class ResultsApiModule {}
