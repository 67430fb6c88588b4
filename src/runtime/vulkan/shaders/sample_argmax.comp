#version 450
// Backend::sample for a greedy choice (temperature 0 or top_k 1, no log-probabilities): the
// first maximum of one logits row after the spec's edits (runtime::sample_row, argmax: NaN never
// chosen, an all-NaN row gives 0). One workgroup of 64. Tokens with edits are skipped in the
// scan (a bitmap the host uploads) and enter instead with their edited value: invocation l
// replays, for each edit e = l, l + 64, ... that is the last of its token, that token's edits in
// list order from the logit (kAdd: v + x; kRepetition: v > 0 ? v / x : v * x, f32).
// The parameters (binding 0) live in the same host-visible buffer as slot 1: V, row, edits,
// edits word offset (token, kind, value bits each), bitmap word offset, result word offset.
// Slot 0 holds the logits.
#include "common.glsl"

shared float best_v[64];
shared uint best_i[64];
shared uint best_f[64];

bool better(float v, uint i, bool found, float bv, uint bi, bool bfound) {
  if (!found) return false;
  if (!bfound) return true;
  return v > bv || (v == bv && i < bi);
}

void main() {
  uint V = P(0), row = P(1), ne = P(2), eo = P(3), bo = P(4), ro = P(5);
  uint lid = gl_LocalInvocationID.x;
  uint base = row * V;
  float bv = 0.0;
  uint bi = 0u;
  bool bfound = false;
  for (uint i = lid; i < V; i += 64u) {
    if ((t[1].d[bo + (i >> 5)] & (1u << (i & 31u))) != 0u) continue;
    float v = uintBitsToFloat(t[0].d[base + i]);
    if (isnan(v)) continue;
    if (better(v, i, true, bv, bi, bfound)) {
      bv = v;
      bi = i;
      bfound = true;
    }
  }
  for (uint e = lid; e < ne; e += 64u) {
    uint tok = t[1].d[eo + 3u * e];
    bool last = true;
    for (uint q = e + 1u; q < ne && last; ++q) last = t[1].d[eo + 3u * q] != tok;
    if (!last) continue;
    precise float v = uintBitsToFloat(t[0].d[base + tok]);
    for (uint q = 0u; q <= e; ++q) {
      if (t[1].d[eo + 3u * q] != tok) continue;
      float x = uintBitsToFloat(t[1].d[eo + 3u * q + 2u]);
      if (t[1].d[eo + 3u * q + 1u] == 0u) {
        v = v + x;
      } else {
        v = v > 0.0 ? div_rn(v, x) : v * x;
      }
    }
    if (isnan(v)) continue;
    if (better(v, tok, true, bv, bi, bfound)) {
      bv = v;
      bi = tok;
      bfound = true;
    }
  }
  best_v[lid] = bv;
  best_i[lid] = bi;
  best_f[lid] = bfound ? 1u : 0u;
  barrier();
  for (uint s = 32u; s >= 1u; s >>= 1) {
    if (lid < s) {
      if (better(best_v[lid + s], best_i[lid + s], best_f[lid + s] != 0u, best_v[lid],
                 best_i[lid], best_f[lid] != 0u)) {
        best_v[lid] = best_v[lid + s];
        best_i[lid] = best_i[lid + s];
        best_f[lid] = 1u;
      }
    }
    barrier();
  }
  if (lid == 0u) t[1].d[ro] = best_f[0] != 0u ? best_i[0] : 0u;
}
