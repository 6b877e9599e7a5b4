import sharp from 'sharp';
import { UITVOERING_LIMITS } from '../../../shared/uitvoering/actie';
import type { PhotoType } from '../../../shared/uitvoering/voortgang';
import { DomainError } from '../errors';

/** The type of an image by its first bytes (never by a name or a declared type), or null. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  const starts = (sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

export interface CleanPhoto {
  type: PhotoType;
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** A photo of a few thousand pixels a side; anything far larger is refused before it is decoded. */
const MAX_INPUT_PIXELS = 50_000_000;

/**
 * Makes an uploaded photo safe to show: checks its size and type by its bytes, turns it upright, scales
 * it down to at most 1600 px a side and encodes it anew in its own format. Encoding anew writes no
 * metadata (sharp keeps none unless asked), so EXIF — GPS position, camera, time — and XMP, IPTC and
 * ICC comments are gone.
 */
export async function cleanPhoto(base64: string): Promise<CleanPhoto> {
  const input = Buffer.from(base64, 'base64');
  if (input.byteLength > UITVOERING_LIMITS.photoBytes) throw new DomainError('payload_too_large');
  const type = sniffPhotoType(input);
  if (!type) throw new DomainError('photo_invalid');
  try {
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate().resize({
      width: UITVOERING_LIMITS.photoMaxSide,
      height: UITVOERING_LIMITS.photoMaxSide,
      fit: 'inside',
      withoutEnlargement: true,
    });
    const encoded =
      type === 'image/jpeg'
        ? image.jpeg({ quality: 82, mozjpeg: true })
        : type === 'image/png'
          ? image.png({ compressionLevel: 9 })
          : image.webp({ quality: 82 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { type, bytes: new Uint8Array(data), width: info.width, height: info.height };
  } catch {
    throw new DomainError('photo_invalid');
  }
}
