"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { inputClassName } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useCommissionAction } from "@/components/competitions/commission/use-commission-action";
import {
  changeCommissionRoleAction,
  removeCommissionMemberAction,
  resendCommissionInvitationAction,
} from "@/lib/competitions/commission/actions";
import { commissionRoles } from "@/lib/competitions/commission/schemas";

/** What the office may do with one member: change the role, send the link again (before acceptance), remove with the reason. */
export function MemberControls({
  memberId,
  name,
  role,
  accepted,
}: {
  memberId: string;
  name: string;
  role: (typeof commissionRoles)[number];
  accepted: boolean;
}) {
  const t = useTranslations("commission.appoint");
  const roles = useTranslations("commission.roles");
  const id = useId();
  const { run, pending, refused, invalid, serverError } = useCommissionAction();
  const [done, setDone] = useState<string | null>(null);

  async function changeRole(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = String(new FormData(event.currentTarget).get("role")) as typeof role;
    setDone(null);
    if (await run(() => changeCommissionRoleAction({ memberId, role: next }))) setDone(t("roleChanged"));
  }

  async function remove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
    setDone(null);
    if (await run(() => removeCommissionMemberAction({ memberId, reason }))) setDone(t("removed"));
  }

  async function resend() {
    setDone(null);
    if (await run(() => resendCommissionInvitationAction({ memberId }))) setDone(t("resent"));
  }

  return (
    <div className="space-y-2">
      <FormStatus refused={refused} serverError={serverError} />
      {invalid && <Alert tone="error">{t("reasonRequired")}</Alert>}
      {done && (
        <Alert tone="success" live>
          {done}
        </Alert>
      )}
      <form onSubmit={changeRole} className="flex flex-wrap items-end gap-2">
        <label htmlFor={`${id}-role`} className="sr-only">
          {t("roleOf", { name })}
        </label>
        <select id={`${id}-role`} name="role" defaultValue={role} className={inputClassName}>
          {commissionRoles.map((option) => (
            <option key={option} value={option}>
              {roles(option)}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" busy={pending}>
          {t("changeRole")}
        </Button>
      </form>
      {!accepted && (
        <Button variant="secondary" busy={pending} onClick={resend}>
          {t("resend")}
        </Button>
      )}
      <details>
        <summary className="cursor-pointer font-semibold text-red-800">{t("remove", { name })}</summary>
        <form onSubmit={remove} className="mt-2">
          <label htmlFor={`${id}-reason`} className="block font-semibold">
            {t("removalReason")}
          </label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            required
            aria-describedby={`${id}-effect`}
            className={inputClassName}
          />
          <p id={`${id}-effect`} className="mt-2">
            {t("removalEffect")}
          </p>
          <Button type="submit" variant="danger" busy={pending} className="mt-2">
            {t("confirmRemove")}
          </Button>
        </form>
      </details>
    </div>
  );
}
