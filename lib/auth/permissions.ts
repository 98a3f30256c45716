// The one permission table. Code asks can(actor, permission), never checks a
// role by hand. Platform permissions depend on the person's platform role;
// organisation and institution permissions on their membership in that
// organisation or institution (resource scope), checked in the same place.
// Official functions (whatever the platform administrator or moderator role or
// an institution membership grants) need two-factor authentication switched on.
import type { CommissionRole, InstitutionRole, OrganisationRole, PlatformRole } from "@/lib/generated/prisma/enums";

export interface Actor {
  id: string;
  platformRole: PlatformRole;
  twoFactorEnabled: boolean;
  /**
   * `verified`: the organisation is verified now (loadActor reads it with the
   * memberships). Where trust depends on it (the representatives' forum
   * categories), an entry without it counts as unverified.
   */
  organisations: { organisationId: string; role: OrganisationRole; verified?: boolean }[];
  institutions: { institutionId: string; role: InstitutionRole }[];
}

type Rule =
  | { kind: "anyone" }
  | { kind: "anonymous" }
  | { kind: "signedIn" }
  | { kind: "platform"; roles: PlatformRole[] }
  // platformRoles: platform roles that hold the permission in every organisation or institution.
  | { kind: "organisation"; roles: OrganisationRole[]; platformRoles?: PlatformRole[] }
  | { kind: "institution"; roles: InstitutionRole[]; platformRoles?: PlatformRole[] }
  // A competition commission's member (often from outside the office): the role comes in the scope,
  // looked up by lib/competitions/commission/scope.ts, so Actor does not load commissions on every request.
  | { kind: "commission"; roles: CommissionRole[] };

export const permissions = {
  /** The development mailbox exists only without SMTP outside real production (lib/mail/transport.ts). */
  "devMailbox.read": { kind: "anyone" },
  /** Fetching a stored or generated file (a picture, an attachment, a report): which files a person may see is each file's own rule. */
  "files.download": { kind: "anyone" },
  /** Creating an account: only while signed out. */
  "account.signUp": { kind: "anonymous" },
  /** The link's token names the account, so whoever holds it may use it, signed in or not. */
  "account.verifyEmail": { kind: "anyone" },
  /** A forgotten password: the mailed link's token names the account. */
  "account.resetPassword": { kind: "anyone" },
  /** Confirming a new address: the link's token names the account. */
  "account.confirmEmailChange": { kind: "anyone" },
  /** The header's account area: a visitor learns only that they are not signed in. */
  "account.summary": { kind: "anyone" },
  /** What an organisation's page shows the reader (their role, links, contacts): a visitor learns only that they are not signed in. */
  "organisation.viewerState": { kind: "anyone" },
  /** What a consultation's page shows the reader (the manage link, the remark form, their remarks): a visitor learns only that they are not signed in. */
  "consultation.viewerState": { kind: "anyone" },
  "account.view": { kind: "signedIn" },
  "account.manage": { kind: "signedIn" },
  /** One's own notification centre (entries are scoped to the reader in lib/notifications). */
  "notifications.read": { kind: "signedIn" },
  /** What the centre's page (one copy for everyone) asks for: the reader's entries; a visitor learns only that they are not signed in. */
  "notifications.centre": { kind: "anyone" },
  /** The home page's "for you" counts, asked by the browser: a visitor learns only that they are not signed in. */
  "matters.summary": { kind: "anyone" },
  /** What the "My matters" page (one copy for everyone) asks for: the reader's matters; a visitor learns only that they are not signed in. */
  "matters.viewer": { kind: "anyone" },
  /** Choosing which notifications come by e-mail and how often. */
  "notifications.configure": { kind: "signedIn" },
  /** A signed unsubscribe link names the person, so whoever holds it may use it. */
  "notifications.unsubscribe": { kind: "anyone" },
  "audit.view": { kind: "platform", roles: ["ADMINISTRATOR"] },
  "users.manage": { kind: "platform", roles: ["ADMINISTRATOR"] },
  /** The background jobs page: queue counts, failed jobs and their retry. */
  "jobs.manage": { kind: "platform", roles: ["ADMINISTRATOR"] },
  "content.moderate": { kind: "platform", roles: ["MODERATOR", "ADMINISTRATOR"] },
  "organisations.register": { kind: "signedIn" },
  "organisations.requestMembership": { kind: "signedIn" },
  "organisations.verify": { kind: "platform", roles: ["ADMINISTRATOR"] },
  /** Importing organisations from a spreadsheet (CSV, XLSX). */
  "organisations.import": { kind: "platform", roles: ["ADMINISTRATOR"] },
  "organisation.edit": { kind: "organisation", roles: ["OWNER", "EDITOR"], platformRoles: ["ADMINISTRATOR"] },
  /** Deciding join requests, inviting, changing and removing roles. */
  "organisation.members.manage": { kind: "organisation", roles: ["OWNER"], platformRoles: ["ADMINISTRATOR"] },
  /** Seeing the member list and the change history. */
  "organisation.members.view": {
    kind: "organisation",
    roles: ["OWNER", "EDITOR", "MEMBER"],
    platformRoles: ["ADMINISTRATOR"],
  },
  /** Leaving: a member removes only themselves. */
  "organisation.leave": { kind: "organisation", roles: ["OWNER", "EDITOR", "MEMBER"] },
  /** Acting in public (a remark, a post, a vote) on the organisation's behalf. */
  "organisation.actFor": { kind: "organisation", roles: ["OWNER", "EDITOR", "MEMBER"] },
  "invitations.accept": { kind: "signedIn" },
  "institutions.requestMembership": { kind: "signedIn" },
  "institution.officials.approve": { kind: "institution", roles: ["ADMINISTRATOR"], platformRoles: ["ADMINISTRATOR"] },
  "institution.edit": { kind: "institution", roles: ["ADMINISTRATOR"], platformRoles: ["ADMINISTRATOR"] },
  "institution.actFor": { kind: "institution", roles: ["ADMINISTRATOR", "OFFICIAL"] },
  /** Remarking on consultations: who may remark on which one (organisations only, or residents too) is the consultation's rule (lib/consultations/remarks/mutations.ts). */
  "consultations.remark": { kind: "signedIn" },
  /** Preparing, publishing, extending and answering the institution's consultations. */
  "consultations.manage": {
    kind: "institution",
    roles: ["ADMINISTRATOR", "OFFICIAL"],
    platformRoles: ["ADMINISTRATOR"],
  },
  /** Nominating, recommending, consenting as a candidate, voting: who may, for which organisation, is the election's rule (lib/elections). */
  "elections.takePart": { kind: "signedIn" },
  /**
   * Casting the organisation's ballot in a council election: its owners (or the
   * one member they designated, by the election's rule in lib/elections/voting.ts).
   * Never a platform administrator: nobody votes for an organisation from outside.
   */
  "elections.voteForOrganisation": { kind: "organisation", roles: ["OWNER"] },
  /** Choosing which member casts the organisation's ballot instead of the owners. */
  "elections.designateVoter": { kind: "organisation", roles: ["OWNER"] },
  /** A candidate's e-mailed consent link names the nomination, so whoever holds it may use it, signed in or not. */
  "elections.consent": { kind: "anyone" },
  /** The election commission: setting up the institution's council elections, checking nominations, publishing results. */
  "elections.manage": { kind: "institution", roles: ["ADMINISTRATOR"], platformRoles: ["ADMINISTRATOR"] },
  /** The forum's categories the reader may read, asked by the forum's page: a visitor learns only that they are not signed in. */
  "forum.readerCategories": { kind: "anyone" },
  /** What a thread's page shows the reader (the reply form, their posts' controls, watching, unread, moderation): a visitor learns only that they are not signed in. */
  "forum.threadViewerState": { kind: "anyone" },
  /** Writing, reacting and editing one's posts in the forum: which categories is each category's rule (lib/forum/access.ts). */
  "forum.post": { kind: "signedIn" },
  /** Forum categories: names, order, who may read and write. */
  "forum.manage": { kind: "platform", roles: ["ADMINISTRATOR"] },
  /** Writing news articles: for which organisation, institution or the platform is decided by the three below (lib/news/authors.ts). */
  "news.write": { kind: "signedIn" },
  /** An organisation's news: its owners and editors (a verified organisation only). */
  "news.writeForOrganisation": { kind: "organisation", roles: ["OWNER", "EDITOR"], platformRoles: ["ADMINISTRATOR"] },
  /** An institution's news: its officials. */
  "news.writeForInstitution": {
    kind: "institution",
    roles: ["ADMINISTRATOR", "OFFICIAL"],
    platformRoles: ["ADMINISTRATOR"],
  },
  /** News of the platform itself. */
  "news.writeForPlatform": { kind: "platform", roles: ["ADMINISTRATOR"] },
  /** Choosing whether organisations' news waits for a moderator. */
  "news.configure": { kind: "platform", roles: ["ADMINISTRATOR"] },
  /** Adding to the library: for which institution, organisation or the platform is decided by the three below (lib/library/stewards.ts). */
  "library.write": { kind: "signedIn" },
  /** An institution's documents: its officials manage them. */
  "library.manageForInstitution": {
    kind: "institution",
    roles: ["ADMINISTRATOR", "OFFICIAL"],
    platformRoles: ["ADMINISTRATOR"],
  },
  /** An organisation's owners and editors propose documents, which a moderator accepts. */
  "library.proposeForOrganisation": {
    kind: "organisation",
    roles: ["OWNER", "EDITOR"],
    platformRoles: ["ADMINISTRATOR"],
  },
  /** The platform's own documents. */
  "library.manageForPlatform": { kind: "platform", roles: ["ADMINISTRATOR"] },
  /** Writing an entry on the ideas board as oneself; for which organisation one may write is the board's rule (lib/ideas/policy.ts: a verified organisation one acts for). */
  "ideas.write": { kind: "signedIn" },
  /** Supporting an entry as oneself; an organisation's support also needs organisation.actFor in it. */
  "ideas.support": { kind: "signedIn" },
  /** Commenting, quoting and flagging in an entry's discussion. */
  "ideas.comment": { kind: "signedIn" },
  /** Answering entries addressed to the institution: status, public answers, merges and what came of them. */
  "ideas.answer": { kind: "institution", roles: ["ADMINISTRATOR", "OFFICIAL"], platformRoles: ["ADMINISTRATOR"] },
  /** Answering entries addressed to the platform's operator or the council. */
  "ideas.answerForPlatform": { kind: "platform", roles: ["ADMINISTRATOR"] },
  /** Exporting the institution's entries (CSV, XLSX) with their clocks. */
  "ideas.export": { kind: "institution", roles: ["ADMINISTRATOR", "OFFICIAL"], platformRoles: ["ADMINISTRATOR"] },
  /** Choosing pre- or post-moderation of new entries and the number of organisations that obliges an answer. */
  "ideas.configure": { kind: "platform", roles: ["ADMINISTRATOR"] },
  /**
   * Partner requests for an organisation: posting, renewing and closing them,
   * deciding the interests they receive, sending its interest in others'
   * requests and confirming partnerships. Its owners and editors, for a
   * verified organisation only (lib/partnerships/requests/policy.ts).
   */
  "partnerships.actForOrganisation": { kind: "organisation", roles: ["OWNER", "EDITOR"] },
  /** The same for an office: its officials. */
  "partnerships.actForInstitution": { kind: "institution", roles: ["ADMINISTRATOR", "OFFICIAL"] },
  /** The rules of partner requests and the weights of the fit score. */
  "partnerships.configure": { kind: "platform", roles: ["ADMINISTRATOR"] },
  /** What a competition's page shows the reader (drafting links, their questions, the office's tools): a visitor learns only that they are not signed in. */
  "competitions.viewerState": { kind: "anyone" },
  /** Announcing the institution's open competitions: drafts, tasks, documents, publication, extensions, the commission call, answers to questions. */
  "competitions.manage": {
    kind: "institution",
    roles: ["ADMINISTRATOR", "OFFICIAL"],
    platformRoles: ["ADMINISTRATOR"],
  },
  /**
   * Reading the offers sent to the institution's competitions (after the deadline
   * unless the competition allows earlier), their attachments and confirmations,
   * and the PDFs of small-grant offers it received. Its own officials only: no
   * platform role reads offers addressed to an office.
   */
  "competitions.viewOffers": { kind: "institution", roles: ["ADMINISTRATOR", "OFFICIAL"] },
  /** Recording paper confirmations of submission and accepting or rejecting signed ones. */
  "competitions.recordConfirmations": { kind: "institution", roles: ["ADMINISTRATOR", "OFFICIAL"] },
  /** Asking about a competition; for which organisation is the policy's rule (a verified organisation one acts for). */
  "competitions.ask": { kind: "signedIn" },
  /** Nominating the organisation's one member of a competition commission. */
  "competitions.nominate": { kind: "organisation", roles: ["OWNER"] },
  /** Reading the offers the organisation leads or co-applies in, their PDFs and confirmations. */
  "offers.view": { kind: "organisation", roles: ["OWNER", "EDITOR", "MEMBER"] },
  /**
   * Drafting the organisation's offers: creating, saving, attachments,
   * co-applicants (the lead only, lib/offers/policy.ts). No platform role:
   * nobody drafts for an organisation from outside.
   */
  "offers.prepare": { kind: "organisation", roles: ["OWNER", "EDITOR"] },
  /** Submitting, withdrawing and reopening an offer and uploading its signed confirmation: the lead organisation only (policy). */
  "offers.submit": { kind: "organisation", roles: ["OWNER", "EDITOR"] },
  /** The institution's small grants (art. 19a): yearly plan and intake, publication, answers to remarks, decisions. */
  "smallGrants.manage": {
    kind: "institution",
    roles: ["ADMINISTRATOR", "OFFICIAL"],
    platformRoles: ["ADMINISTRATOR"],
  },
  /** What a published small-grant offer's page shows the reader (the remark form, the office's link): a visitor learns only that they are not signed in. */
  "smallGrants.viewerState": { kind: "anyone" },
  /** Remarking on a published small-grant offer in its 7 days: anyone with an account (anonymous remarks are not considered). */
  "smallGrants.remark": { kind: "signedIn" },
  /** Formal check of a competition's offers: checklist, answers, correction requests, formal rejection. No platform role: it reads offers. */
  "competitions.formalCheck": { kind: "institution", roles: ["ADMINISTRATOR", "OFFICIAL"] },
  /** Appointing the commission (art. 15 ust. 2a: the office itself): invite, remove, chair, settings, reopen. */
  "competitions.appointCommission": { kind: "institution", roles: ["ADMINISTRATOR", "OFFICIAL"] },
  /** The office's read-only view of the evaluation: ranking, cards, declarations, protocol. */
  "competitions.viewEvaluation": { kind: "institution", roles: ["ADMINISTRATOR", "OFFICIAL"] },
  /** Decisions per task, annulment, results publication (art. 11 ust. 2b: never outsourced, no platform role). */
  "competitions.decide": { kind: "institution", roles: ["ADMINISTRATOR", "OFFICIAL"] },
  /** Recording paper reasons requests and answering them. */
  "competitions.answerReasons": { kind: "institution", roles: ["ADMINISTRATOR", "OFFICIAL"] },
  /** Asking for the reasons of a choice or rejection: "każdy" (art. 15 ust. 2j); an account gives the answer an address. */
  "competitions.requestReasons": { kind: "signedIn" },
  /** A commission's pages, own declarations, meetings. */
  "commission.view": { kind: "commission", roles: ["CHAIR", "SECRETARY", "MEMBER", "EXPERT"] },
  /** Conflict declarations (the secretary reads offers too). */
  "commission.declare": { kind: "commission", roles: ["CHAIR", "SECRETARY", "MEMBER", "EXPERT"] },
  /** Evaluation cards (policy: a declaration without conflict first). The secretary has no vote. */
  "commission.score": { kind: "commission", roles: ["CHAIR", "MEMBER", "EXPERT"] },
  /** Meetings, attendance, minutes drafts. */
  "commission.minutes": { kind: "commission", roles: ["CHAIR", "SECRETARY"] },
  /** Divergence resolutions, proposals and cut reasons, opinions, minutes approval, closing, the protocol. */
  "commission.chair": { kind: "commission", roles: ["CHAIR"] },
  /** Correction drafts and their submission (the lead only, policy, as offers.submit). */
  "offers.correct": { kind: "organisation", roles: ["OWNER", "EDITOR"] },
  /** The dated legal limits (21 days, small-grant amounts, the act's citation) the checks read. */
  "legalRules.configure": { kind: "platform", roles: ["ADMINISTRATOR"] },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof permissions;
export const permissionNames = Object.keys(permissions) as [Permission, ...Permission[]];

export interface Scope {
  organisationId?: string;
  institutionId?: string;
  /** Set only by commissionScope() (lib/competitions/commission/scope.ts) from the database. */
  commissionRole?: CommissionRole;
}

/**
 * Whether `actor` (null when signed out) holds `permission`, within `scope` for
 * organisation and institution permissions. Fails closed: a scoped permission
 * without its scope is refused.
 */
export function can(actor: Actor | null, permission: Permission, scope: Scope = {}): boolean {
  const rule: Rule = permissions[permission] as Rule;
  switch (rule.kind) {
    case "anyone":
      return true;
    case "anonymous":
      return actor === null;
    case "signedIn":
      return actor !== null;
    case "platform":
      return actor !== null && platformRoleGrants(actor, rule.roles);
    case "organisation":
      if (actor === null || scope.organisationId === undefined) return false;
      return (
        platformRoleGrants(actor, rule.platformRoles ?? []) ||
        actor.organisations.some((m) => m.organisationId === scope.organisationId && rule.roles.includes(m.role))
      );
    case "institution":
      if (actor === null || scope.institutionId === undefined) return false;
      return (
        platformRoleGrants(actor, rule.platformRoles ?? []) ||
        (actor.twoFactorEnabled &&
          actor.institutions.some((m) => m.institutionId === scope.institutionId && rule.roles.includes(m.role)))
      );
    case "commission":
      // Members read other organisations' offers with personal data: two-factor as for officials.
      return (
        actor !== null &&
        actor.twoFactorEnabled &&
        scope.commissionRole !== undefined &&
        rule.roles.includes(scope.commissionRole)
      );
  }
}

/**
 * Platform roles whose powers need two-factor authentication: administrators,
 * and moderators, who hide and remove anyone's words (issue 19).
 */
export function platformRoleRequiresTwoFactor(role: PlatformRole): boolean {
  return role === "ADMINISTRATOR" || role === "MODERATOR";
}

/** Whether the platform role grants it; a role that needs two-factor authentication only with it on. */
function platformRoleGrants(actor: Actor, roles: readonly PlatformRole[]): boolean {
  return (
    roles.includes(actor.platformRole) && (!platformRoleRequiresTwoFactor(actor.platformRole) || actor.twoFactorEnabled)
  );
}

/** Whether the person's roles include official or moderating functions, which need two-factor authentication. */
export function roleRequiresTwoFactor(actor: Actor): boolean {
  return platformRoleRequiresTwoFactor(actor.platformRole) || actor.institutions.length > 0;
}

/** Refused only because two-factor authentication is off: the person is sent to switch it on. */
export function needsTwoFactorFor(actor: Actor | null, permission: Permission, scope: Scope = {}): boolean {
  return (
    actor !== null &&
    !actor.twoFactorEnabled &&
    !can(actor, permission, scope) &&
    can({ ...actor, twoFactorEnabled: true }, permission, scope)
  );
}

export function isScoped(permission: Permission): boolean {
  const kind = permissions[permission].kind;
  return kind === "organisation" || kind === "institution" || kind === "commission";
}
