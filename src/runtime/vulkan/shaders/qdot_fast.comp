#version 450
// mlxla.quantized_dot under the fast policy: int8 activations (fast_activations.comp) against
// the packed weight codes, integer dot products per weight group, one fma chain per lane and a
// subgroupAdd. Judged by tolerance against the exact policy (vulkan_backend_test derives it).
// Per group g with c = 2^(bits-1), activation scale d_g, codes x8, f32 input sum X_g and code
// sum Xs_g (ARCHITECTURE.md invariant 4; the CPU's fast algebra, docs/KERNELS.md):
//   sum_p x_p (s q_p + b) ~= (s d) * (P_g - c Xs_g) + (b + s c) * X_g,  P_g = sum_p q_p x8_p
// P_g is exact in int32 (|P| <= 128 * 255 * 127) and P_g - c Xs_g converts to f32 exactly
// (|.| <= 128 * 128 * 127 < 2^24), so the integer part is the same whatever adds it up: packed
// 4x8-bit dot products (OpSUDot, built with MLXLA_INT8_DOT: the qdot_fast_int8 variant) and the
// plain int arithmetic below give bit-identical results.
// Work: one subgroup of LANES invocations per (output n, tile of 4 output rows), SUBGROUPS
// subgroups per workgroup. Lane l takes the octets (8 inputs: `bits` whole bytes of a row)
// l, l + LANES, ...; the lanes of one group (C = min(group / 8, LANES) of them, over group / 8 / C
// steps) add their integer partials by shuffles (exact), the group's first lane then does
//   acc = fma(float(P_g - c Xs_g), s_g * d_g, acc); acc = fma(b_g + s_g * c, X_g, acc)
// and subgroupAdd(acc) gives the output. A row's arithmetic does not depend on the other rows
// of its tile or call: batched == solo bit for bit on one device.
// mlxla.moe's affine expert projections run here too (`moe` set, one row per task): row r reads
// activation row r / xdiv and expert chosen[r]'s weight rows [E, N, ...], then adds
// bias[chosen[r], n] when `has_bias` (the exact moe_qdot.comp's layout).
// Params: M (output rows), N, K, bits, group, scale type, activation block slot/off (words),
// packed slot/off (bytes), scales slot/off, biases slot/off, y slot/off, rows per task (4, or 1
// with moe), xdiv, moe, chosen slot/off, has_bias, bias slot/off, activation rows.
#extension GL_KHR_shader_subgroup_basic : require
#extension GL_KHR_shader_subgroup_arithmetic : require
#extension GL_KHR_shader_subgroup_shuffle : require
#ifdef MLXLA_INT8_DOT
#extension GL_EXT_spirv_intrinsics : require
#endif

layout(constant_id = 0) const uint LANES = 8;
layout(constant_id = 1) const uint SUBGROUPS = 1;
#define MLXLA_LOCAL_SIZE_ID
layout(local_size_x_id = 2) in;  // LANES * SUBGROUPS
#include "common.glsl"

const uint TILE_M = 4u;

#ifdef MLXLA_INT8_DOT
// OpSUDot (4452) on two 32-bit words in PackedVectorFormat4x8Bit (0): signed bytes of `a` times
// unsigned bytes of `w`, summed in int32. Capabilities DotProduct (6019) and
// DotProductInput4x8BitPacked (6018).
spirv_instruction(extensions = ["SPV_KHR_integer_dot_product"], capabilities = [6019, 6018],
                  id = 4452) int dot_su(uint a, uint w, spirv_literal int format);
int dot4(uint a, uint w) { return dot_su(a, w, 0); }
#else
int dot4(uint a, uint w) {
  int s = 0;
  [[unroll]] for (uint r = 0u; r < 4u; ++r)
    s += (int(a << (24u - 8u * r)) >> 24) * int((w >> (8u * r)) & 0xFFu);
  return s;
}
#endif

// Bits [pos, pos + bits) of the 64-bit little-endian value (lo, hi).
uint bits_at(uint lo, uint hi, uint pos, uint bits) {
  uint v;
  if (pos >= 32u) {
    v = hi >> (pos - 32u);
  } else if (pos + bits <= 32u) {
    v = lo >> pos;
  } else {
    v = (lo >> pos) | (hi << (32u - pos));
  }
  return v & ((1u << bits) - 1u);
}

// 4 nibbles (2-bit codes) of the low 16 (8) bits spread to the 4 bytes of a word.
uint spread4(uint x) {
  x = (x | (x << 8)) & 0x00FF00FFu;
  return (x | (x << 4)) & 0x0F0F0F0Fu;
}
uint spread2(uint x) {
  x = (x | (x << 12)) & 0x000F000Fu;
  return (x | (x << 6)) & 0x03030303u;
}

// The 8 codes of octet o of a packed row starting at byte `row`: code j in byte j % 4 of word
// j / 4 (the octet is `bits` bytes, byte-aligned; codes LSB-first as MLX packs them).
uvec2 weight_octet(uint ws, uint row, uint o, uint bits) {
  uint at = row + o * bits;
  uint w = at >> 2, sh = (at & 3u) * 8u, need = (at & 3u) + bits;
  uint w0 = t[ws].d[w];
  uint w1 = need > 4u ? t[ws].d[w + 1u] : 0u;
  uint w2 = need > 8u ? t[ws].d[w + 2u] : 0u;
  uint lo = sh == 0u ? w0 : (w0 >> sh) | (w1 << (32u - sh));
  uint hi = sh == 0u ? w1 : (w1 >> sh) | (w2 << (32u - sh));
  if (bits == 8u) return uvec2(lo, hi);
  if (bits == 4u) return uvec2(spread4(lo & 0xFFFFu), spread4(lo >> 16));
  if (bits == 2u) return uvec2(spread2(lo & 0xFFu), spread2((lo >> 8) & 0xFFu));
  uvec2 out_ = uvec2(0u);
  [[unroll]] for (uint j = 0u; j < 4u; ++j) {
    out_.x |= bits_at(lo, hi, j * bits, bits) << (8u * j);
    out_.y |= bits_at(lo, hi, (j + 4u) * bits, bits) << (8u * j);
  }
  return out_;
}

void main() {
  uint M = P(0), N = P(1), K = P(2), bits = P(3), group = P(4), st = P(5);
  uint as_ = P(6), ao = P(7), ws = P(8), wo = P(9), ss = P(10), so = P(11), bs = P(12),
       bo = P(13), ys = P(14), yo = P(15), tile = P(16), xdiv = P(17), moe = P(18), cs = P(19),
       co = P(20), has_bias = P(21), es = P(22), eo = P(23), MA = P(24);
  uint task = (gl_WorkGroupID.x + gl_WorkGroupID.y * 65535u) * SUBGROUPS + gl_SubgroupID;
  uint tiles = (M + tile - 1u) / tile;
  if (task >= N * tiles) return;  // whole subgroups
  uint n = task % N, m0 = (task / N) * tile;
  uint rows = min(tile, M - m0);
  uint lane = gl_SubgroupInvocationID;
  uint G = K / group, O = group / 8u, C = min(O, LANES), S = O / C;
  uint octets = K / 8u, steps = (octets + LANES - 1u) / LANES;
  int c = int(1u << (bits - 1u));
  uint e = moe != 0u ? t[cs].d[co + m0] : 0u;  // moe: one row per task
  uint wrow = e * N + n;
  uint row = wo + wrow * (K * bits / 8u);
  uint d_at = ao + MA * K / 4u, sum_at = d_at + MA * G, xs_at = sum_at + MA * G;
  int partial[TILE_M];
  float acc[TILE_M];
  [[unroll]] for (uint r = 0u; r < TILE_M; ++r) {
    partial[r] = 0;
    acc[r] = 0.0;
  }
  for (uint i = 0u; i < steps; ++i) {
    uint o = i * LANES + lane;
    bool live = o < octets;
    if (live) {
      uvec2 wq = weight_octet(ws, row, o, bits);
      [[unroll]] for (uint r = 0u; r < TILE_M; ++r) {
        if (r < rows) {
          uint a = ao + ((m0 + r) / xdiv) * (K / 4u) + 2u * o;
          partial[r] += dot4(t[as_].d[a], wq.x) + dot4(t[as_].d[a + 1u], wq.y);
        }
      }
    }
    if ((i + 1u) % S != 0u) continue;  // the group goes on in the next step (LANES < group / 8)
    uint g = o / O;
    bool leader = live && lane % C == 0u;
    float s = 0.0, b = 0.0;
    if (leader) {
      s = load_f(ss, so + wrow * G + g, st);
      b = load_f(bs, bo + wrow * G + g, st);
    }
    [[unroll]] for (uint r = 0u; r < TILE_M; ++r) {
      if (r < rows) {  // uniform: every lane of the subgroup shuffles
        int v = partial[r];
        for (uint k = 1u; k < C; k <<= 1) v += subgroupShuffleXor(v, k);
        partial[r] = 0;
        if (leader) {
          uint at = ((m0 + r) / xdiv) * G + g;
          float d = uintBitsToFloat(t[as_].d[d_at + at]);
          float x_sum = uintBitsToFloat(t[as_].d[sum_at + at]);
          int centred = v - c * int(t[as_].d[xs_at + at]);
          acc[r] = fma(float(centred), s * d, acc[r]);
          acc[r] = fma(b + s * float(c), x_sum, acc[r]);
        }
      }
    }
  }
  [[unroll]] for (uint r = 0u; r < TILE_M; ++r) {
    if (r < rows) {
      float y = subgroupAdd(acc[r]);
      if (has_bias != 0u) y += uintBitsToFloat(t[es].d[eo + wrow]);
      if (lane == 0u) t[ys].d[yo + (m0 + r) * N + n] = floatBitsToUint(y);
    }
  }
}
