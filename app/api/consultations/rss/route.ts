import { consultationsRss } from "@/lib/consultations/feed-handlers";

export const dynamic = "force-dynamic";

export const GET = consultationsRss;
