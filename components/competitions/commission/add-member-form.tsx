"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { inputClassName } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useCommissionAction } from "@/components/competitions/commission/use-commission-action";
import { addCommissionMemberAction } from "@/lib/competitions/commission/actions";
import { commissionRoles } from "@/lib/competitions/commission/schemas";

type Source =
  | { origin: "OFFICE"; officials: { id: string; name: string; email: string }[] }
  | { origin: "NGO_NOMINEE"; nominationId: string; name: string }
  | { origin: "EXTERNAL" };

/**
 * Appointing one person: an official chosen from the office's accounts, a
 * nominee of the call (one form per nominee), or an expert typed by name and
 * address. Each gets the invitation e-mail at once.
 */
export function AddMemberForm({ competitionId, source }: { competitionId: string; source: Source }) {
  const t = useTranslations("commission.appoint");
  const roles = useTranslations("commission.roles");
  const id = useId();
  const { run, pending, refused, invalid, serverError } = useCommissionAction();
  const [added, setAdded] = useState(false);
  const defaultRole = source.origin === "EXTERNAL" ? "EXPERT" : "MEMBER";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const role = String(form.get("role")) as (typeof commissionRoles)[number];
    setAdded(false);
    const input =
      source.origin === "OFFICE"
        ? { competitionId, origin: "OFFICE" as const, userId: String(form.get("userId") ?? ""), role }
        : source.origin === "NGO_NOMINEE"
          ? { competitionId, origin: "NGO_NOMINEE" as const, nominationId: source.nominationId, role }
          : {
              competitionId,
              origin: "EXTERNAL" as const,
              name: String(form.get("name") ?? ""),
              email: String(form.get("email") ?? ""),
              role,
            };
    const done = await run(() => addCommissionMemberAction(input));
    if (done) setAdded(true);
  }

  return (
    <form onSubmit={submit} noValidate className="mt-2 flex flex-wrap items-end gap-3">
      <div className="w-full">
        <FormStatus refused={refused} serverError={serverError} />
        {invalid && <Alert tone="error">{t("invalid")}</Alert>}
        {added && (
          <Alert tone="success" live>
            {t("invited")}
          </Alert>
        )}
      </div>
      {source.origin === "OFFICE" && (
        <div>
          <label htmlFor={`${id}-user`} className="block font-semibold">
            {t("official")}
          </label>
          <select id={`${id}-user`} name="userId" className={inputClassName} required>
            {source.officials.map((official) => (
              <option key={official.id} value={official.id}>
                {`${official.name} (${official.email})`}
              </option>
            ))}
          </select>
        </div>
      )}
      {source.origin === "EXTERNAL" && (
        <>
          <div>
            <label htmlFor={`${id}-name`} className="block font-semibold">
              {t("name")}
            </label>
            <input id={`${id}-name`} name="name" autoComplete="off" required className={inputClassName} />
          </div>
          <div>
            <label htmlFor={`${id}-email`} className="block font-semibold">
              {t("email")}
            </label>
            <input
              id={`${id}-email`}
              name="email"
              type="email"
              autoComplete="off"
              required
              className={inputClassName}
            />
          </div>
        </>
      )}
      <div>
        <label htmlFor={`${id}-role`} className="block font-semibold">
          {source.origin === "NGO_NOMINEE" ? t("roleOf", { name: source.name }) : t("role")}
        </label>
        <select id={`${id}-role`} name="role" defaultValue={defaultRole} className={inputClassName}>
          {commissionRoles.map((role) => (
            <option key={role} value={role}>
              {roles(role)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" busy={pending}>
        {source.origin === "NGO_NOMINEE" ? t("appointNominee", { name: source.name }) : t("appoint")}
      </Button>
    </form>
  );
}
