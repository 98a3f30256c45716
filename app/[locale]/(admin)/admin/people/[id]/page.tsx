import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PersonAdminForms } from "@/components/admin/person-admin-forms";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getPersonForAdmin } from "@/lib/accounts/admin/queries";
import { requirePermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { RECORD_ID } from "@/lib/validation/record-id";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return pageTitle(locale, (await getTranslations({ locale, namespace: "adminPeople" }))("title"), "administration");
}

export default async function PersonPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const admin = await requirePermission(locale, "users.manage");
  const { id } = await params;
  const person = RECORD_ID.test(id) ? await getPersonForAdmin(id) : null;
  if (!person) notFound();
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  const memberships = [
    ...person.organisationMemberships.map((m) =>
      t("account.membership", { name: m.organisation.name, role: t(`account.organisationRoles.${m.role}`) }),
    ),
    ...person.institutionMemberships.map((m) =>
      t("account.membership", { name: m.institution.name, role: t(`account.institutionRoles.${m.role}`) }),
    ),
  ];
  return (
    <ClientMessages namespaces={["account.roles", "adminPeople", "errors", "forms.errors", "ui"]}>
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("adminPeople.title"), href: "/admin/people" },
            { label: person.name || person.email },
          ]}
        />
        <h1 className="text-3xl font-bold">{person.name || person.email}</h1>
        <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("adminPeople.email")}</dt>
          <dd>{person.email}</dd>
          <dt className="font-semibold">{t("adminPeople.role")}</dt>
          <dd>{t(`account.roles.${person.platformRole}`)}</dd>
          <dt className="font-semibold">{t("adminPeople.status")}</dt>
          <dd>
            {person.blockedAt
              ? t("adminPeople.blocked")
              : person.emailVerifiedAt
                ? t("adminPeople.active")
                : t("adminPeople.unverified")}
          </dd>
          <dt className="font-semibold">{t("adminPeople.since")}</dt>
          <dd>{format.dateTime(person.createdAt, "long")}</dd>
          <dt className="font-semibold">{t("adminPeople.memberships")}</dt>
          <dd>{memberships.length ? memberships.join("; ") : t("adminPeople.noMemberships")}</dd>
        </dl>
        {person.id === admin.id ? (
          <Alert tone="info">{t("adminPeople.yourself")}</Alert>
        ) : (
          <PersonAdminForms userId={person.id} role={person.platformRole} blocked={person.blockedAt !== null} />
        )}
      </>
    </ClientMessages>
  );
}
