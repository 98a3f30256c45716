import { dateToPolishLocal } from "@/lib/time/polish-local";

/** Today in Poland as a date column value (midnight UTC of that day). */
export const polishToday = (now: Date) => new Date(`${dateToPolishLocal(now).slice(0, 10)}T00:00:00Z`);
