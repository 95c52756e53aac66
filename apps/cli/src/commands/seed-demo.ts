import { loadConfig, migrateToLatest, openDatabase, seedDemoCampaign, seedProvinces } from '@kmm/server';

/**
 * `kmm seed --demo`: migrate, load the 34 provinces, then build the deterministic demo
 * campaign (2,100 schools, 160 experts, 6,000 trainings, events, 200,000 posts, pledges).
 * Running it again leaves an existing demo campaign as it is.
 */
export async function seedDemoCommand(): Promise<void> {
  const handle = openDatabase(loadConfig().DATABASE_URL);
  try {
    await migrateToLatest(handle.db);
    await seedProvinces(handle.db);
    const started = performance.now();
    const counts = await seedDemoCampaign(handle.db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (!counts.created) {
      console.log('Chiến dịch demo đã có sẵn, không nạp lại / The demo campaign is already there; nothing changed');
      return;
    }
    const n = (x: number) => x.toLocaleString('vi-VN');
    console.log(
      `Đã nạp chiến dịch demo trong ${seconds} giây / Seeded the demo campaign in ${seconds}s: ` +
        `${n(counts.schools)} trường, ${n(counts.experts)} chuyên gia, ${n(counts.trainings)} buổi tập huấn, ${n(counts.events)} sự kiện, ` +
        `${n(counts.influencers)} người ảnh hưởng, ${n(counts.posts)} bài đăng, ${n(counts.pledges)} cam kết`,
    );
  } finally {
    await handle.close();
  }
}
