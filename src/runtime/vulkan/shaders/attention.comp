#version 450
// mlxla.attention over a full-length cache, in the CPU's order (runtime/cpu/attention_head.cpp,
// attention_softmax.h): scores by the canonical 16-lane dot over head_dim, softmax with a
// sequential max and sum, p = e / sum, and the output as the canonical contraction over key
// positions (lane j % 16). exp is the C library's (exp_libm); tanh (a softcap) is the shader's,
// so only softcapped attention is judged by tolerance. One invocation per (token, head); scratch holds its scores
// and 16 lane rows.
// Params: T, heads, dim, cap, kv heads, scale bits, softcap bits, window, kv type, q slot/off,
// k slot/off, v slot/off, qpos slot/off, kvlen slot/off, out slot/off, scratch slot/off.
#include "common.glsl"

void main() {
  uint T = P(0), heads = P(1), dim = P(2), cap = P(3), kvh = P(4);
  float scale = uintBitsToFloat(P(5)), softcap = uintBitsToFloat(P(6));
  int window = Pi(7);
  uint kt = P(8);
  uint qs = P(9), qo = P(10), ks = P(11), ko = P(12), vs = P(13), vo = P(14);
  uint ps = P(15), po = P(16), ls = P(17), lo = P(18), os = P(19), oo = P(20);
  uint scs = P(21), sco = P(22);
  uint item = gid();
  if (item >= T * heads) return;
  uint ti = item / heads, hi = item - ti * heads;
  uint group = heads / kvh;
  uint kh = hi / group;
  uint stride = kvh * dim;
  int qpos = load_i32(ps, po + ti);
  int length = load_i32(ls, lo);
  int limit = min(qpos + 1, length);
  int visible = clamp(limit, 0, int(cap));
  int first = window > 0 ? clamp(qpos + 1 - window, 0, int(cap)) : 0;
  uint e = sco + item * (cap + 16u * dim);  // scores of position j at e + j
  uint acc = e + cap;                       // lane l, dim d at acc + l * dim + d
  uint qb = qo + item * dim;
  bool any = first < visible;
  int begin = any ? first : 0;
  float mx = uintBitsToFloat(0xFF800000u);
  if (!any) {
    for (uint j = 0u; j < cap; ++j) t[scs].d[e + j] = floatBitsToUint(1.0);
  } else {
    for (int j = begin; j < visible; ++j) {
      float lanes[16];
      [[unroll]] for (uint l = 0u; l < 16u; ++l) lanes[l] = 0.0;
      uint kb = ko + uint(j) * stride + kh * dim;
      for (uint d = 0u; d < dim; ++d) {
        precise float r = fma_rn(uintBitsToFloat(t[qs].d[qb + d]), load_f(ks, kb + d, kt), lanes[d & 15u]);
        lanes[d & 15u] = r;
      }
      precise float sc = reduce_lanes(lanes) * scale;
      if (softcap > 0.0) {
        precise float capped = tanh(div_rn(sc, softcap)) * softcap;
        sc = capped;
      }
      t[scs].d[e + uint(j)] = floatBitsToUint(sc);
      mx = mx < sc ? sc : mx;  // std::max's NaN behaviour
    }
    if (visible < int(cap) || begin > 0) {
      float lowest = uintBitsToFloat(0xFF7FFFFFu);
      mx = mx < lowest ? lowest : mx;
    }
    for (int j = begin; j < visible; ++j) {
      precise float x = uintBitsToFloat(t[scs].d[e + uint(j)]) - mx;
      t[scs].d[e + uint(j)] = floatBitsToUint(exp_libm(x));
    }
  }
  int used = any ? visible : int(cap);
  precise float sum = 0.0;
  for (int j = begin; j < used; ++j) sum = sum + uintBitsToFloat(t[scs].d[e + uint(j)]);
  for (int j = begin; j < used; ++j)
    t[scs].d[e + uint(j)] = floatBitsToUint(div_rn(uintBitsToFloat(t[scs].d[e + uint(j)]), sum));
  for (uint x = 0u; x < 16u * dim; ++x) t[scs].d[acc + x] = 0u;
  for (int j = begin; j < used; ++j) {
    uint vb = vo + uint(j) * stride + kh * dim;
    uint lane = acc + (uint(j) & 15u) * dim;
    float p = uintBitsToFloat(t[scs].d[e + uint(j)]);
    for (uint d = 0u; d < dim; ++d) {
      precise float r = fma_rn(p, load_f(vs, vb + d, kt), uintBitsToFloat(t[scs].d[lane + d]));
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
