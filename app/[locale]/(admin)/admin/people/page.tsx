import { getTranslations, setRequestLocale } from "next-intl/server";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { peopleFilterSchema } from "@/lib/accounts/admin/schemas";
import { searchPeople } from "@/lib/accounts/admin/queries";
import { requirePermission } from "@/lib/auth/redirects";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata("adminPeople", "administration");

export default async function PeoplePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "users.manage");
  const filter = peopleFilterSchema.parse(await searchParams);
  const [t, result] = await Promise.all([getTranslations({ locale }), searchPeople(filter)]);
  const basePath = getPathname({ href: "/admin/people", locale });
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("adminPeople.title") }]} />
      <h1 className="text-3xl font-bold">{t("adminPeople.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("adminPeople.intro")}</p>
      <form method="get" role="search" className="my-6 flex flex-wrap items-end gap-3">
        <FormField id="people-q" name="q" label={t("adminPeople.search")}>
          {(props) => <input {...props} type="search" defaultValue={filter.q ?? ""} className={inputClassName} />}
        </FormField>
        <div className="mb-5">
          <Button type="submit">{t("adminPeople.submit")}</Button>
        </div>
      </form>
      {result.people.length === 0 ? (
        <EmptyState title={t("adminPeople.empty")} hint={t("adminPeople.emptyHint")} />
      ) : (
        <Table caption={t("adminPeople.caption", { total: result.total })}>
          <thead>
            <tr>
              <Th>{t("adminPeople.name")}</Th>
              <Th>{t("adminPeople.email")}</Th>
              <Th>{t("adminPeople.role")}</Th>
              <Th>{t("adminPeople.status")}</Th>
            </tr>
          </thead>
          <tbody>
            {result.people.map((person) => (
              <tr key={person.id}>
                <Td>
                  <Link href={{ pathname: "/admin/people/[id]", params: { id: person.id } }}>
                    {person.name || person.email}
                  </Link>
                </Td>
                <Td>{person.email}</Td>
                <Td>{t(`account.roles.${person.platformRole}`)}</Td>
                <Td>
                  {person.blockedAt
                    ? t("adminPeople.blocked")
                    : person.emailVerifiedAt
                      ? t("adminPeople.active")
                      : t("adminPeople.unverified")}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        page={filter.page}
        totalPages={result.totalPages}
        href={(page) =>
          `${basePath}?${new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), page: String(page) })}`
        }
      />
    </>
  );
}
