/** What other features reuse to take files as attachments do: the same size and type checks and problems (`storeChecked`). */
export { AttachmentsService, type IncomingFile } from './attachments.service';
