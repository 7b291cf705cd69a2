import { Module } from '@nestjs/common';
import { ReceiptRepository } from './receipt.repository';
import { ReceiptService } from './receipt.service';

/** Import into the applications module to send receipts on submission (ReceiptService). */
@Module({
  providers: [ReceiptService, ReceiptRepository],
  exports: [ReceiptService],
})
export class ReceiptModule {}
