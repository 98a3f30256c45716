import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProposalQueue } from "@/components/library/proposal-queue";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/redirects";
import { plainExcerpt } from "@/lib/forum/excerpt";
import { getPathname } from "@/lib/i18n/navigation";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { libraryProposals } from "@/lib/library/queries";
import { queueFiltersFrom, queuePage, queuePageHref } from "@/lib/moderation/queue";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata("libraryModeration", "administration");

/** Documents organisations propose for the library, oldest first. */
export default async function LibraryModerationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "content.moderate");
  const filters = queueFiltersFrom(await searchParams);
  const [t, queue] = await Promise.all([getTranslations({ locale }), queuePage(libraryProposals, filters)]);
  const basePath = getPathname({ href: "/moderation/library", locale });
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "libraryModeration", "newsModeration", "ui"]}>
      <>
        <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("libraryModeration.title") }]} />
        <h1 className="text-3xl font-bold">{t("libraryModeration.title")}</h1>
        <p className="mt-4 max-w-3xl">{t("libraryModeration.intro")}</p>
        <ProposalQueue
          empty={t("libraryModeration.empty")}
          items={queue.items.map((p) => ({
            id: p.id,
            slug: p.slug,
            title: p.title,
            excerpt: plainExcerpt(p.description, 300),
            organisation: p.organisation?.name ?? "",
            proposer: p.proposedBy?.name ?? null,
            createdAt: p.createdAt,
            versions: p.unreviewed.map((v) => ({ id: v.id, number: v.number, format: v.file.kind })),
            shown: p.shown,
            // A change to an accepted document: what would replace the public state.
            change:
              p.review === "ACCEPTED"
                ? {
                    title: p.change?.title ?? null,
                    excerpt: p.change ? plainExcerpt(p.change.description, 300) : null,
                    proposer: p.changeProposedBy?.name ?? null,
                    proposedAt: p.changeProposedAt ?? p.createdAt,
                  }
                : null,
          }))}
        />
        <Pagination
          page={queue.page}
          totalPages={queue.pageCount}
          href={(page) => queuePageHref(basePath, filters, page)}
        />
      </>
    </ClientMessages>
  );
}
