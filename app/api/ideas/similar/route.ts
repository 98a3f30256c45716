export { similarIdeasRoute as GET } from "@/lib/ideas/file-handlers";
