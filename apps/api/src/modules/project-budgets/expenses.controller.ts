import type {} from '@fastify/multipart';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { ATTACHMENT_UPLOAD_FIELD } from '@kopa/shared';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import { contentDisposition } from '../attachments/file-name';
import { ExpenseReceiptsService } from './expense-receipts.service';
import { ExpensesService } from './expenses.service';
import { CreateExpenseDto, ExpenseDto, ExpenseListDto, ExpenseListQueryDto, ExpenseReceiptDto, UpdateExpenseDto } from './project-budgets.dto';

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('project budgets')
@Controller('projects/:id/expenses')
export class ExpensesController {
  constructor(
    private readonly expenses: ExpensesService,
    private readonly receipts: ExpenseReceiptsService,
  ) {}

  @Get()
  @ApiOperation({ summary: "The project's expenses, paged (the grantee's members and coordinators of the programme)" })
  @Authenticated({ permission: ['projects:manage', 'projects:grantee'] })
  @ZodResponse({ type: ExpenseListDto })
  list(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Query() query: ExpenseListQueryDto) {
    return this.expenses.list(user, projectId, query);
  }

  @Post()
  @ApiOperation({ summary: 'Record an expense against a budget line (members, while the project is active)' })
  @Authenticated({ permission: 'projects:grantee' })
  @ZodResponse({ type: ExpenseDto, status: 201 })
  create(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Body() body: CreateExpenseDto) {
    return this.expenses.create(user, projectId, body);
  }

  @Patch(':expenseId')
  @ApiOperation({ summary: 'Correct an expense (members, while the project is active)' })
  @Authenticated({ permission: 'projects:grantee' })
  @ZodResponse({ type: ExpenseDto })
  update(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Param('expenseId', id) expenseId: string, @Body() body: UpdateExpenseDto) {
    return this.expenses.update(user, projectId, expenseId, body);
  }

  @Delete(':expenseId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an expense and its receipts (members, while the project is active)' })
  @Authenticated({ permission: 'projects:grantee' })
  async remove(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Param('expenseId', id) expenseId: string): Promise<void> {
    await this.expenses.remove(user, projectId, expenseId);
  }

  /** multipart/form-data with one file in the field `file`; size and types as for application attachments. */
  @Post(':expenseId/receipts')
  @ApiOperation({ summary: 'Upload a receipt of an expense (members, while the project is active)' })
  @Authenticated({ permission: 'projects:grantee' })
  @ApiConsumes('multipart/form-data')
  @ZodResponse({ type: ExpenseReceiptDto, status: 201 })
  async upload(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Param('expenseId', id) expenseId: string, @Req() request: FastifyRequest) {
    const part = request.isMultipart() ? await request.file() : undefined;
    if (!part || part.fieldname !== ATTACHMENT_UPLOAD_FIELD) {
      throw Problems.validation([{ path: ATTACHMENT_UPLOAD_FIELD, code: 'custom', message: 'attachment.file.missing' }]);
    }
    const receipt = await this.receipts.upload(user, projectId, expenseId, { fileName: part.filename, content: part.file });
    return { id: receipt.id, fileName: receipt.fileName, mimeType: receipt.mimeType, sizeBytes: receipt.sizeBytes, createdAt: receipt.createdAt.toISOString() };
  }

  @Get(':expenseId/receipts/:receiptId')
  @ApiOperation({ summary: "A receipt's content, as a download" })
  @Authenticated({ permission: ['projects:manage', 'projects:grantee'] })
  async content(
    @CurrentUser() user: Principal,
    @Param('id', id) projectId: string,
    @Param('expenseId', id) expenseId: string,
    @Param('receiptId', id) receiptId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { receipt, content } = await this.receipts.open(user, projectId, expenseId, receiptId);
    void reply.headers({
      'content-type': receipt.mimeType,
      'content-length': String(receipt.sizeBytes),
      'content-disposition': contentDisposition(receipt.fileName),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    return new StreamableFile(content);
  }

  @Delete(':expenseId/receipts/:receiptId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a receipt (members, while the project is active)' })
  @Authenticated({ permission: 'projects:grantee' })
  async removeReceipt(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Param('expenseId', id) expenseId: string, @Param('receiptId', id) receiptId: string): Promise<void> {
    await this.receipts.remove(user, projectId, expenseId, receiptId);
  }
}
