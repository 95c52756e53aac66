/** Bytes that claim to be an image but whose structure cannot be walked safely. */
export class InvalidImageError extends Error {
  constructor(
    readonly format: 'png' | 'jpeg',
    readonly offset: number,
    reason: string,
  ) {
    super(`Invalid ${format} at byte ${offset}: ${reason}`);
    this.name = 'InvalidImageError';
  }
}
