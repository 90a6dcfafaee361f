import { Module } from '@nestjs/common';
import { RunStarter } from './run-starter.service';
import { SweepSchedule } from './sweep-schedule.service';

/** Starting runs and keeping each organization's sweep schedule: used by the API and the worker. */
@Module({
  providers: [RunStarter, SweepSchedule],
  exports: [RunStarter, SweepSchedule],
})
export class RunStartingModule {}
