"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { blockUserAction, setPlatformRoleAction, unblockUserAction } from "@/lib/accounts/actions";
import { blockUserSchema, type BlockUserInput } from "@/lib/accounts/schemas";

type Role = "RESIDENT" | "MODERATOR" | "ADMINISTRATOR";
const roles: Role[] = ["RESIDENT", "MODERATOR", "ADMINISTRATOR"];

function Outcome({ saved, code }: { saved: boolean; code?: string }) {
  const t = useTranslations();
  if (code === "CONFLICT" || code === "NOT_FOUND")
    return (
      <Alert tone="error" live>
        {t(`adminPeople.${code}`)}
      </Alert>
    );
  if (code)
    return (
      <Alert tone="error" live>
        {t(`errors.${code}` as never)}
      </Alert>
    );
  if (saved)
    return (
      <Alert tone="success" live>
        {t("adminPeople.saved")}
      </Alert>
    );
  return null;
}

export function PersonAdminForms({ userId, role, blocked }: { userId: string; role: Role; blocked: boolean }) {
  const t = useTranslations();
  const roleAction = useAction(setPlatformRoleAction);
  const blockAction = useAction(blockUserAction);
  const unblockAction = useAction(unblockUserAction);
  const form = useForm<BlockUserInput, unknown, z.output<typeof blockUserSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(blockUserSchema),
    defaultValues: { userId, reason: "" },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, { reason: "block-reason" });

  return (
    <>
      <section aria-labelledby="role-heading" className="mt-8 max-w-xl">
        <h2 id="role-heading" className="text-2xl font-bold">
          {t("adminPeople.roleHeading")}
        </h2>
        <form
          className="mt-4"
          onSubmit={(event) => {
            event.preventDefault();
            const value = new FormData(event.currentTarget).get("role") as Role;
            roleAction.execute({ userId, role: value });
          }}
        >
          <Outcome saved={roleAction.result.data?.saved === true} code={roleAction.result.serverError} />
          <FormField id="person-role" name="role" label={t("adminPeople.role")}>
            {(props) => (
              <select {...props} defaultValue={role} className={inputClassName}>
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {t(`account.roles.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <Button type="submit" disabled={roleAction.isPending}>
            {t("adminPeople.saveRole")}
          </Button>
        </form>
      </section>

      <section aria-labelledby="block-heading" className="mt-8 max-w-xl">
        <h2 id="block-heading" className="text-2xl font-bold">
          {t("adminPeople.blockHeading")}
        </h2>
        <p className="my-2">{t("adminPeople.blockIntro")}</p>
        {/* The page reloads after a change, showing the other form: the outcome stays above both. */}
        {blocked ? (
          <Outcome saved={blockAction.result.data?.saved === true} code={unblockAction.result.serverError} />
        ) : (
          <Outcome saved={unblockAction.result.data?.saved === true} code={blockAction.result.serverError} />
        )}
        {blocked ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              unblockAction.execute({ userId });
            }}
          >
            <Button type="submit" variant="secondary" disabled={unblockAction.isPending}>
              {t("adminPeople.unblock")}
            </Button>
          </form>
        ) : (
          <form noValidate onSubmit={form.handleSubmit((values) => blockAction.execute(values))}>
            <ErrorSummary errors={summary} />
            <FormField
              id="block-reason"
              name="reason"
              label={t("adminPeople.reason")}
              hint={t("adminPeople.reasonHint")}
              error={message("reason")}
              required
            >
              {(props) => <textarea {...props} {...form.register("reason")} rows={3} className={inputClassName} />}
            </FormField>
            <Button type="submit" variant="danger" disabled={blockAction.isPending}>
              {t("adminPeople.block")}
            </Button>
          </form>
        )}
      </section>
    </>
  );
}
