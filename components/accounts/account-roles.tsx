import { useTranslations } from "next-intl";
import type { InstitutionRole, OrganisationRole, PlatformRole } from "@/lib/generated/prisma/enums";

interface Roles {
  platformRole: PlatformRole;
  organisationMemberships: { role: OrganisationRole; organisation: { id: string; name: string } }[];
  institutionMemberships: {
    role: InstitutionRole;
    institution: { id: string; name: string; officeName: string | null };
  }[];
}

/**
 * Everything the person is on the platform: a moderator or administrator, and
 * their role in each organisation and office. "Resident" only when that is all
 * they are; an NGO owner or an official read as "resident" before (issue 18).
 */
export function AccountRoles({ account }: { account: Roles }) {
  const t = useTranslations("account");
  const roles = [
    ...(account.platformRole === "RESIDENT" ? [] : [{ key: "platform", label: t(`roles.${account.platformRole}`) }]),
    ...account.organisationMemberships.map((m) => ({
      key: m.organisation.id,
      label: t("roleIn", { name: m.organisation.name, role: t(`organisationRoles.${m.role}`) }),
    })),
    ...account.institutionMemberships.map((m) => ({
      key: m.institution.id,
      label: t("roleIn", {
        name: m.institution.officeName ?? m.institution.name,
        role: t(`institutionRoles.${m.role}`),
      }),
    })),
  ];
  if (roles.length === 0) return <>{t("roles.RESIDENT")}</>;
  return (
    <ul>
      {roles.map((role) => (
        <li key={role.key}>{role.label}</li>
      ))}
    </ul>
  );
}
