"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { inputClassName } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useCommissionAction } from "@/components/competitions/commission/use-commission-action";
import {
  approveMinutesAction,
  recordAttendanceAction,
  saveMinutesAction,
  scheduleMeetingAction,
} from "@/lib/competitions/commission/actions";

/** Calling a meeting: when (Polish time), where or the link, the agenda; the members are told. */
export function ScheduleMeetingForm({ competitionId }: { competitionId: string }) {
  const t = useTranslations("commission.meetings");
  const id = useId();
  const { run, pending, refused, invalid, serverError } = useCommissionAction();
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    setDone(false);
    const result = await run(() =>
      scheduleMeetingAction({
        competitionId,
        startsAt: field("startsAt"),
        place: field("place"),
        onlineUrl: field("onlineUrl"),
        agenda: field("agenda"),
      }),
    );
    if (result) setDone(true);
  }

  return (
    <form onSubmit={submit} noValidate className="mt-4 max-w-xl space-y-3">
      <FormStatus refused={refused} serverError={serverError} saved={done && t("scheduled")} />
      {invalid && <Alert tone="error">{t("invalid")}</Alert>}
      <div>
        <label htmlFor={`${id}-start`} className="block font-semibold">
          {t("startsAt")}
        </label>
        <input id={`${id}-start`} name="startsAt" type="datetime-local" required className={inputClassName} />
      </div>
      <div>
        <label htmlFor={`${id}-place`} className="block font-semibold">
          {t("place")}
        </label>
        <input id={`${id}-place`} name="place" className={inputClassName} />
      </div>
      <div>
        <label htmlFor={`${id}-url`} className="block font-semibold">
          {t("onlineUrl")}
        </label>
        <input id={`${id}-url`} name="onlineUrl" type="url" className={inputClassName} />
      </div>
      <div>
        <label htmlFor={`${id}-agenda`} className="block font-semibold">
          {t("agenda")}
        </label>
        <textarea id={`${id}-agenda`} name="agenda" rows={4} className={inputClassName} />
      </div>
      <Button type="submit" busy={pending}>
        {t("schedule")}
      </Button>
    </form>
  );
}

/** Who was there: one checkbox per member, with an optional note. */
export function AttendanceForm({
  competitionId,
  meetingId,
  members,
}: {
  competitionId: string;
  meetingId: string;
  members: { id: string; name: string; present: boolean; note: string }[];
}) {
  const t = useTranslations("commission.meetings");
  const id = useId();
  const { run, pending, refused, invalid, serverError } = useCommissionAction();
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setDone(false);
    const attendance = members.map((m) => ({
      memberId: m.id,
      present: form.get(`present-${m.id}`) === "on",
      note: String(form.get(`note-${m.id}`) ?? ""),
    }));
    if (await run(() => recordAttendanceAction({ competitionId, meetingId, attendance }))) setDone(true);
  }

  return (
    <form onSubmit={submit} noValidate className="mt-4 max-w-xl">
      <FormStatus refused={refused} serverError={serverError} saved={done && t("attendanceSaved")} />
      {invalid && <Alert tone="error">{t("invalid")}</Alert>}
      <fieldset>
        <legend className="font-semibold">{t("attendanceLegend")}</legend>
        {members.map((member) => (
          <div key={member.id} className="mt-3">
            <div className="flex items-center gap-2">
              <input
                id={`${id}-p-${member.id}`}
                name={`present-${member.id}`}
                type="checkbox"
                defaultChecked={member.present}
                className="h-5 w-5"
              />
              <label htmlFor={`${id}-p-${member.id}`}>{t("present", { name: member.name })}</label>
            </div>
            <label htmlFor={`${id}-n-${member.id}`} className="sr-only">
              {t("note", { name: member.name })}
            </label>
            <input
              id={`${id}-n-${member.id}`}
              name={`note-${member.id}`}
              defaultValue={member.note}
              placeholder={t("notePlaceholder")}
              className={inputClassName}
            />
          </div>
        ))}
      </fieldset>
      <Button type="submit" className="mt-4" busy={pending}>
        {t("saveAttendance")}
      </Button>
    </form>
  );
}

/** The minutes as a draft (chair and secretary), then approved by the chair, after which they stay as they are. */
export function MinutesForm({
  competitionId,
  meetingId,
  minutes,
  mayApprove,
}: {
  competitionId: string;
  meetingId: string;
  minutes: string;
  mayApprove: boolean;
}) {
  const t = useTranslations("commission.meetings");
  const id = useId();
  const { run, pending, refused, invalid, serverError } = useCommissionAction();
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("minutes") ?? "");
    setDone(null);
    if (await run(() => saveMinutesAction({ competitionId, meetingId, minutes: text }))) setDone(t("minutesSaved"));
  }

  return (
    <form onSubmit={submit} noValidate className="mt-4 max-w-3xl">
      <FormStatus refused={refused} serverError={serverError} saved={done} />
      {invalid && <Alert tone="error">{t("invalid")}</Alert>}
      <label htmlFor={`${id}-minutes`} className="block font-semibold">
        {t("minutes")}
      </label>
      <textarea id={`${id}-minutes`} name="minutes" rows={10} defaultValue={minutes} className={inputClassName} />
      <div className="mt-4 flex flex-wrap gap-3">
        <Button type="submit" busy={pending}>
          {t("saveMinutes")}
        </Button>
        {mayApprove && (
          <Button
            variant="secondary"
            busy={pending}
            onClick={async () => {
              setDone(null);
              if (await run(() => approveMinutesAction({ competitionId, meetingId }))) setDone(t("approved"));
            }}
          >
            {t("approve")}
          </Button>
        )}
      </div>
    </form>
  );
}
