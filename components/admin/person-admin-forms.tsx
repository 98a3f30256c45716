"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { blockUserAction, setPlatformRoleAction, unblockUserAction } from "@/lib/accounts/actions";
import { blockUserSchema } from "@/lib/accounts/schemas";
import type { AppErrorCode } from "@/lib/errors";

type Role = "RESIDENT" | "MODERATOR" | "ADMINISTRATOR";
const roles: Role[] = ["RESIDENT", "MODERATOR", "ADMINISTRATOR"];

/** An error, or else "saved" (which may be another action's, shown above both block forms). */
function Outcome({ saved, code }: { saved: boolean; code?: AppErrorCode | null }) {
  const t = useTranslations("adminPeople");
  return (
    <FormStatus
      saved={!code && saved && t("saved")}
      serverError={code}
      serverErrorTexts={{ CONFLICT: t("CONFLICT"), NOT_FOUND: t("NOT_FOUND") }}
    />
  );
}

export function PersonAdminForms({ userId, role, blocked }: { userId: string; role: Role; blocked: boolean }) {
  const t = useTranslations();
  const roleAction = useAction(setPlatformRoleAction);
  const unblockAction = useAction(unblockUserAction);
  const block = useActionForm(blockUserAction, blockUserSchema, {
    defaultValues: { userId, reason: "" },
    fieldIds: { reason: "block-reason" },
  });

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
          <Outcome saved={block.saved} code={unblockAction.result.serverError} />
        ) : (
          <Outcome saved={unblockAction.result.data?.saved === true} code={block.status.serverError} />
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
          <form noValidate onSubmit={block.submit}>
            <FormStatus summary={block.status.summary} />
            <FormField
              id="block-reason"
              name="reason"
              label={t("adminPeople.reason")}
              hint={t("adminPeople.reasonHint")}
              error={block.message("reason")}
              required
            >
              {(props) => (
                <textarea {...props} {...block.form.register("reason")} rows={3} className={inputClassName} />
              )}
            </FormField>
            <Button type="submit" variant="danger" disabled={block.pending}>
              {t("adminPeople.block")}
            </Button>
          </form>
        )}
      </section>
    </>
  );
}
