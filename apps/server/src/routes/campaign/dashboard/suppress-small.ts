/** Public counts below this are withheld, so a figure never points at a handful of children. */
export const SUPPRESSION_THRESHOLD = 5;

/** The count, or null when it is under {@link SUPPRESSION_THRESHOLD}. */
export function suppressSmall(count: number): number | null {
  return count < SUPPRESSION_THRESHOLD ? null : count;
}

/** Shown beside public counters when any was withheld. */
export const SUPPRESSION_NOTE = `Các số liệu dưới ${SUPPRESSION_THRESHOLD} được ẩn để bảo vệ quyền riêng tư của trẻ em.`;
