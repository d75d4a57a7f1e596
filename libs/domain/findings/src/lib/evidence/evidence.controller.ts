import { Controller, Get, HttpCode, HttpStatus, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { EvidenceFileView, EvidenceService } from './evidence.service';
import { discardRestOf, receiveFilePart } from './multipart-upload';

/** `inline` with an ASCII fallback name and the exact UTF-8 one (RFC 6266 / RFC 8187). */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

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
      disposition: contentDisposition(file.name),
    });
  }
}
