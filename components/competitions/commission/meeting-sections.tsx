import { getFormatter, getTranslations } from "next-intl/server";
import { AttendanceForm, MinutesForm } from "@/components/competitions/commission/meeting-forms";
import type { CommissionMeetingView } from "@/lib/competitions/commission/meeting-view";
import { longDateTime } from "@/lib/i18n/date-time";

/** The meeting: when and where, the agenda, who was there, the minutes (editable by the chair and the secretary). */
export async function MeetingSections({ view }: { view: CommissionMeetingView }) {
  const t = await getTranslations("commission.meetings");
  const roles = await getTranslations("commission.roles");
  const format = await getFormatter();
  const { meeting } = view;
  return (
    <>
      <dl className="mt-4 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("startsAt")}</dt>
        <dd>{longDateTime(format, meeting.startsAt)}</dd>
        {meeting.place && (
          <>
            <dt className="font-semibold">{t("place")}</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
        {meeting.onlineUrl && (
          <>
            <dt className="font-semibold">{t("onlineUrl")}</dt>
            <dd>
              <a href={meeting.onlineUrl} rel="noopener noreferrer">
                {meeting.onlineUrl}
              </a>
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="agenda" className="mt-8">
        <h2 id="agenda" className="text-2xl font-semibold">
          {t("agenda")}
        </h2>
        <p className="mt-2 whitespace-pre-line">{meeting.agenda || t("noAgenda")}</p>
      </section>
      <section aria-labelledby="attendance" className="mt-8">
        <h2 id="attendance" className="text-2xl font-semibold">
          {t("attendanceHeading")}
        </h2>
        {view.mayEdit ? (
          <AttendanceForm competitionId={view.competition.id} meetingId={meeting.id} members={view.members} />
        ) : (
          <ul className="mt-2 space-y-1">
            {view.members.map((member) => (
              <li key={member.id}>
                {`${member.name} (${roles(member.role)}): ${
                  member.recorded ? (member.present ? t("wasPresent") : t("wasAbsent")) : t("notRecorded")
                }${member.note ? ` · ${member.note}` : ""}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="minutes" className="mt-8">
        <h2 id="minutes" className="text-2xl font-semibold">
          {t("minutes")}
        </h2>
        {meeting.minutesApprovedAt && (
          <p className="mt-2 font-semibold">
            {t("approvedAt", { time: longDateTime(format, meeting.minutesApprovedAt) })}
          </p>
        )}
        {view.mayEdit ? (
          <MinutesForm
            competitionId={view.competition.id}
            meetingId={meeting.id}
            minutes={meeting.minutes}
            mayApprove={view.mayApprove}
          />
        ) : (
          <p className="mt-2 whitespace-pre-line">{meeting.minutes || t("noMinutes")}</p>
        )}
      </section>
    </>
  );
}
