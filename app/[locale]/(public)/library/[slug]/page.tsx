import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { stewardName } from "@/components/library/document-list";
import { TopicChips } from "@/components/forms/topic-chips";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Table, Td, Th } from "@/components/ui/table";
import { PolishContentNotice } from "@/components/i18n/polish-content-notice";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle, platformName, resolveLocale } from "@/lib/i18n/metadata";
import { documentBySlug, type LibraryDocumentView } from "@/lib/library/queries";
import { mayManage } from "@/lib/library/stewards";
import { renderMarkdown } from "@/lib/text/markdown";
import { IdeaOrigins } from "@/components/ideas/outcomes/idea-origins";
import { ideasLeadingTo } from "@/lib/ideas/outcomes/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** The document as this viewer may see it: everyone once accepted with a file; before, those who look after it and the moderators. */
async function visibleDocument(
  slug: string,
): Promise<{ document: LibraryDocumentView; preview: boolean; manages: boolean } | null> {
  const document = await documentBySlug(slug);
  if (!document) return null;
  const user = await getCurrentUser();
  const manages = user !== null && (await mayManage(user, document));
  if (document.review === "ACCEPTED" && document.currentVersion) return { document, preview: false, manages };
  if (user && (manages || can(user, "content.moderate"))) return { document, preview: true, manages };
  return null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const visible = await visibleDocument((await params).slug);
  return visible
    ? {
        ...(await pageTitle(locale, visible.document.title, "library")),
        ...(visible.preview ? { robots: { index: false } } : {}),
      }
    : {};
}

const DATE = { dateStyle: "long", timeZone: "UTC" } as const;

export default async function LibraryDocumentPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const visible = await visibleDocument((await params).slug);
  if (!visible) notFound();
  const { document, preview, manages } = visible;
  const [t, format, platform] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    platformName(locale),
  ]);
  const current = document.currentVersion;
  const size = (bytes: number) => format.number(bytes / 1024, { maximumFractionDigits: 0 });
  return (
    <article>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("library.title"), href: "/library" },
          { label: document.title },
        ]}
      />
      {preview && (
        <Alert tone="info">
          {t(`libraryDocument.preview.${document.review}`, { reason: document.reviewNote ?? "" })}
        </Alert>
      )}
      <p className="text-sm font-semibold tracking-wide text-slate-800 uppercase">
        {t(`library.kinds.${document.kind}`)} · {t(`library.statuses.${document.status}`)}
      </p>
      <h1 className="mt-1 text-3xl font-bold" lang="pl">
        {document.title}
      </h1>
      <PolishContentNotice kind="document" />
      <p className="mt-2 text-slate-800">{t("libraryDocument.steward", { name: stewardName(document, platform) })}</p>
      {manages && (
        <p className="mt-2">
          <Link href={{ pathname: "/account/library/[id]", params: { id: document.id } }} className="underline">
            {t("libraryDocument.manage")}
          </Link>
        </p>
      )}
      {current && (
        <p className="mt-4">
          <a
            href={`/api/library/versions/${current.id}`}
            className="inline-flex min-h-11 items-center rounded border-2 border-blue-800 bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
          >
            {t("libraryDocument.downloadCurrent", {
              number: current.number,
              format: current.file.kind.toUpperCase(),
              size: size(current.file.size),
            })}
          </a>
          <span className="ml-3 text-slate-700">
            {t("libraryDocument.issuedOn", { date: format.dateTime(current.issuedOn, DATE) })}
          </span>
        </p>
      )}
      <div
        className="prose-user mt-6 max-w-3xl space-y-3"
        lang="pl"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(document.description, 2) }}
      />
      {document.consultation && (
        <p className="mt-4 max-w-3xl">
          {t("libraryDocument.fromConsultation")}{" "}
          <Link
            href={{ pathname: "/consultations/[slug]", params: { slug: document.consultation.slug } }}
            className="underline"
            lang="pl"
          >
            {document.consultation.title}
          </Link>
        </p>
      )}
      {document.developers.length > 0 && (
        <section aria-labelledby="library-developers-heading" className="mt-8">
          <h2 id="library-developers-heading" className="text-2xl font-bold">
            {t("libraryDocument.developers")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {document.developers.map((developer) => (
              <li key={developer.institution?.id ?? developer.organisation?.id} lang="pl">
                {developer.institution ? (
                  <Link
                    href={{ pathname: "/institutions/[slug]", params: { slug: developer.institution.slug } }}
                    className="underline"
                  >
                    {developer.institution.officeName ?? developer.institution.name}
                  </Link>
                ) : developer.organisation ? (
                  <Link
                    href={{ pathname: "/organisations/[slug]", params: { slug: developer.organisation.slug } }}
                    className="underline"
                  >
                    {developer.organisation.name}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="library-history-heading" className="mt-8">
        <h2 id="library-history-heading" className="text-2xl font-bold">
          {t("libraryDocument.history")}
        </h2>
        {document.versions.length === 0 ? (
          <p className="mt-2">{t("libraryDocument.noVersions")}</p>
        ) : (
          <Table caption={t("libraryDocument.historyCaption")}>
            <thead>
              <tr>
                <Th>{t("libraryDocument.columns.version")}</Th>
                <Th>{t("libraryDocument.columns.date")}</Th>
                <Th>{t("libraryDocument.columns.changes")}</Th>
                <Th>{t("libraryDocument.columns.file")}</Th>
              </tr>
            </thead>
            <tbody>
              {document.versions.map((version) => (
                <tr key={version.id}>
                  <Td>
                    {version.number}
                    {version.id === current?.id && (
                      <span className="block text-sm font-semibold">{t("libraryDocument.current")}</span>
                    )}
                  </Td>
                  <Td>{format.dateTime(version.issuedOn, DATE)}</Td>
                  <Td>
                    {version.changeNote ??
                      (version.number === 1
                        ? t("libraryDocument.firstVersion")
                        : document.kind === "CONSULTATION_REPORT" && !version.createdById
                          ? t("libraryDocument.reportCorrected")
                          : "")}
                  </Td>
                  <Td>
                    <a href={`/api/library/versions/${version.id}`} className="underline">
                      {t("libraryDocument.downloadVersion", {
                        number: version.number,
                        format: version.file.kind.toUpperCase(),
                        size: size(version.file.size),
                      })}
                    </a>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
      {!preview && <IdeaOrigins ideas={await ideasLeadingTo({ libraryDocumentId: document.id })} />}
      <TopicChips
        list="/library"
        spheres={document.spheres.map((s) => s.sphere)}
        territories={document.territories.map((t) => t.territory)}
      />
    </article>
  );
}
