import { Module } from '@nestjs/common';
import { ResultsModule } from './results.module';

/** The results' resolvers and HTTP routes. */
@Module({
  imports: [ResultsModule],
  controllers: [],
  providers: [],
})
export class ResultsApiModule {}
