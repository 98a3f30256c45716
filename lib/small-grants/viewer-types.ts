// What /api/small-grants/[id]/viewer answers (lib/small-grants/viewer.ts); client-safe.
export type SmallGrantViewer =
  | { signedIn: false }
  | {
      signedIn: true;
      manages: boolean;
      institutionSlug: string;
      /** Null when remarks are not taken now (the window has ended). */
      remark: { caseId: string; personName: string; organisations: { id: string; name: string }[] } | null;
    };
