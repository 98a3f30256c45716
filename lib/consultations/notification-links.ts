// Where consultation notices lead: the consultation for everyone who may see
// it (a draft only for its office, in its preview), an answer to the reader's own remark in
// their list of remarks, the report to its section, a new remark to the
// officials' answering screen.
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { linksFor, subjectIds, type LinkResolver } from "@/lib/notifications/links";

/** The answering screen's filter value for remarks on the whole document. */
const GENERAL_REMARKS = "ogolne";

export const consultationLinks: LinkResolver = async (refs, reader) => {
  const consultations = await db().consultation.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: { id: true, slug: true, status: true, institutionId: true },
  });
  // A new remark opens on the answering screen among the remarks on its own unit, whatever their state.
  const newRemarkIds = refs.flatMap((ref) =>
    ref.type === "consultation.remark_submitted" && ref.data.remark ? [ref.data.remark] : [],
  );
  const newRemarks = new Map(
    (newRemarkIds.length > 0
      ? await db().remark.findMany({
          where: { id: { in: newRemarkIds } },
          select: { id: true, consultationId: true, unit: { select: { key: true } } },
        })
      : []
    ).map((r) => [r.id, r]),
  );
  return linksFor(refs, new Map(consultations.map((c) => [c.id, c])), (ref, consultation) => {
    const manages = can(reader, "consultations.manage", { institutionId: consultation.institutionId });
    const params = { slug: consultation.slug };
    // A draft has no public page: its office previews it in the account area.
    if (consultation.status === "DRAFT") return manages ? { pathname: "/consultations/[slug]/preview", params } : null;
    switch (ref.type) {
      case "consultation.remark_submitted": {
        if (!manages) return null;
        const remark = newRemarks.get(ref.data.remark ?? "");
        if (!remark || remark.consultationId !== consultation.id)
          return { pathname: "/consultations/[slug]/remarks", params };
        return {
          pathname: "/consultations/[slug]/remarks",
          params,
          query: { unit: remark.unit?.key ?? GENERAL_REMARKS, state: "all" },
          hash: `remark-${remark.id}`,
        };
      }
      case "remark.answered":
        // One remark: that remark in the reader's list; several answered together: the list.
        return {
          pathname: "/consultations/[slug]",
          params,
          hash:
            ref.data.remark && Number(ref.data.count ?? 1) === 1 ? `remark-${ref.data.remark}` : "own-remarks-heading",
        };
      case "consultation.report_published":
        return { pathname: "/consultations/[slug]", params, hash: "report-heading" };
      default:
        return { pathname: "/consultations/[slug]", params };
    }
  });
};
