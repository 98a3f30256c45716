export { downloadIdeaAttachment as GET } from "@/lib/ideas/file-handlers";
