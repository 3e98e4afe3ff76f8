import type { FastifyInstance } from 'fastify';
import type { ServerOptions } from '../app.js';
import { EXPORT_FORMATS, exportLines, type ExportFormat } from '../../export/export-lines.js';
import { DATE_FORMATS, type DateFormat } from '../../export/gdelt-date.js';
import { filterQuerySchema, rejectBadFilter } from '../filter-query.js';
import { filterFromQuery, type FilterQuery } from '../../store/filter-query.js';

const MEDIA_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson',
  csv: 'text/csv',
  plover: 'application/x-ndjson',
  'cameo-tsv': 'text/tab-separated-values',
};
const EXTENSIONS: Record<ExportFormat, string> = {
  jsonl: 'jsonl',
  csv: 'csv',
  plover: 'plover.jsonl',
  'cameo-tsv': 'tsv',
};

/** `GET /export?format=…`: the same exports as `entente export`, for the current filter. */
export function registerExportRoute(api: FastifyInstance, options: ServerOptions): void {
  api.get<{ Querystring: FilterQuery & { format: ExportFormat; 'date-format'?: DateFormat } }>(
    '/export',
    {
      schema: {
        tags: ['export'],
        summary: 'Export matching articles (jsonl) or events (csv, plover, cameo-tsv)',
        querystring: {
          ...filterQuerySchema,
          required: ['format'],
          properties: {
            ...filterQuerySchema.properties,
            format: { type: 'string', enum: [...EXPORT_FORMATS] },
            'date-format': {
              type: 'string',
              enum: [...DATE_FORMATS],
              default: 'edtf',
              description:
                'dates of csv and cameo-tsv: edtf (as stored) or yyyymmdd (GDELT style, with a year-known column), as `entente export --date-format`',
            },
          },
        },
      },
      preHandler: rejectBadFilter,
    },
    async (request, reply) => {
      const format = request.query.format;
      let body = '';
      for await (const line of exportLines(
        options.store,
        format,
        filterFromQuery(request.query),
        request.query['date-format'] ?? 'edtf',
      ))
        body += line;
      return reply
        .type(`${MEDIA_TYPES[format]}; charset=utf-8`)
        .header('content-disposition', `attachment; filename="entente-export.${EXTENSIONS[format]}"`)
        .send(body);
    },
  );
}
