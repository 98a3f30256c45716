"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import {
  linkOutcomeAction,
  linkPlatformOutcomeAction,
  unlinkOutcomeAction,
  unlinkPlatformOutcomeAction,
} from "@/lib/ideas/outcomes/actions";
import type { OutcomesView } from "@/lib/ideas/outcomes/queries";
import { outcomeChoiceSchema, parseChoice, type OutcomeChoiceInput } from "@/lib/ideas/outcomes/schemas";

const fieldIds = { choice: "idea-outcome-choice" };

/** The addressee's picker of what came of the entry (its own items), grouped by kind. */
export function OutcomePicker({ view }: { view: OutcomesView & { manage: NonNullable<OutcomesView["manage"]> } }) {
  const t = useTranslations("ideaAnswers.outcomes");
  const { form, submit, pending, message, saved, refused, status } = useActionForm(
    async ({ choice }: OutcomeChoiceInput) => {
      const input = { ideaId: view.ideaId, ...parseChoice(choice) };
      return view.manage.channel === "institution" ? linkOutcomeAction(input) : linkPlatformOutcomeAction(input);
    },
    outcomeChoiceSchema,
    { defaultValues: { choice: "" }, fieldIds, onSuccess: (_data, { form: done }) => done.reset({ choice: "" }) },
  );
  const groups = (["CONSULTATION", "NEWS", "LIBRARY"] as const).map((kind) => ({
    kind,
    choices: view.manage.choices.filter((c) => c.kind === kind),
  }));
  return (
    <form noValidate onSubmit={submit} className="mt-4" aria-labelledby="idea-outcome-form-heading">
      <h3 id="idea-outcome-form-heading" className="text-lg font-semibold">
        {t("formHeading")}
      </h3>
      <FormStatus {...status} saved={saved && t("linked")} refused={refused && t(`refusals.${refused}`)} />
      {view.manage.choices.length === 0 ? (
        <p>{t(view.manage.channel === "institution" ? "nothingToLinkOffice" : "nothingToLink")}</p>
      ) : (
        <>
          <FormField
            id={fieldIds.choice}
            name="choice"
            label={t("choice")}
            hint={t(view.manage.channel === "institution" ? "choiceHintOffice" : "choiceHint")}
            error={message("choice")}
            required
          >
            {(props) => (
              <select {...props} {...form.register("choice")} className={inputClassName}>
                <option value="">{t("choose")}</option>
                {groups
                  .filter((group) => group.choices.length > 0)
                  .map((group) => (
                    <optgroup key={group.kind} label={t(`kinds.${group.kind}`)}>
                      {group.choices.map((choice) => (
                        <option key={choice.id} value={`${choice.kind}:${choice.id}`}>
                          {choice.title}
                        </option>
                      ))}
                    </optgroup>
                  ))}
              </select>
            )}
          </FormField>
          <Button type="submit" disabled={pending}>
            {t("link")}
          </Button>
        </>
      )}
    </form>
  );
}

/** Takes one link back (the addressee). */
export function UnlinkOutcomeButton({
  outcomeId,
  title,
  channel,
}: {
  outcomeId: string;
  title: string;
  channel: "institution" | "platform";
}) {
  const t = useTranslations("ideaAnswers.outcomes");
  const unlink = useAction(channel === "institution" ? unlinkOutcomeAction : unlinkPlatformOutcomeAction);
  return (
    <Button variant="secondary" disabled={unlink.isPending} onClick={() => unlink.execute({ outcomeId })}>
      {t("unlink", { title })}
    </Button>
  );
}
