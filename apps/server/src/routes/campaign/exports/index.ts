import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.js';
import { CAMPAIGN_STAFF, provinceScope, requireUser } from '../campaign-scope.js';
import { findCampaign } from '../campaigns/campaigns-repository.js';
import { campaignWindow } from '../dashboard/campaign-window.js';
import { campaignDashboard, provinceTable } from '../dashboard/dashboard-queries.js';
import type { ProvinceRow } from '../dashboard/dashboard-schemas.js';
import { renderCampaignReportPdf } from './campaign-report-pdf.js';
import { csvStream, type CsvColumn } from './csv-export.js';
import { EXPORT_LISTS, type ExportList } from './export-lists.js';

const PROVINCE_COLUMNS: readonly CsvColumn<ProvinceRow>[] = [
  { key: 'provinceId', header: 'Mã tỉnh' },
  { key: 'name', header: 'Tỉnh/thành' },
  { key: 'schools', header: 'Số trường' },
  { key: 'schoolsReached', header: 'Trường đã tập huấn' },
  { key: 'trainingsHeld', header: 'Buổi đã tổ chức' },
  { key: 'students', header: 'Học sinh' },
  { key: 'teachers', header: 'Giáo viên' },
  { key: 'parents', header: 'Phụ huynh' },
  { key: 'experts', header: 'Chuyên gia' },
  { key: 'pledges', header: 'Cam kết' },
  { key: 'eventVisitors', header: 'Khách sự kiện' },
];

const campaignQuery = z.object({ campaignId: z.string().max(80).optional() });

/**
 * Downloads for staff: every list as CSV (Excel-ready, formula-safe), the province table of
 * a campaign, and the campaign report as PDF. A provincial organiser gets their province only.
 */
const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  async function campaignOr404(id?: string) {
    const campaign = await findCampaign(app.db, id);
    if (!campaign) throw new AppError(404, 'campaign_not_found');
    return campaign;
  }

  app.get(
    '/provinces.csv',
    { config: { access: CAMPAIGN_STAFF }, schema: { querystring: campaignQuery } },
    async (request, reply) => {
      const campaign = await campaignOr404(request.query.campaignId);
      const rows = await provinceTable(app.db, campaignWindow(campaign.startDate, campaign.endDate), provinceScope(requireUser(request.user)));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="tinh-thanh.csv"')
        .send(csvStream(PROVINCE_COLUMNS, (async function* () { yield* rows; })()));
    },
  );

  app.get(
    '/report.pdf',
    { config: { access: CAMPAIGN_STAFF, rateLimit: { max: 10, timeWindow: '1 minute' } }, schema: { querystring: campaignQuery } },
    async (request, reply) => {
      const provinceId = provinceScope(requireUser(request.user));
      const dashboard = await campaignDashboard(app.db, await campaignOr404(request.query.campaignId), provinceId);
      const provinceName = provinceId === null ? null : (dashboard.provinces[0]?.name ?? provinceId);
      const pdf = await renderCampaignReportPdf(dashboard, provinceName, new Date());
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="bao-cao-chien-dich${provinceId ? `-${provinceId}` : ''}.pdf"`)
        .send(Buffer.from(pdf));
    },
  );

  app.get(
    '/:list',
    { config: { access: CAMPAIGN_STAFF }, schema: { params: z.object({ list: z.templateLiteral([z.enum(Object.keys(EXPORT_LISTS) as [keyof typeof EXPORT_LISTS]), '.csv']) }) } },
    async (request, reply) => {
      const provinceId = provinceScope(requireUser(request.user));
      const spec = EXPORT_LISTS[request.params.list.replace(/\.csv$/, '') as keyof typeof EXPORT_LISTS] as unknown as ExportList<{ id: string }>;
      // National-only data (social reach) has no province to limit it to.
      if (!spec.provincial && provinceId !== null) throw new AppError(403, 'out_of_province');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${spec.file}.csv"`)
        .send(csvStream(spec.columns, spec.rows(app.db, provinceId)));
    },
  );
};

export default exportsRoutes;
