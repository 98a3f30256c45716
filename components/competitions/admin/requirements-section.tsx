import { useTranslations } from "next-intl";
import { RemoveButton } from "@/components/competitions/admin/remove-button";
import { RequirementForm } from "@/components/competitions/admin/requirement-form";
import { removeRequirementAction } from "@/lib/competitions/actions";
import type { AnnouncementRecord } from "@/lib/competitions/queries";

/** The attachments offers must carry: the list (removable in a draft) and the form for another. */
export function RequirementsSection({ competition }: { competition: AnnouncementRecord }) {
  const t = useTranslations("competitionsAdmin");
  const competitionId = competition.id;
  return (
    <section aria-labelledby="attachments" className="mt-10">
      <h2 id="attachments" className="text-2xl font-bold" tabIndex={-1}>
        {t("requirementsHeading")}
      </h2>
      <p className="mt-2 max-w-3xl">{t("requirementsIntro")}</p>
      {competition.attachmentRequirements.length === 0 ? (
        <p className="mt-3">{t("noRequirements")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {competition.attachmentRequirements.map((requirement) => (
            <li key={requirement.id} className="border-l-4 border-slate-300 pl-3">
              <p className="font-semibold">{requirement.label}</p>
              <p>
                {t(`conditions.${requirement.condition}`)}
                {requirement.perApplicant && ` · ${t("requirementFields.perApplicant")}`}
                {requirement.required && ` · ${t("requirementFields.required")}`}
              </p>
              {requirement.description && <p className="text-slate-700">{requirement.description}</p>}
              <RemoveButton
                remove={removeRequirementAction.bind(null, { competitionId, requirementId: requirement.id })}
                what={requirement.label}
              />
            </li>
          ))}
        </ul>
      )}
      <RequirementForm competitionId={competitionId} />
    </section>
  );
}
