/**
 * One item of a quote or an order as channels carry it (validated in main before it is sent):
 * every string bounded, option values a number or a short text.
 */
import { z } from 'zod';
import { patternString } from '../validation';

const key = patternString(32, /^[A-Za-z0-9_-]{1,32}$/, 'Unknown option');
const cycle = z.string().trim().min(1).max(10, 'Unknown billing cycle');

export const orderItemSchema = z.object({
  productId: patternString(20, /^[0-9]{1,20}$/, 'Unknown product'),
  cycle: cycle.optional(),
  domain: z.string().trim().toLowerCase().max(253, 'The domain name is too long').optional(),
  /** Form id → item id → value (1 for a choice or checkbox, a count, or a text). */
  custom: z
    .record(key, z.record(key, z.union([z.number().finite(), z.string().max(255, 'At most 255 characters')])))
    .optional(),
  /** Addon id → its billing cycle. */
  addons: z.record(key, cycle).optional(),
});
export type OrderItemInput = z.infer<typeof orderItemSchema>;

export const orderOptionsSchema = z.object({
  payMethod: patternString(10, /^[0-9]{1,10}$/, 'Unknown payment method').optional(),
  promocode: z.string().trim().max(40, 'At most 40 characters').optional(),
});
export type OrderOptionsInput = z.infer<typeof orderOptionsSchema>;
