// Track record: past projects with partners (how many, how recent),
// partnerships completed on the platform (and whether the other side would
// work together again), and recent activity (its profile or partnership
// profile changed lately: read with the candidate's row, so it costs no query).
import { clamp01, type CandidateFacts, type ComponentResult, type Reason } from "@/lib/partnerships/score/types";

const RECENT_YEARS = 3;
const ACTIVE_DAYS = 180;

export function trackRecordScore(
  candidate: Pick<
    CandidateFacts,
    "pastProjects" | "lastProjectYear" | "completedPartnerships" | "wouldAgain" | "lastActiveAt"
  >,
  now: Date,
): ComponentResult {
  const reasons: Reason[] = [];
  let value = 0;
  if (candidate.pastProjects > 0) {
    value += (0.3 * Math.min(candidate.pastProjects, 5)) / 5;
    if (candidate.lastProjectYear !== null && now.getUTCFullYear() - candidate.lastProjectYear <= RECENT_YEARS)
      value += 0.15;
    reasons.push({ code: "pastProjects", count: candidate.pastProjects });
  }
  if (candidate.completedPartnerships > 0) {
    value += (0.25 * Math.min(candidate.completedPartnerships, 3)) / 3;
    value += 0.15 * (candidate.wouldAgain / candidate.completedPartnerships);
    reasons.push({
      code: "completedPartnerships",
      count: candidate.completedPartnerships,
      wouldAgain: candidate.wouldAgain,
    });
  }
  if (candidate.lastActiveAt && now.getTime() - candidate.lastActiveAt.getTime() <= ACTIVE_DAYS * 86_400_000) {
    value += 0.15;
    reasons.push({ code: "recentlyActive" });
  }
  return { value: clamp01(value), reasons, unmet: [] };
}
