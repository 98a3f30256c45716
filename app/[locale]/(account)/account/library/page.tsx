import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/redirects";
import { Link } from "@/lib/i18n/navigation";
import { platformName, resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { DeveloperInvitations } from "@/components/library/developer-invitations";
import { stewardName } from "@/components/library/document-list";
import { developerInvitations } from "@/lib/library/developers";
import { listManagedDocuments } from "@/lib/library/queries";
import { stewardOptions } from "@/lib/library/stewards";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("libraryAccount", "library");

/** The documents of the institutions and organisations the person looks after documents for. */
export default async function AccountLibraryPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "library.write");
  const [t, format, documents, stewards, platform, invitations] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    listManagedDocuments(user),
    stewardOptions(user),
    platformName(locale),
    developerInvitations(user),
  ]);
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "libraryAccount.invitations", "libraryModeration.refusals"]}>
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("account.title"), href: "/account" },
            { label: t("libraryAccount.title") },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("libraryAccount.title")}</h1>
        <p className="mt-4 max-w-3xl">{t("libraryAccount.intro")}</p>
        <DeveloperInvitations
          items={invitations.map((i) => ({
            id: i.id,
            party: i.institution ? (i.institution.officeName ?? i.institution.name) : (i.organisation?.name ?? ""),
            invitedBy: i.invitedBy?.name ?? null,
            document: { slug: i.document.slug, title: i.document.title, steward: stewardName(i.document, platform) },
          }))}
        />
        {stewards.length === 0 ? (
          <p className="mt-4 max-w-3xl">{t("libraryAccount.noStewards")}</p>
        ) : (
          <p className="mt-4">
            <ButtonLink href="/account/library/new">{t("libraryAccount.new")}</ButtonLink>
          </p>
        )}
        {documents.length === 0 ? (
          <EmptyState title={t("libraryAccount.empty")} />
        ) : (
          <Table caption={t("libraryAccount.tableCaption")} stacked>
            <thead>
              <tr role="row">
                <Th role="columnheader">{t("libraryAccount.columns.title")}</Th>
                <Th role="columnheader">{t("libraryAccount.columns.steward")}</Th>
                <Th role="columnheader">{t("libraryAccount.columns.review")}</Th>
                <Th role="columnheader">{t("libraryAccount.columns.versions")}</Th>
                <Th role="columnheader">{t("libraryAccount.columns.updated")}</Th>
              </tr>
            </thead>
            <tbody>
              {documents.map((document) => (
                <tr key={document.id} role="row">
                  <Td label={t("libraryAccount.columns.title")}>
                    <Link
                      href={{ pathname: "/account/library/[id]", params: { id: document.id } }}
                      className="underline"
                    >
                      {document.title}
                    </Link>
                  </Td>
                  <Td label={t("libraryAccount.columns.steward")}>
                    {document.organisation?.name ??
                      document.institution?.officeName ??
                      document.institution?.name ??
                      platform}
                  </Td>
                  <Td label={t("libraryAccount.columns.review")}>
                    {t(`libraryAccount.reviews.${document.review}`)}
                    {document.review === "REJECTED" && document.reviewNote && (
                      <span className="block text-sm">{t("newsAccount.reason", { reason: document.reviewNote })}</span>
                    )}
                    {document.review === "ACCEPTED" && document.changeReview && (
                      <span className="block text-sm">
                        {t(
                          `libraryAccount.changeReviews.${document.changeReview === "PROPOSED" ? "PROPOSED" : "REJECTED"}`,
                        )}
                      </span>
                    )}
                  </Td>
                  <Td label={t("libraryAccount.columns.versions")}>{document.currentVersion?.number ?? 0}</Td>
                  <Td label={t("libraryAccount.columns.updated")}>
                    {format.dateTime(document.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </>
    </ClientMessages>
  );
}
