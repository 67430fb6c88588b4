#version 450
// Backend::sample for a non-greedy choice (temperature > 0, no log-probabilities): what the host
// needs of one logits row to run runtime::choose_from_head, so the row is not downloaded. One
// workgroup of 64:
//   1. the row copied to the scratch buffer (slot 2) and the spec's edits applied there by
//      invocation 0 in list order (kAdd: v + x; kRepetition: v > 0 ? v / x : v * x, f32);
//   2. the largest non-NaN logit v_max and the count of non-NaN logits;
//   3. W, runtime::sum_weights of w_i = det_exp(double(v_i) * inv_t - double(v_max) * inv_t):
//      blocks of 256 ids each summed from 0.0 in id order (one invocation per block), then the
//      block sums in block order by invocation 0;
//   4. the first n = min(C, non-NaN count) tokens of the candidate order (logit descending, lower
//      id first): a radix select on order-preserving keys of the logits (4 passes of 8 bits)
//      finds the n-th key T, then every token above T and the lowest ids at T are listed.
// Parameters (binding 0 = the host-visible buffer of slot 1): V, row, edits, edits word offset
// (token, kind, value bits each), result word offset, C, inv_t (2 words, lo/hi).
// Result: n, non-NaN count, v_max bits, W (2 words), then n pairs (id, edited logit bits) in no
// particular order (the host sorts them). Slot 0 holds the logits; slot 2 the scratch: V words
// of the edited row, then one double per block.
#include "common.glsl"

const uint kBlock = 256u;  // runtime::kSumBlock

shared float red_v[64];
shared uint red_n[64];
shared uint hist[256];
shared uint sel_prefix, sel_want, sel_greater;
shared uint chunk_ties[64];

// runtime::det_exp, operation for operation (see sampling.cpp).
double det_exp(double x) {
  if (!(x >= -708.0lf)) return 0.0lf;
  const double inv_ln2 = packDouble2x32(uvec2(0x652b82feu, 0x3ff71547u));
  const double ln2_hi = packDouble2x32(uvec2(0xfee00000u, 0x3fe62e42u));
  const double ln2_lo = packDouble2x32(uvec2(0x35793c76u, 0x3dea39efu));
  const double shift = packDouble2x32(uvec2(0x00000000u, 0x43380000u));
  const uvec2 c[14] = uvec2[14](
      uvec2(0x00000000u, 0x3ff00000u), uvec2(0x00000000u, 0x3ff00000u),
      uvec2(0x00000000u, 0x3fe00000u), uvec2(0x55555555u, 0x3fc55555u),
      uvec2(0x55555555u, 0x3fa55555u), uvec2(0x11111111u, 0x3f811111u),
      uvec2(0x16c16c17u, 0x3f56c16cu), uvec2(0x1a01a01au, 0x3f2a01a0u),
      uvec2(0x1a01a01au, 0x3efa01a0u), uvec2(0xa556c734u, 0x3ec71de3u),
      uvec2(0xb7789f5cu, 0x3e927e4fu), uvec2(0x67f544e4u, 0x3e5ae645u),
      uvec2(0xeff8d898u, 0x3e21eed8u), uvec2(0x13a86d09u, 0x3de61246u));
  precise double z = x * inv_ln2;
  precise double kd = z + shift;
  precise double k = kd - shift;
  precise double hi = k * ln2_hi;
  precise double lo = k * ln2_lo;
  precise double r0 = x - hi;
  precise double r = r0 - lo;
  precise double p = packDouble2x32(c[13]);
  for (int n = 12; n >= 0; --n) {
    precise double pr = p * r;
    p = pr + packDouble2x32(c[n]);
  }
  uint biased = uint(int(k) + 1023);
  precise double out_ = p * packDouble2x32(uvec2(0u, biased << 20));
  return out_;
}

// Order-preserving key of a non-NaN f32: larger value, larger key; -0 and +0 are one key (they
// compare equal, so the lower id comes first among them).
uint key_of(float v) {
  uint b = v == 0.0 ? 0u : floatBitsToUint(v);
  return (b & 0x80000000u) != 0u ? ~b : b | 0x80000000u;
}

void main() {
  uint V = P(0), row = P(1), ne = P(2), eo = P(3), ro = P(4), C = P(5);
  double inv_t = packDouble2x32(uvec2(P(6), P(7)));
  uint lid = gl_LocalInvocationID.x;
  uint base = row * V;

  // 1. The edited row.
  for (uint i = lid; i < V; i += 64u) t[2].d[i] = t[0].d[base + i];
  memoryBarrierBuffer();
  barrier();
  if (lid == 0u) {
    for (uint q = 0u; q < ne; ++q) {
      uint tok = t[1].d[eo + 3u * q];
      precise float v = uintBitsToFloat(t[2].d[tok]);
      float x = uintBitsToFloat(t[1].d[eo + 3u * q + 2u]);
      if (t[1].d[eo + 3u * q + 1u] == 0u) {
        v = v + x;
      } else {
        v = v > 0.0 ? div_rn(v, x) : v * x;
      }
      t[2].d[tok] = floatBitsToUint(v);
    }
  }
  memoryBarrierBuffer();
  barrier();

  // 2. v_max and the non-NaN count.
  float m = uintBitsToFloat(0xFF800000u);
  uint count = 0u;
  for (uint i = lid; i < V; i += 64u) {
    float v = uintBitsToFloat(t[2].d[i]);
    if (isnan(v)) continue;
    m = max(m, v);
    count += 1u;
  }
  red_v[lid] = m;
  red_n[lid] = count;
  barrier();
  for (uint s = 32u; s >= 1u; s >>= 1) {
    if (lid < s) {
      red_v[lid] = max(red_v[lid], red_v[lid + s]);
      red_n[lid] += red_n[lid + s];
    }
    barrier();
  }
  float vmax = red_v[0];
  uint valid = red_n[0];

  // 3. W (only meaningful when x_max is finite; the host checks).
  precise double x_max = double(vmax) * inv_t;
  uint blocks = (V + kBlock - 1u) / kBlock;
  bool finite_max = !isinf(vmax) && valid != 0u;
  for (uint b = lid; b < blocks; b += 64u) {
    precise double sum = 0.0lf;
    uint end = min(V, (b + 1u) * kBlock);
    if (finite_max) {
      for (uint i = b * kBlock; i < end; ++i) {
        float v = uintBitsToFloat(t[2].d[i]);
        if (isnan(v)) continue;
        precise double x = double(v) * inv_t;
        precise double d = x - x_max;
        sum = sum + det_exp(d);
      }
    }
    uvec2 bits = unpackDouble2x32(sum);
    t[2].d[V + 2u * b] = bits.x;
    t[2].d[V + 2u * b + 1u] = bits.y;
  }
  memoryBarrierBuffer();
  barrier();
  if (lid == 0u) {
    precise double total = 0.0lf;
    for (uint b = 0u; b < blocks; ++b)
      total = total + packDouble2x32(uvec2(t[2].d[V + 2u * b], t[2].d[V + 2u * b + 1u]));
    uvec2 bits = unpackDouble2x32(total);
    t[1].d[ro + 1u] = valid;
    t[1].d[ro + 2u] = floatBitsToUint(vmax);
    t[1].d[ro + 3u] = bits.x;
    t[1].d[ro + 4u] = bits.y;
  }

  // 4. The first n of the candidate order.
  uint n = min(C, valid);
  if (lid == 0u) {
    t[1].d[ro] = n;
    sel_prefix = 0u;
    sel_want = n;
  }
  barrier();
  if (n == 0u) return;  // uniform: every invocation read the same `valid`
  uint mask = 0u;
  for (int pass = 3; pass >= 0; --pass) {
    uint sh = uint(pass) * 8u;
    for (uint d = lid; d < 256u; d += 64u) hist[d] = 0u;
    barrier();
    uint prefix = sel_prefix;
    for (uint i = lid; i < V; i += 64u) {
      float v = uintBitsToFloat(t[2].d[i]);
      if (isnan(v)) continue;
      uint k = key_of(v);
      if ((k & mask) == prefix) atomicAdd(hist[(k >> sh) & 255u], 1u);
    }
    barrier();
    if (lid == 0u) {
      uint want = sel_want, acc = 0u;
      for (int d = 255; d >= 0; --d) {
        uint h = hist[uint(d)];
        if (acc + h >= want) {
          sel_prefix = prefix | (uint(d) << sh);
          sel_want = want - acc;
          break;
        }
        acc += h;
      }
    }
    barrier();
    mask |= 255u << sh;
  }
  uint T = sel_prefix, ties = sel_want;  // the n-th key, and how many of the keys equal to it
  // Contiguous chunks: ties listed in id order, the lowest `ties` of them.
  uint chunk = (V + 63u) / 64u;
  uint lo = min(V, lid * chunk), hi = min(V, lo + chunk);
  uint mine = 0u;
  for (uint i = lo; i < hi; ++i) {
    float v = uintBitsToFloat(t[2].d[i]);
    if (!isnan(v) && key_of(v) == T) mine += 1u;
  }
  chunk_ties[lid] = mine;
  if (lid == 0u) sel_greater = 0u;
  barrier();
  if (lid == 0u) {
    uint acc = 0u;
    for (uint l = 0u; l < 64u; ++l) {
      uint c = chunk_ties[l];
      chunk_ties[l] = acc;
      acc += c;
    }
  }
  barrier();
  uint tie_at = chunk_ties[lid];
  uint out0 = ro + 5u;
  for (uint i = lo; i < hi; ++i) {
    float v = uintBitsToFloat(t[2].d[i]);
    if (isnan(v)) continue;
    uint k = key_of(v);
    uint slot;
    if (k > T) {
      slot = atomicAdd(sel_greater, 1u);
    } else if (k == T && tie_at < ties) {
      slot = (n - ties) + tie_at;
      tie_at += 1u;
    } else {
      continue;
    }
    t[1].d[out0 + 2u * slot] = i;
    t[1].d[out0 + 2u * slot + 1u] = floatBitsToUint(v);
  }
}
