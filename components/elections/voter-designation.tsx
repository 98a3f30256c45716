"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { isRefused } from "@/lib/rule-errors/refusals";
import { Button } from "@/components/ui/button";
import { designateVoterAction } from "@/lib/elections/voting/actions";

/** An owner chooses who casts the organisation's ballot: the owners, or one named member. */
export function VoterDesignation({
  electionId,
  organisation,
  members,
  current,
}: {
  electionId: string;
  organisation: { id: string; name: string };
  members: { id: string; name: string }[];
  current: string | null;
}) {
  const t = useTranslations("voting");
  const tr = useTranslations();
  const [userId, setUserId] = useState(current ?? "");
  const designate = useAction(designateVoterAction);
  const outcome = designate.result.data;
  const id = `designation-${organisation.id}`;
  return (
    <form
      className="mt-3 flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        designate.execute({ electionId, organisationId: organisation.id, userId });
      }}
    >
      <div>
        <label htmlFor={id} className="block font-semibold">
          {t("designationLabel", { organisation: organisation.name })}
        </label>
        <select
          id={id}
          value={userId}
          onChange={(event) => setUserId(event.target.value)}
          className={`${inputClassName} mt-1`}
        >
          <option value="">{t("ownersCast")}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={designate.isPending}>
        {t("designate")}
        <span className="sr-only"> {organisation.name}</span>
      </Button>
      <FormStatus
        saved={outcome && "designated" in outcome && t("designated")}
        refused={isRefused(outcome) && tr(`ballot.refusals.${outcome.refused}`)}
        serverError={designate.result.serverError}
      />
    </form>
  );
}
