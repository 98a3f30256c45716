import { getFormatter, getTranslations } from "next-intl/server";
import { AddMemberForm } from "@/components/competitions/commission/add-member-form";
import { ActivateCommission, CommissionSettings } from "@/components/competitions/commission/commission-settings";
import { MemberControls } from "@/components/competitions/commission/member-controls";
import { Table, Td, Th } from "@/components/ui/table";
import type { CommissionPageView } from "@/lib/competitions/commission/queries";
import { longDateTime } from "@/lib/i18n/date-time";

type Ready = Extract<CommissionPageView, { twoFactor: false }>;

/** The office's side: who sits on the commission and in what state, who may still be appointed, the settings. */
export async function AppointmentPanel({ view }: { view: Ready }) {
  const t = await getTranslations("commission.appoint");
  const roles = await getTranslations("commission.roles");
  const origins = await getTranslations("commission.origins");
  const format = await getFormatter();
  const office = view.office!;
  const commission = view.commission;
  const competitionId = view.competition.id;
  const closed = commission?.status === "CLOSED";
  return (
    <>
      <section aria-labelledby="members" className="mt-8">
        <h2 id="members" className="text-2xl font-semibold">
          {t("membersHeading")}
        </h2>
        <p className="mt-2">{t(`status.${commission?.status ?? "NONE"}`)}</p>
        {office.members.length === 0 ? (
          <p className="mt-2">{t("noMembers")}</p>
        ) : (
          <Table caption={t("membersCaption")} stacked>
            <thead>
              <tr>
                <Th>{t("columns.person")}</Th>
                <Th>{t("columns.role")}</Th>
                <Th>{t("columns.state")}</Th>
                <Th>{t("columns.actions")}</Th>
              </tr>
            </thead>
            <tbody>
              {office.members.map((member) => (
                <tr key={member.id} className="border-t border-slate-300 align-top">
                  <Td label={t("columns.person")}>
                    <span className="font-semibold">{member.name}</span>
                    <br />
                    {member.email}
                    <br />
                    {member.nomination
                      ? t("nominatedBy", { organisation: member.nomination.organisation.name })
                      : origins(member.origin)}
                  </Td>
                  <Td label={t("columns.role")}>{roles(member.role)}</Td>
                  <Td label={t("columns.state")}>
                    {member.removedAt
                      ? t("state.removed", { reason: member.removalReason ?? "" })
                      : member.acceptedAt
                        ? t("state.accepted", { time: longDateTime(format, member.acceptedAt) })
                        : t("state.invited", {
                            time: longDateTime(format, member.invitedAt),
                            until: member.inviteExpiresAt ? longDateTime(format, member.inviteExpiresAt) : "",
                          })}
                  </Td>
                  <Td label={t("columns.actions")}>
                    {!member.removedAt && !closed && (
                      <MemberControls
                        memberId={member.id}
                        name={member.name}
                        role={member.role}
                        accepted={member.acceptedAt !== null}
                      />
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
      {!closed && (
        <section aria-labelledby="appoint" className="mt-8">
          <h2 id="appoint" className="text-2xl font-semibold">
            {t("appointHeading")}
          </h2>
          <h3 className="mt-4 text-xl font-semibold">{t("officialsHeading")}</h3>
          {office.officials.length === 0 ? (
            <p>{t("noOfficials")}</p>
          ) : (
            <AddMemberForm competitionId={competitionId} source={{ origin: "OFFICE", officials: office.officials }} />
          )}
          <h3 className="mt-6 text-xl font-semibold">{t("nomineesHeading")}</h3>
          <p className="text-slate-700">{t("nomineesHint")}</p>
          {office.nominations.length === 0 ? (
            <p className="mt-2">{t("noNominees")}</p>
          ) : (
            <ul className="mt-2 space-y-4">
              {office.nominations.map((nomination) => (
                <li key={nomination.id} className="border-l-4 border-slate-300 pl-3">
                  <p>
                    <span className="font-semibold">{nomination.name}</span>
                    {` · ${nomination.organisation}`}
                  </p>
                  {nomination.excluded ? (
                    <p className="font-semibold text-red-800">{t(`excluded.${nomination.excluded}`)}</p>
                  ) : nomination.appointed ? (
                    <p>{t("nomineeAppointed")}</p>
                  ) : (
                    <AddMemberForm
                      competitionId={competitionId}
                      source={{ origin: "NGO_NOMINEE", nominationId: nomination.id, name: nomination.name }}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3 className="mt-6 text-xl font-semibold">{t("expertsHeading")}</h3>
          <p className="text-slate-700">{t("expertsHint")}</p>
          <AddMemberForm competitionId={competitionId} source={{ origin: "EXTERNAL" }} />
        </section>
      )}
      {!closed && (
        <section aria-labelledby="settings" className="mt-8">
          <h2 id="settings" className="text-2xl font-semibold">
            {t("settingsHeading")}
          </h2>
          <CommissionSettings
            competitionId={competitionId}
            values={{
              actReference: commission?.actReference ?? "",
              divergencePercent: Math.round((commission?.divergenceThresholdBp ?? 3000) / 100),
              minVotingCards: commission?.minVotingCards ?? 2,
              passPercent: commission?.passThresholdBp == null ? null : Math.round(commission.passThresholdBp / 100),
              quorum: commission?.quorum ?? null,
            }}
          />
          {commission?.status === "FORMING" && <ActivateCommission competitionId={competitionId} />}
        </section>
      )}
    </>
  );
}
