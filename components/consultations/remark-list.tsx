import { useFormatter, useTranslations } from "next-intl";
import { RemarkBody } from "@/components/consultations/remark-body";
import type { PublicRemark } from "@/lib/consultations/remarks/queries";
import { Link } from "@/lib/i18n/navigation";

/** Published remarks: who (the organisation, or the person), when, the wordings and the justification. */
export function RemarkList({ remarks, id }: { remarks: PublicRemark[]; id: string }) {
  const t = useTranslations("remarks");
  const format = useFormatter();
  return (
    <ol id={id} className="mt-2 space-y-3" aria-label={t("listLabel")}>
      {remarks.map((remark) => (
        <li key={remark.id} className="rounded border border-slate-400 bg-slate-50 p-3">
          <p className="font-semibold">
            {remark.organisation ? (
              <Link
                href={{ pathname: "/organisations/[slug]", params: { slug: remark.organisation.slug } }}
                className="underline"
              >
                {remark.organisation.name}
              </Link>
            ) : (
              (remark.author?.name ?? t("deletedAuthor"))
            )}
            <span className="font-normal text-slate-700">
              {" "}
              · {format.dateTime(remark.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </span>
          </p>
          <RemarkBody
            proposedWording={remark.proposedWording}
            justification={remark.justification}
            decision={remark.decision}
            decisionReason={remark.decisionReason}
            corrections={remark.corrections}
          />
        </li>
      ))}
    </ol>
  );
}
