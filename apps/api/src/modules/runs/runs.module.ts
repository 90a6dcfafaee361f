import { Module } from '@nestjs/common';
import { RunStartingModule } from './run-starting.module';
import { RunsController } from './runs.controller';
import { RunsService } from './runs.service';

@Module({
  imports: [RunStartingModule],
  controllers: [RunsController],
  providers: [RunsService],
})
export class RunsModule {}
