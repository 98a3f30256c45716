"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { followTopicAction, unfollowTopicAction } from "@/lib/notifications/actions";

interface Option {
  value: string;
  label: string;
}

/** The topics a person follows, and a form to follow one more (any combination of sphere, territory and institution). */
export function TopicSubscriptions({
  topics,
  spheres,
  territories,
  institutions,
}: {
  topics: { id: string; label: string }[];
  spheres: Option[];
  territories: { group: string; options: Option[] }[];
  institutions: Option[];
}) {
  const t = useTranslations("subscriptions");
  const tErrors = useTranslations("forms.errors");
  const add = useAction(followTopicAction);
  const remove = useAction(unfollowTopicAction);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section aria-labelledby="topics-heading" className="mt-8 max-w-3xl">
      <h2 id="topics-heading" className="text-2xl font-bold">
        {t("topicsHeading")}
      </h2>
      <p className="mt-2">{t("topicsIntro")}</p>
      {topics.length === 0 ? (
        <p className="mt-2 font-semibold">{t("noTopics")}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {topics.map((topic) => (
            <li key={topic.id} className="flex flex-wrap items-center gap-3">
              <span>{topic.label}</span>
              <Button
                variant="secondary"
                disabled={remove.isPending}
                onClick={() => remove.execute({ subscriptionId: topic.id })}
              >
                {t("unfollow")}
                <span className="sr-only">: {topic.label}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-6 text-xl font-bold">{t("addHeading")}</h3>
      <form
        noValidate
        className="mt-3"
        onSubmit={async (event) => {
          event.preventDefault();
          setProblem(null);
          const form = event.currentTarget;
          const data = new FormData(form);
          const response = await add.executeAsync({
            sphereId: String(data.get("sphereId") ?? ""),
            territoryCode: String(data.get("territoryCode") ?? ""),
            institutionId: String(data.get("institutionId") ?? ""),
          });
          const key = (response?.validationErrors as { sphereId?: { _errors?: string[] } } | undefined)?.sphereId
            ?._errors?.[0];
          if (key) setProblem(key);
          else if (response?.data) form.reset();
        }}
      >
        <ErrorSummary
          errors={problem ? [{ fieldId: "topic-sphere", message: tErrors(problem as "topicEmpty") }] : []}
        />
        {add.result.data && !problem && (
          <Alert tone="success" live>
            {t("added")}
          </Alert>
        )}
        <FormField
          id="topic-sphere"
          name="sphereId"
          label={t("sphere")}
          error={problem ? tErrors(problem as "topicEmpty") : undefined}
        >
          {(props) => (
            <select {...props} className={inputClassName} defaultValue="">
              <option value="">{t("anySphere")}</option>
              {spheres.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="topic-territory" name="territoryCode" label={t("territory")} hint={t("territoryHint")}>
          {(props) => (
            <select {...props} className={inputClassName} defaultValue="">
              <option value="">{t("anyTerritory")}</option>
              {territories.map((group) => (
                <optgroup key={group.group} label={group.group}>
                  {group.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="topic-institution" name="institutionId" label={t("institution")}>
          {(props) => (
            <select {...props} className={inputClassName} defaultValue="">
              <option value="">{t("anyInstitution")}</option>
              {institutions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <Button type="submit" disabled={add.isPending}>
          {t("add")}
        </Button>
      </form>
    </section>
  );
}
