import { Module } from '@nestjs/common';
import { IndicatorsResolver } from './indicators/indicators.resolver';
import { ResultsModule } from './results.module';

/** The results' resolvers and HTTP routes. */
@Module({
  imports: [ResultsModule],
  controllers: [],
  providers: [IndicatorsResolver],
})
export class ResultsApiModule {}
