import { z } from 'zod';
import { uniqueIds } from './unique-ids';

/** One rating of an organisation's scale (src/domain/claims/ratings.ts). */
export const ratingSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'expected 1 to 40 lowercase letters, digits or -'),
  names: z.object({ en: z.string().trim().min(1), fr: z.string().trim().min(1) }),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour written #rrggbb')
    .transform((colour) => colour.toLowerCase()),
  symbol: z.string().trim().min(1).max(12),
  ratingValue: z.number().int().min(1),
  verdict: z.enum(['confirmed', 'disputed', 'unverified']),
});

/** An organisation's rating scale: 1 to 9 ratings (one number key each), ids unique. */
export const ratingScaleSchema = z
  .object({ id: z.string().min(1), ratings: z.array(ratingSchema).min(1).max(9) })
  .superRefine(uniqueIds('ratings'));
