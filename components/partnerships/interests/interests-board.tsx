"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { useDecisions } from "@/components/forms/use-decisions";
import { ContactsList } from "@/components/partnerships/interests/contacts-list";
import { Button } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import { capabilityName } from "@/lib/partnerships/capabilities";
import {
  acceptInterestAction,
  declineInterestsAction,
  shortlistInterestAction,
} from "@/lib/partnerships/interests/actions";
import { isUndecided } from "@/lib/partnerships/interests/policy";
import type { RequestInterestsView } from "@/lib/partnerships/interests/queries";
import { MAX_DECISION_NOTE } from "@/lib/partnerships/interests/schemas";

type Interest = RequestInterestsView["groups"][number]["interests"][number];

/**
 * The author's interests, grouped by state and sorted by fit: shortlist,
 * accept or decline (with an optional reason) one at a time; or decline
 * several chosen with the boxes, with one optional reason the senders are
 * told. Outcomes are announced above the list, which keeps focus when a
 * decided row moves to another group.
 */
export function InterestsBoard({ view }: { view: RequestInterestsView }) {
  const t = useTranslations("partnerInterests");
  const tp = useTranslations("partnerships");
  const { decide, alerts } = useDecisions("partnerInterests.refusals", { focusOutcome: true });
  const [pending, setPending] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | undefined>();
  /** The interest whose own decline form is open (one at a time). */
  const [declining, setDeclining] = useState<string | null>(null);
  const closed = view.request.status === "CLOSED";

  async function run(action: () => Promise<{ data?: unknown; serverError?: string } | undefined>, done: string) {
    setPending(true);
    await decide(action, done);
    setPending(false);
  }

  const needName = (code: string) => capabilityName(tp, code);

  const row = (interest: Interest) => (
    <li key={interest.id} className="rounded border-2 border-slate-300 p-3">
      <div className="flex flex-wrap items-start gap-3">
        {isUndecided(interest.status) && !closed && (
          <input
            id={`choose-${interest.id}`}
            type="checkbox"
            className="mt-1 h-5 w-5"
            checked={chosen.includes(interest.id)}
            onChange={(event) =>
              setChosen((now) =>
                event.target.checked ? [...now, interest.id] : now.filter((id) => id !== interest.id),
              )
            }
            aria-label={t("board.choose", { name: interest.party.name })}
          />
        )}
        <div className="min-w-0 flex-1">
          <h4 className="font-semibold">
            {interest.party.kind === "organisation" ? (
              <Link href={{ pathname: "/organisations/[slug]", params: { slug: interest.party.slug } }}>
                {interest.party.name}
              </Link>
            ) : (
              <Link href={{ pathname: "/institutions/[slug]", params: { slug: interest.party.slug } }}>
                {interest.party.name}
              </Link>
            )}
          </h4>
          <p className="text-sm text-slate-700">
            {t("board.meta", {
              covered: interest.coveredNeeds.length,
              needs: view.request.neededCompetences.length + view.request.neededResources.length,
              fit: interest.fitScore === null ? "none" : String(Math.round(interest.fitScore * 100)),
            })}
          </p>
          {interest.coveredNeeds.length > 0 && (
            <p className="mt-1">
              {t("board.covers")} {interest.coveredNeeds.map(needName).join(", ")}
            </p>
          )}
          <p className="mt-2 whitespace-pre-line" lang="pl">
            {interest.message}
          </p>
          {interest.status === "DECLINED" && interest.decisionNote && (
            <p className="mt-1">
              {t("state.reason")} {interest.decisionNote}
            </p>
          )}
          {interest.contacts && <ContactsList contacts={interest.contacts} name={interest.party.name} />}
          {interest.partnership && (
            <p className="mt-2">
              {t("board.partnership", { status: interest.partnership.status })}{" "}
              <Link href="/partnerships/mine">{t("section.toMine")}</Link>
            </p>
          )}
          {isUndecided(interest.status) && !closed && (
            <div className="mt-3 flex flex-wrap gap-2">
              {interest.status === "SUBMITTED" && (
                <Button
                  variant="secondary"
                  busy={pending}
                  onClick={() =>
                    run(() => shortlistInterestAction({ interestId: interest.id }), t("board.shortlisted"))
                  }
                >
                  {t("board.shortlist")}
                  <span className="sr-only"> – {interest.party.name}</span>
                </Button>
              )}
              <Button
                busy={pending}
                onClick={() => run(() => acceptInterestAction({ interestId: interest.id }), t("board.accepted"))}
              >
                {t("board.accept")}
                <span className="sr-only"> – {interest.party.name}</span>
              </Button>
              <Button
                id={`decline-one-${interest.id}`}
                variant="secondary"
                aria-expanded={declining === interest.id}
                aria-controls={declining === interest.id ? `decline-one-form-${interest.id}` : undefined}
                onClick={() => setDeclining((now) => (now === interest.id ? null : interest.id))}
              >
                {t("board.declineOne")}
                <span className="sr-only"> – {interest.party.name}</span>
              </Button>
            </div>
          )}
          {declining === interest.id && isUndecided(interest.status) && !closed && (
            <DeclineOneForm
              interestId={interest.id}
              name={interest.party.name}
              pending={pending}
              onDecline={async (note) => {
                await run(
                  () => declineInterestsAction({ requestId: view.request.id, interestIds: [interest.id], note }),
                  t("board.declined", { count: 1 }),
                );
                setDeclining(null);
                setChosen((now) => now.filter((id) => id !== interest.id));
              }}
              onCancel={() => {
                setDeclining(null);
                document.getElementById(`decline-one-${interest.id}`)?.focus();
              }}
            />
          )}
        </div>
      </div>
    </li>
  );

  return (
    <div className="mt-6">
      {alerts}
      {view.groups.length === 0 && <p>{t("board.empty")}</p>}
      {view.groups.map((group) => (
        <section key={group.status} aria-labelledby={`group-${group.status}`} className="mt-6">
          <h2 id={`group-${group.status}`} className="text-2xl font-bold">
            {t("board.group", { status: group.status, count: group.interests.length })}
          </h2>
          <ul className="mt-3 space-y-3">{group.interests.map(row)}</ul>
        </section>
      ))}
      {!closed && view.groups.some((g) => g.interests.some((i) => isUndecided(i.status))) && (
        <form
          noValidate
          aria-labelledby="decline-heading"
          className="mt-8 max-w-3xl rounded border-2 border-slate-300 p-4"
          onSubmit={async (event) => {
            event.preventDefault();
            // The server refuses it too (schemas.ts); said here at the field, where it can be fixed.
            setNoteError(note.trim().length > MAX_DECISION_NOTE ? t("errors.interestNoteTooLong") : undefined);
            if (note.trim().length > MAX_DECISION_NOTE) return;
            await run(
              () => declineInterestsAction({ requestId: view.request.id, interestIds: chosen, note }),
              t("board.declined", { count: chosen.length }),
            );
            setChosen([]);
            setNote("");
          }}
        >
          <h2 id="decline-heading" className="text-xl font-bold">
            {t("board.declineHeading")}
          </h2>
          <p className="mb-3" aria-live="polite">
            {t("board.chosen", { count: chosen.length })}
          </p>
          <FormField
            id="decline-note"
            name="note"
            label={t("board.note")}
            hint={t("board.noteHint", { max: MAX_DECISION_NOTE })}
            error={noteError}
          >
            {(props) => (
              <textarea
                {...props}
                value={note}
                onChange={(event) => setNote(event.target.value)}
                rows={3}
                className={inputClassName}
              />
            )}
          </FormField>
          <Button type="submit" variant="danger" busy={pending} disabled={chosen.length === 0}>
            {t("board.decline", { count: chosen.length })}
          </Button>
        </form>
      )}
    </div>
  );
}

/** One interest's decline, with its own optional reason: opened from the row, focused on the reason. */
function DeclineOneForm({
  interestId,
  name,
  pending,
  onDecline,
  onCancel,
}: {
  interestId: string;
  name: string;
  pending: boolean;
  onDecline: (note: string) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations("partnerInterests");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    noteRef.current?.focus();
  }, []);
  const headingId = `decline-one-heading-${interestId}`;
  return (
    <form
      id={`decline-one-form-${interestId}`}
      noValidate
      aria-labelledby={headingId}
      className="mt-3 rounded border-2 border-slate-300 p-3"
      onSubmit={async (event) => {
        event.preventDefault();
        // The server refuses it too (schemas.ts); said here at the field, where it can be fixed.
        const tooLong = note.trim().length > MAX_DECISION_NOTE;
        setError(tooLong ? t("errors.interestNoteTooLong") : undefined);
        if (!tooLong) await onDecline(note);
      }}
    >
      <h5 id={headingId} className="mb-2 font-semibold">
        {t("board.declineOneHeading", { name })}
      </h5>
      <FormField
        id={`decline-one-note-${interestId}`}
        name="note"
        label={t("board.declineOneNote")}
        hint={t("board.noteHint", { max: MAX_DECISION_NOTE })}
        error={error}
      >
        {(props) => (
          <textarea
            {...props}
            ref={noteRef}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            rows={2}
            className={inputClassName}
          />
        )}
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" busy={pending}>
          {t("board.declineOneConfirm")}
          <span className="sr-only"> – {name}</span>
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("board.declineOneCancel")}
        </Button>
      </div>
    </form>
  );
}
