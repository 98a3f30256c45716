import { getFormatter, getTranslations } from "next-intl/server";
import { ScheduleMeetingForm } from "@/components/competitions/commission/meeting-forms";
import { longDateTime } from "@/lib/i18n/date-time";
import { Link } from "@/lib/i18n/navigation";

/** The commission's meetings, newest first; the chair and the secretary call new ones here. */
export async function MeetingsList({
  slug,
  competitionId,
  meetings,
  maySchedule,
}: {
  slug: string;
  competitionId: string;
  meetings: { id: string; startsAt: Date; place: string | null; minutesApprovedAt: Date | null }[];
  maySchedule: boolean;
}) {
  const t = await getTranslations("commission.meetings");
  const format = await getFormatter();
  return (
    <section aria-labelledby="meetings" className="mt-8">
      <h2 id="meetings" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      {meetings.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <Link
                href={{ pathname: "/competitions/[slug]/commission/meetings/[id]", params: { slug, id: meeting.id } }}
              >
                {t("item", { time: longDateTime(format, meeting.startsAt), place: meeting.place ?? "none" })}
              </Link>
              {meeting.minutesApprovedAt && ` · ${t("minutesApproved")}`}
            </li>
          ))}
        </ul>
      )}
      {maySchedule && (
        <>
          <h3 className="mt-6 text-xl font-semibold">{t("scheduleHeading")}</h3>
          <ScheduleMeetingForm competitionId={competitionId} />
        </>
      )}
    </section>
  );
}
