import { loadConfig, migrateToLatest, openDatabase, purgeClosedCases } from '@kmm/server';

/**
 * `kmm purge`: erases the contents of cases closed more than `KMM_RETENTION_DAYS` ago
 * (default 180), keeping their anonymous counts. The server also does this daily; the
 * command is for cron jobs and for running it now.
 */
export async function purgeCommand(): Promise<void> {
  const config = loadConfig();
  const handle = openDatabase(config.DATABASE_URL);
  try {
    await migrateToLatest(handle.db);
    const purged = await purgeClosedCases(handle.db, new Date(), config.KMM_RETENTION_DAYS);
    console.log(`Đã xóa nội dung ${purged} hồ sơ đóng quá ${config.KMM_RETENTION_DAYS} ngày / Erased the contents of ${purged} cases closed over ${config.KMM_RETENTION_DAYS} days ago`);
  } finally {
    await handle.close();
  }
}
