import { Module } from '@nestjs/common';
import { MailSender } from './mail-sender.service';

@Module({ providers: [MailSender], exports: [MailSender] })
export class MailModule {}
