/** What other features reuse to take files as attachments do: the same size and type checks and problems. */
export { AttachmentProblems } from './attachments.problems';
export { isMultipartSizeError, type IncomingFile } from './attachments.service';
export { sniffFileType } from './file-sniffing';
