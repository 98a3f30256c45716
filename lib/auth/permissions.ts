// The one permission table. Code asks can(actor, permission), never checks a
// role by hand. Platform permissions depend on the person's platform role;
// organisation and institution permissions on their membership in that
// organisation or institution (resource scope), checked in the same place.
import type { InstitutionRole, OrganisationRole, PlatformRole } from "@/lib/generated/prisma/enums";

export interface Actor {
  id: string;
  platformRole: PlatformRole;
  organisations: { organisationId: string; role: OrganisationRole }[];
  institutions: { institutionId: string; role: InstitutionRole }[];
}

type Rule =
  | { kind: "anyone" }
  | { kind: "anonymous" }
  | { kind: "signedIn" }
  | { kind: "platform"; roles: PlatformRole[] }
  | { kind: "organisation"; roles: OrganisationRole[] }
  | { kind: "institution"; roles: InstitutionRole[] };

export const permissions = {
  /** The development mailbox exists only without SMTP outside real production (lib/mail/transport.ts). */
  "devMailbox.read": { kind: "anyone" },
  /** Creating an account: only while signed out. */
  "account.signUp": { kind: "anonymous" },
  /** The link's token names the account, so whoever holds it may use it, signed in or not. */
  "account.verifyEmail": { kind: "anyone" },
  /** A forgotten password: the mailed link's token names the account. */
  "account.resetPassword": { kind: "anyone" },
  /** Confirming a new address: the link's token names the account. */
  "account.confirmEmailChange": { kind: "anyone" },
  "account.view": { kind: "signedIn" },
  "account.manage": { kind: "signedIn" },
  "audit.view": { kind: "platform", roles: ["ADMINISTRATOR"] },
  "users.manage": { kind: "platform", roles: ["ADMINISTRATOR"] },
  "content.moderate": { kind: "platform", roles: ["MODERATOR", "ADMINISTRATOR"] },
  "organisation.edit": { kind: "organisation", roles: ["OWNER", "EDITOR"] },
  "organisation.members.manage": { kind: "organisation", roles: ["OWNER"] },
  "organisation.actFor": { kind: "organisation", roles: ["OWNER", "EDITOR", "MEMBER"] },
  "institution.officials.approve": { kind: "institution", roles: ["ADMINISTRATOR"] },
  "institution.actFor": { kind: "institution", roles: ["ADMINISTRATOR", "OFFICIAL"] },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof permissions;
export const permissionNames = Object.keys(permissions) as [Permission, ...Permission[]];

export interface Scope {
  organisationId?: string;
  institutionId?: string;
}

/**
 * Whether `actor` (null when signed out) holds `permission`, within `scope` for
 * organisation and institution permissions. Fails closed: a scoped permission
 * without its scope is refused.
 */
export function can(actor: Actor | null, permission: Permission, scope: Scope = {}): boolean {
  const rule: Rule = permissions[permission];
  switch (rule.kind) {
    case "anyone":
      return true;
    case "anonymous":
      return actor === null;
    case "signedIn":
      return actor !== null;
    case "platform":
      return actor !== null && rule.roles.includes(actor.platformRole);
    case "organisation":
      return (
        actor !== null &&
        scope.organisationId !== undefined &&
        actor.organisations.some((m) => m.organisationId === scope.organisationId && rule.roles.includes(m.role))
      );
    case "institution":
      return (
        actor !== null &&
        scope.institutionId !== undefined &&
        actor.institutions.some((m) => m.institutionId === scope.institutionId && rule.roles.includes(m.role))
      );
  }
}

export function isScoped(permission: Permission): boolean {
  const kind = permissions[permission].kind;
  return kind === "organisation" || kind === "institution";
}
