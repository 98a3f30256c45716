import { downloadResultsNotice } from "@/lib/competitions/decision/notice-download";

export const dynamic = "force-dynamic";

export const GET = downloadResultsNotice;
