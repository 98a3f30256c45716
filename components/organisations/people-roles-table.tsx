"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { inputClassName } from "@/components/forms/form-field";
import { changeOfficialRoleAction, removeOfficialAction } from "@/lib/institutions/actions";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/organisations/actions";

const roles = { organisation: ["OWNER", "EDITOR", "MEMBER"], institution: ["ADMINISTRATOR", "OFFICIAL"] } as const;

interface Person {
  role: string;
  user: { id: string; name: string; email: string };
}

/**
 * An organisation's members or an institution's officials with their roles.
 * Those who manage it change roles and remove people; the server keeps an
 * organisation's last owner.
 */
export function PeopleRolesTable({
  kind,
  targetId,
  people,
  canManage,
  currentUserId,
}: {
  kind: "organisation" | "institution";
  targetId: string;
  people: Person[];
  canManage: boolean;
  currentUserId: string;
}) {
  const t = useTranslations();
  const changeMember = useAction(changeMemberRoleAction);
  const removeMember = useAction(removeMemberAction);
  const changeOfficial = useAction(changeOfficialRoleAction);
  const removeOfficial = useAction(removeOfficialAction);
  const actions = [changeMember, removeMember, changeOfficial, removeOfficial];
  const serverError = actions.find((a) => a.result.serverError)?.result.serverError;
  const saved = actions.some((a) => a.result.data?.saved);
  const pending = actions.some((a) => a.isPending);
  const roleLabel = (role: string) =>
    kind === "organisation"
      ? t(`account.organisationRoles.${role as "OWNER"}`)
      : t(`account.institutionRoles.${role as "OFFICIAL"}`);

  const change = (userId: string, role: string) =>
    kind === "organisation"
      ? changeMember.execute({ organisationId: targetId, userId, role: role as "OWNER" })
      : changeOfficial.execute({ institutionId: targetId, userId, role: role as "OFFICIAL" });
  const remove = (userId: string) =>
    kind === "organisation"
      ? removeMember.execute({ organisationId: targetId, userId })
      : removeOfficial.execute({ institutionId: targetId, userId });

  return (
    <>
      <FormStatus
        saved={saved && !serverError && t("people.saved")}
        serverError={serverError}
        serverErrorTexts={{ CONFLICT: t("people.lastOwner") }}
      />
      <Table caption={t(`people.caption.${kind}`, { count: people.length })}>
        <thead>
          <tr>
            <Th>{t("people.person")}</Th>
            <Th>{t("people.role")}</Th>
            {canManage && <Th>{t("people.actions")}</Th>}
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.user.id}>
              <Td>
                {person.user.name}
                {canManage && <span className="block text-slate-700">{person.user.email}</span>}
              </Td>
              <Td>
                {canManage ? (
                  <form
                    className="flex flex-wrap items-center gap-2"
                    onSubmit={(event) => {
                      event.preventDefault();
                      change(person.user.id, String(new FormData(event.currentTarget).get("role")));
                    }}
                  >
                    <label htmlFor={`role-${person.user.id}`} className="sr-only">
                      {t("people.roleOf", { name: person.user.name })}
                    </label>
                    <select
                      id={`role-${person.user.id}`}
                      name="role"
                      defaultValue={person.role}
                      className={`${inputClassName} w-auto`}
                    >
                      {roles[kind].map((role) => (
                        <option key={role} value={role}>
                          {roleLabel(role)}
                        </option>
                      ))}
                    </select>
                    <Button type="submit" variant="secondary" disabled={pending}>
                      {t("people.saveRole")}
                      <span className="sr-only"> – {person.user.name}</span>
                    </Button>
                  </form>
                ) : (
                  roleLabel(person.role)
                )}
              </Td>
              {canManage && (
                <Td>
                  {person.user.id !== currentUserId && (
                    <Button
                      variant="danger"
                      disabled={pending}
                      onClick={() => {
                        if (window.confirm(t("people.confirmRemove", { name: person.user.name })))
                          remove(person.user.id);
                      }}
                    >
                      {t("people.remove")}
                      <span className="sr-only"> – {person.user.name}</span>
                    </Button>
                  )}
                </Td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
