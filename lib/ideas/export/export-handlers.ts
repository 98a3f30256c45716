// GET /api/ideas/export?institutionId=…&format=csv|xlsx[&locale=][&kind=…]:
// the entries addressed to an office, for its officials (ideas.export in
// that office; the platform's administrators everywhere), narrowed like the
// list. Only published entries, as the public sees them, with the clock.
import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { routeHandler } from "@/lib/http/route-handler";
import { locales } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { CONTENT_TYPES, ideaExportStream, officeIdeas, type IdeaExportColumn } from "@/lib/ideas/export/export";
import { parseIdeaFilters } from "@/lib/ideas/feeds/filters";
import { ideaUrl, isOverdue } from "@/lib/ideas/feeds/open-data";
import { recordId } from "@/lib/validation/record-id";
import { AppError } from "@/lib/errors";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export const exportOfficeIdeas = routeHandler(
  {
    name: "ideas.export",
    access: {
      permission: "ideas.export",
      scopeOf: async (_params, { institutionId }) =>
        (await db().institution.findUnique({ where: { id: institutionId }, select: { id: true } }))
          ? { institutionId }
          : null,
    },
    query: z.object({
      institutionId: recordId,
      format: z.enum(["csv", "xlsx"]),
      locale: z.enum(locales).catch("pl"),
    }),
    invalidQuery: "NOT_FOUND",
  },
  async ({ request, query }) => {
    const { filters, invalid } = parseIdeaFilters(new URL(request.url).searchParams);
    if (invalid.length > 0) throw new AppError("VALIDATION", `ideas.export: ${invalid.join(", ")}`);
    const t = createTranslator({
      locale: query.locale,
      messages: messagesFor(query.locale),
      namespace: "ideaDiscussion",
    });
    const office = await db().institution.findUniqueOrThrow({
      where: { id: query.institutionId },
      select: { slug: true },
    });
    const now = new Date();
    const yesNo = (value: boolean) => (value ? t("export.yes") : t("export.no"));
    const columns: IdeaExportColumn[] = [
      { heading: t("export.title"), value: (r) => r.title },
      { heading: t("export.kind"), value: (r) => t(`feeds.kinds.${r.kind}`) },
      { heading: t("export.status"), value: (r) => t(`export.statuses.${r.status}`) },
      { heading: t("export.organisation"), value: (r) => r.organisation?.name ?? "" },
      { heading: t("export.publishedAt"), value: (r) => day(r.publishedAt) },
      { heading: t("export.answerDueAt"), value: (r) => day(r.answerDueAt) },
      { heading: t("export.mustAnswerSince"), value: (r) => day(r.mustAnswerSince) },
      { heading: t("export.firstAnsweredAt"), value: (r) => day(r.firstAnsweredAt) },
      { heading: t("export.lastAnsweredAt"), value: (r) => day(r.lastAnsweredAt) },
      { heading: t("export.overdue"), value: (r) => yesNo(isOverdue(r, now)) },
      { heading: t("export.personSupports"), value: (r) => String(r.personSupportCount) },
      { heading: t("export.organisationSupports"), value: (r) => String(r.organisationSupportCount) },
      { heading: t("export.comments"), value: (r) => String(r.commentCount) },
      { heading: t("export.url"), value: (r) => ideaUrl(r.slug, query.locale) },
    ];
    const fileName = `${t("export.fileName")}-${office.slug}-${now.toISOString().slice(0, 10)}.${query.format}`;
    const stream = ideaExportStream(
      query.format,
      () => officeIdeas(query.institutionId, filters),
      columns,
      t("export.sheetName"),
    );
    return new Response(stream, {
      headers: {
        "Content-Type": CONTENT_TYPES[query.format],
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
);
