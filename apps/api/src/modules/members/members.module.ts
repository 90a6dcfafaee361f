import { Module } from '@nestjs/common';
import { MailModule } from '../../infra/mail/mail.module';
import { AuthModule } from '../auth/auth.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';

@Module({
  imports: [AuthModule, MailModule],
  controllers: [MembersController, InvitationsController],
  providers: [MembersService, InvitationsService],
})
export class MembersModule {}
