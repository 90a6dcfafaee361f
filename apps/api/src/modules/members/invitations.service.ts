import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  GoneException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import {
  PasswordSchema,
  type AcceptInviteRequest,
  type InvitationView,
  type InviteMemberRequest,
  type InviteMemberResponse,
  type TokenPair,
} from '@kushim/contracts';
import { asOrgId, type Invitation } from '@kushim/db';
import { auditActor, type Actor, type Membership, type RequestContextValue } from '../../common/auth';
import { Clock } from '../../common/time/clock';
import { ApiConfig } from '../../config/api-config';
import { PasswordHasher } from '../../infra/crypto/password-hasher.service';
import { newSecretToken, sha256Hex } from '../../infra/crypto/secret-token';
import { DatabaseService } from '../../infra/database/database.service';
import { MailSender } from '../../infra/mail/mail-sender.service';
import { MailDeliveryError } from '../../infra/mail/outgoing-mail';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation } from '../auth/auth.service';
import { SessionTokens } from '../auth/session-tokens.service';
import { acceptInviteUrl, invitationEmail } from './invitation-email';
import { mayInvite } from './membership-rules';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function toView(row: Invitation): InvitationView {
  return {
    id: row.id,
    email: row.email,
    role: row.role as InvitationView['role'],
    membershipExpiresAt: row.membershipExpiresAt?.toISOString() ?? null,
    auditWindow:
      row.auditWindowFrom && row.auditWindowTo
        ? { from: row.auditWindowFrom.toISOString(), to: row.auditWindowTo.toISOString() }
        : null,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    private readonly database: DatabaseService,
    private readonly audit: AuditService,
    private readonly passwords: PasswordHasher,
    private readonly tokens: SessionTokens,
    private readonly clock: Clock,
    private readonly mail: MailSender,
    private readonly config: ApiConfig,
  ) {}

  /** The token is returned once (and emailed to the invitee when SMTP is set); only its SHA-256 is stored. */
  async invite(
    membership: Membership,
    actor: Actor,
    input: InviteMemberRequest,
    context: RequestContextValue,
  ): Promise<InviteMemberResponse> {
    if (!mayInvite(membership.role, input.role)) {
      throw new ForbiddenException('Only an OWNER can invite an ADMIN');
    }
    const now = this.clock.now();
    if (input.expiresAt && input.expiresAt <= now) {
      throw new BadRequestException('expiresAt: must be in the future');
    }
    const orgId = membership.orgId;
    const inviteToken = newSecretToken();
    const { invitation, organizationName } = await this.database.tenant(orgId, async (tx) => {
      const existing = await tx.membership.findFirst({
        where: { organizationId: orgId, user: { email: input.email } },
      });
      if (existing) {
        throw new ConflictException('This person is already a member');
      }
      const created = await tx.invitation.create({
        data: {
          organizationId: orgId,
          email: input.email,
          role: input.role,
          membershipExpiresAt: input.expiresAt ?? null,
          auditWindowFrom: input.auditWindow?.from ?? null,
          auditWindowTo: input.auditWindow?.to ?? null,
          tokenHash: sha256Hex(inviteToken),
          invitedById: actor.kind === 'user' ? actor.userId : null,
          expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        },
      });
      await this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: 'member.invited',
        target: { type: 'invitation', id: created.id },
        payload: {
          email: created.email,
          role: created.role,
          membershipExpiresAt: input.expiresAt?.toISOString() ?? null,
          auditWindow: input.auditWindow
            ? { from: input.auditWindow.from.toISOString(), to: input.auditWindow.to.toISOString() }
            : null,
        },
        requestId: context.requestId,
        ip: context.ip,
      });
      const organization = await tx.organization.findUniqueOrThrow({
        where: { id: orgId },
        select: { name: true },
      });
      return { invitation: created, organizationName: organization.name };
    });
    // After the commit: the email can only point at an invitation that exists.
    await this.sendInvitationEmail(invitation, inviteToken, organizationName, actor);
    return { inviteToken, invitation: toView(invitation) };
  }

  /** A failed send is logged and swallowed: the inviter still gets the token to share by hand. */
  private async sendInvitationEmail(
    invitation: Invitation,
    inviteToken: string,
    organizationName: string,
    actor: Actor,
  ): Promise<void> {
    try {
      await this.mail.send(
        invitationEmail({
          to: invitation.email,
          organizationName,
          role: invitation.role,
          inviterName: actor.kind === 'user' ? actor.name : `API key ${actor.name}`,
          acceptUrl: acceptInviteUrl(this.config.env.WEB_URL, inviteToken),
          expiresAt: invitation.expiresAt,
          membershipExpiresAt: invitation.membershipExpiresAt,
        }),
      );
    } catch (error) {
      const reason =
        error instanceof MailDeliveryError
          ? error.reason
          : `unexpected ${error instanceof Error ? error.name : typeof error}`;
      this.logger.warn(`Invitation email for invitation ${invitation.id} was not sent: ${reason}`);
    }
  }

  /** Joins the organization: creates the account, or for an existing account requires its password. */
  async accept(input: AcceptInviteRequest, context: RequestContextValue): Promise<TokenPair> {
    const inviteTokenHash = sha256Hex(input.inviteToken);
    const invitation = await this.database.scoped({ inviteTokenHash }, (tx) =>
      tx.invitation.findUnique({ where: { tokenHash: inviteTokenHash } }),
    );
    if (!invitation) {
      throw new BadRequestException('inviteToken: not a valid invitation');
    }
    this.assertUsable(invitation);

    const existing = await this.database.app.user.findUnique({ where: { email: invitation.email } });
    let passwordHash: string | null = null;
    if (existing) {
      if (!(await this.passwords.verify(existing.passwordHash, input.password))) {
        throw new UnauthorizedException('password: does not match the existing account for this email');
      }
    } else {
      const policy = PasswordSchema.safeParse(input.password);
      if (!policy.success) {
        throw new BadRequestException(`password: ${policy.error.issues[0]?.message ?? 'is invalid'}`);
      }
      passwordHash = await this.passwords.hash(input.password);
    }

    const orgId = asOrgId(invitation.organizationId);
    try {
      return await this.database.scoped({ orgId, inviteTokenHash }, async (tx) => {
        const claimed = await tx.invitation.updateMany({
          where: { id: invitation.id, acceptedAt: null, revokedAt: null },
          data: { acceptedAt: this.clock.now() },
        });
        if (claimed.count !== 1) {
          throw new GoneException('inviteToken: this invitation has already been used');
        }
        const user =
          existing ??
          (await tx.user.create({
            data: { email: invitation.email, name: input.name, passwordHash: passwordHash ?? '' },
          }));
        const already = await tx.membership.findUnique({
          where: { organizationId_userId: { organizationId: orgId, userId: user.id } },
        });
        if (already) {
          throw new ConflictException('You are already a member of this organization');
        }
        await tx.membership.create({
          data: {
            organizationId: orgId,
            userId: user.id,
            role: invitation.role,
            expiresAt: invitation.membershipExpiresAt,
            auditWindowFrom: invitation.auditWindowFrom,
            auditWindowTo: invitation.auditWindowTo,
          },
        });
        await this.audit.append(tx, orgId, {
          actor: { type: 'USER', id: user.id, label: user.email },
          action: 'member.joined',
          target: { type: 'user', id: user.id },
          payload: { role: invitation.role, invitationId: invitation.id, newAccount: !existing },
          requestId: context.requestId,
          ip: context.ip,
        });
        return this.tokens.newSession(tx, user);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictException('An account with this email was just created; sign in');
      }
      throw error;
    }
  }

  private assertUsable(invitation: Invitation): void {
    if (invitation.revokedAt) {
      throw new GoneException('inviteToken: this invitation was revoked');
    }
    if (invitation.acceptedAt) {
      throw new GoneException('inviteToken: this invitation has already been used');
    }
    if (invitation.expiresAt <= this.clock.now()) {
      throw new GoneException('inviteToken: this invitation has expired');
    }
  }
}
