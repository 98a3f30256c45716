import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { codeNameKey, isLanguageField } from "@/lib/organisations/history/code-names";
import { listOrganisationChanges } from "@/lib/organisations/history/queries";
import { getOrganisationBySlug } from "@/lib/organisations/queries";
import { languageName } from "@/lib/partnerships/languages";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const organisation = await getOrganisationBySlug((await params).slug);
  const t = await getTranslations({ locale, namespace: "organisationHistory" });
  return pageTitle(locale, t("title", { name: organisation?.name ?? "" }), "organisations");
}

const SOURCES = new Set(["record", "profile", "partnerships", "krs", "import"]);

function shown(value: unknown, name: (code: string) => string = String): string {
  if (value === null || value === undefined || value === "") return "";
  if (Array.isArray(value)) return value.map((item) => shown(item, name)).join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  return name(String(value));
}

export default async function OrganisationHistoryPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const organisation = await getOrganisationBySlug((await params).slug);
  if (!organisation) notFound();
  await requireScopedPermission(locale, "organisation.edit", { organisationId: organisation.id });
  const [t, format, changes] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    listOrganisationChanges(organisation.id),
  ]);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          {
            label: organisation.name,
            href: { pathname: "/organisations/[slug]", params: { slug: organisation.slug } },
          },
          { label: t("organisationPublic.history") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("organisationHistory.title", { name: organisation.name })}</h1>
      <p className="mt-4 max-w-3xl">{t("organisationHistory.intro")}</p>
      {changes.length === 0 && <EmptyState title={t("organisationHistory.empty")} />}
      {changes.map((change) => (
        <Table
          key={change.id}
          caption={`${SOURCES.has(change.source) ? t(`organisationHistory.sources.${change.source as "record"}`) : change.source} – ${t(
            "organisationHistory.by",
            {
              who:
                change.actor?.name ??
                (change.actorUserId === null ? t("organisationHistory.system") : t("organisationHistory.deletedUser")),
              when: format.dateTime(change.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            },
          )}`}
        >
          <thead>
            <tr>
              <Th>{t("organisationHistory.field")}</Th>
              <Th>{t("organisationHistory.from")}</Th>
              <Th>{t("organisationHistory.to")}</Th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(change.changes).map(([field, { from, to }]) => {
              // Codes read as their names in the reader's language; a code no list holds any more stays as it is.
              const name = (code: string) => {
                if (isLanguageField(field)) return languageName(code, locale);
                const key = codeNameKey(field, code) as "targetGroups.CHILDREN" | null;
                return key && t.has(key) ? t(key) : code;
              };
              return (
                <tr key={field}>
                  <Th scope="row">
                    {t.has(`organisationHistory.fields.${field}` as "organisationHistory.fields.name")
                      ? t(`organisationHistory.fields.${field}` as "organisationHistory.fields.name")
                      : field}
                  </Th>
                  <Td className="break-words whitespace-pre-wrap">
                    {shown(from, name) || t("organisationHistory.emptyValue")}
                  </Td>
                  <Td className="break-words whitespace-pre-wrap">
                    {shown(to, name) || t("organisationHistory.emptyValue")}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ))}
    </>
  );
}
