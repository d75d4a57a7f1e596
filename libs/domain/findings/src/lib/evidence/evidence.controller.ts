import { Controller, Get, HttpCode, HttpStatus, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import type { Request, Response } from 'express';
import { contentDisposition } from '@liandong/files';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { EvidenceFileView, EvidenceService } from './evidence.service';
import { discardRestOf, receiveFilePart } from './multipart-upload';

/** Evidence files over plain HTTP: GraphQL refers to them by SHA-256. */
@Controller('files')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  async upload(@CurrentCaller() caller: Caller, @Req() req: Request): Promise<EvidenceFileView> {
    try {
      return await this.evidence.register(caller, (maxBytes) => receiveFilePart(req, 'file', maxBytes));
    } finally {
      if (!req.complete) {
        // Refused before the body ended (too large, not allowed …). No `Connection: close`: Node would
        // hang up right after the answer, and a client still sending would see a reset, not the answer.
        discardRestOf(req);
      }
    }
  }

  @Get(':sha256')
  async download(
    @CurrentCaller() caller: Caller,
    @Param('sha256') sha256: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { file, body } = await this.evidence.open(caller, sha256);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-cache');
    return new StreamableFile(body, {
      type: file.mime,
      length: file.size,
      disposition: contentDisposition(file.name, { inline: true }),
    });
  }
}
