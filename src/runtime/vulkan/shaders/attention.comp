#version 450
// mlxla.attention over a full-length cache and mlxla.window_attention over a ring, in the CPU's
// order (runtime/cpu/attention_head.cpp, attention_softmax.h): keys are walked by position;
// scores by the canonical 16-lane dot over head_dim, softmax with a sequential max and sum,
// p = e / sum, and the output as the canonical contraction over key positions (lane p % 16).
// exp and tanh (a softcap) are the C library's (exp_libm, tanh_libm). One invocation per
// (token, head); scratch holds its scores and 16 lane rows.
// Params: T, heads, dim, cap (full: cache rows; ring: R), kv heads, scale bits, softcap bits,
// window, kv type, ring (0: full-length cache), q slot/off, k slot/off, v slot/off, qpos
// slot/off, kvlen slot/off, out slot/off, scratch slot/off, k_new slot/off, v_new slot/off
// (ring only; this step's keys at positions qpos[0] + t), has sinks, sinks slot/off (f32 [H]:
// gpt_oss's per-head logit that joins the maximum and, first, the sum, with no value).
#include "common.glsl"

uint g_stride, g_kh, g_dim, g_ks, g_ko, g_vs, g_vo, g_kns, g_kno, g_vns, g_vno;
int g_ring, g_fresh_begin;

// Element offsets of position j's key row (ks or kns) and value row.
void key_rows(int j, out uint kslot, out uint koff, out uint vslot, out uint voff) {
  if (g_ring == 0) {
    kslot = g_ks;
    koff = g_ko + uint(j) * g_stride + g_kh * g_dim;
    vslot = g_vs;
    voff = g_vo + uint(j) * g_stride + g_kh * g_dim;
  } else if (j >= g_fresh_begin) {
    kslot = g_kns;
    koff = g_kno + uint(j - g_fresh_begin) * g_stride + g_kh * g_dim;
    vslot = g_vns;
    voff = g_vno + uint(j - g_fresh_begin) * g_stride + g_kh * g_dim;
  } else {
    int row = j >= 0 ? j % g_ring : g_ring - 1 - ((-j - 1) % g_ring);
    kslot = g_ks;
    koff = g_ko + uint(row) * g_stride + g_kh * g_dim;
    vslot = g_vs;
    voff = g_vo + uint(row) * g_stride + g_kh * g_dim;
  }
}

void main() {
  uint T = P(0), heads = P(1), dim = P(2), cap = P(3), kvh = P(4);
  float scale = uintBitsToFloat(P(5)), softcap = uintBitsToFloat(P(6));
  int window = Pi(7);
  uint kt = P(8);
  g_ring = Pi(9);
  uint qs = P(10), qo = P(11);
  g_ks = P(12);
  g_ko = P(13);
  g_vs = P(14);
  g_vo = P(15);
  uint ps = P(16), po = P(17), ls = P(18), lo = P(19), os = P(20), oo = P(21);
  uint scs = P(22), sco = P(23);
  g_kns = P(24);
  g_kno = P(25);
  g_vns = P(26);
  g_vno = P(27);
  bool has_sink = P(28) != 0u;
  uint item = gid();
  if (item >= T * heads) return;
  uint ti = item / heads, hi = item - ti * heads;
  float sink = has_sink ? uintBitsToFloat(t[P(29)].d[P(30) + hi]) : 0.0;
  float lowest_f = uintBitsToFloat(0xFF7FFFFFu);
  uint group = heads / kvh;
  g_kh = hi / group;
  g_dim = dim;
  g_stride = kvh * dim;
  int qpos = load_i32(ps, po + ti);
  int length = load_i32(ls, lo);
  int limit = min(qpos + 1, length);
  int key_begin, key_end, visible, first;
  if (g_ring == 0) {
    key_begin = 0;
    key_end = int(cap);
    visible = clamp(limit, 0, int(cap));
    first = window > 0 ? clamp(qpos + 1 - window, 0, int(cap)) : 0;
  } else {
    g_fresh_begin = load_i32(ps, po);
    key_begin = g_fresh_begin - g_ring;
    key_end = g_fresh_begin + int(T);
    int lowest = max(key_begin, 0);  // positions below 0 hold no key
    visible = clamp(limit, lowest, key_end);
    first = clamp(qpos + 1 - window, lowest, key_end);
  }
  uint keys = uint(key_end - key_begin);
  uint e = sco + item * (keys + 16u * dim);  // score of position j at e + j - key_begin
  uint acc = e + keys;                       // lane l, dim d at acc + l * dim + d
  uint qb = qo + item * dim;
  bool any = first < visible;
  int begin = any ? first : key_begin;
  float mx = uintBitsToFloat(0xFF800000u);
  uint kslot, koff, vslot, voff;
  if (!any && has_sink) {
    // Every key masked to the lowest float; the sink takes part in the maximum.
    mx = sink < lowest_f ? lowest_f : sink;
    precise float hidden_x = lowest_f - mx;
    uint hidden = floatBitsToUint(exp_libm(hidden_x));
    for (uint j = 0u; j < keys; ++j) t[scs].d[e + j] = hidden;
  } else if (!any) {
    for (uint j = 0u; j < keys; ++j) t[scs].d[e + j] = floatBitsToUint(1.0);
  } else {
    for (int j = begin; j < visible; ++j) {
      key_rows(j, kslot, koff, vslot, voff);
      float lanes[16];
      [[unroll]] for (uint l = 0u; l < 16u; ++l) lanes[l] = 0.0;
      for (uint d = 0u; d < dim; ++d) {
        precise float r =
            fma_rn(uintBitsToFloat(t[qs].d[qb + d]), load_f(kslot, koff + d, kt), lanes[d & 15u]);
        lanes[d & 15u] = r;
      }
      precise float sc = reduce_lanes(lanes) * scale;
      if (softcap > 0.0) {
        precise float capped = tanh_libm(div_rn(sc, softcap)) * softcap;
        sc = capped;
      }
      t[scs].d[e + uint(j - key_begin)] = floatBitsToUint(sc);
      mx = mx < sc ? sc : mx;  // std::max's NaN behaviour
    }
    if (visible < key_end || begin > key_begin) mx = mx < lowest_f ? lowest_f : mx;
    if (has_sink) mx = mx < sink ? sink : mx;
    for (int j = begin; j < visible; ++j) {
      precise float x = uintBitsToFloat(t[scs].d[e + uint(j - key_begin)]) - mx;
      t[scs].d[e + uint(j - key_begin)] = floatBitsToUint(exp_libm(x));
    }
  }
  int used = any ? visible : key_end;
  precise float sum = 0.0;
  if (has_sink) {
    precise float sx = sink - mx;
    sum = sum + exp_libm(sx);
  }
  for (int j = begin; j < used; ++j) sum = sum + uintBitsToFloat(t[scs].d[e + uint(j - key_begin)]);
  for (int j = begin; j < used; ++j) {
    uint at = e + uint(j - key_begin);
    t[scs].d[at] = floatBitsToUint(div_rn(uintBitsToFloat(t[scs].d[at]), sum));
  }
  for (uint x = 0u; x < 16u * dim; ++x) t[scs].d[acc + x] = 0u;
  for (int j = begin; j < used; ++j) {
    key_rows(j, kslot, koff, vslot, voff);
    uint lane = acc + (uint(j) & 15u) * dim;
    float p = uintBitsToFloat(t[scs].d[e + uint(j - key_begin)]);
    for (uint d = 0u; d < dim; ++d) {
      precise float r = fma_rn(p, load_f(vslot, voff + d, kt), uintBitsToFloat(t[scs].d[lane + d]));
      t[scs].d[lane + d] = floatBitsToUint(r);
    }
  }
  for (uint s = 8u; s >= 1u; s >>= 1) {
    for (uint l = 0u; l < s; ++l) {
      for (uint d = 0u; d < dim; ++d) {
        precise float r = uintBitsToFloat(t[scs].d[acc + l * dim + d]) +
                          uintBitsToFloat(t[scs].d[acc + (l + s) * dim + d]);
        t[scs].d[acc + l * dim + d] = floatBitsToUint(r);
      }
    }
  }
  for (uint d = 0u; d < dim; ++d) t[os].d[oo + item * dim + d] = t[scs].d[acc + d];
}
