import { WinstonModule } from 'nest-winston';
import type { LoggerService } from '@nestjs/common';
import winston from 'winston';
import type Transport from 'winston-transport';
import { isSecretKey, REDACTED, redactValue } from './redact';

/** Winston format: redact secrets from the message and every metadata field (symbol keys are winston's own). */
const redact = winston.format((info) => {
  for (const key of Object.keys(info)) {
    if (key === 'level') {
      continue;
    }
    info[key] = isSecretKey(key) ? REDACTED : redactValue(info[key]);
  }
  return info;
});

export interface LoggerOptions {
  level: string;
  /** Extra transports (tests capture the output); stdout JSON is always present unless `silent`. */
  transports?: Transport[];
  silent?: boolean;
}

export function createWinstonLogger(options: LoggerOptions): winston.Logger {
  const transports: Transport[] = [...(options.transports ?? [])];
  if (!options.silent) {
    transports.push(new winston.transports.Console());
  }
  return winston.createLogger({
    level: options.level,
    format: winston.format.combine(winston.format.timestamp(), redact(), winston.format.json()),
    transports,
  });
}

export function createNestLogger(logger: winston.Logger): LoggerService {
  return WinstonModule.createLogger({ instance: logger });
}
