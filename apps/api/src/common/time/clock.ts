import { Injectable } from '@nestjs/common';

/** The current time, injected so time-dependent rules (throttling back-off, expiries) are testable without sleeping. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
