/** A candidate's photo from the platform's route, which shows it only to those who may see it. */
export function CandidatePhoto({
  electionId,
  nominationId,
  alt,
}: {
  electionId: string;
  nominationId: string;
  alt: string;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a re-encoded WebP of at most 600 px from our own route
    <img
      src={`/api/elections/${electionId}/candidates/${nominationId}/photo`}
      alt={alt}
      className="h-32 w-32 shrink-0 rounded border border-slate-300 object-cover"
    />
  );
}
