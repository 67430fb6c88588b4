#version 450
// mlxla.moe routing, as the CPU's moe_step.cpp route(): per token, candidates = softmax(logits)
// (softmax_topk) or the logits (topk_softmax); k rounds of max (NaN kept as the reference's
// reduce) then the lowest untaken index holding it (E when none: clamped to E - 1, as the
// decomposition's gather); then softmax over the k values (topk_softmax) or division by their
// sequential sum (normalize). One invocation per token.
// Params: T, E, k, routing (0 softmax_topk, 1 topk_softmax), normalize, logits slot/off,
// chosen slot/off (u32 [T, k]), weights slot/off (f32 [T, k]), scratch slot/off (2 * T * E words).
#include "common.glsl"

void main() {
  uint T = P(0), E = P(1), K = P(2), routing = P(3), normalize = P(4);
  uint ls = P(5), lo = P(6), cs = P(7), co = P(8), ws = P(9), wo = P(10), ss = P(11), so = P(12);
  uint tk = gid();
  if (tk >= T) return;
  uint cand = so + tk * E;          // candidates
  uint taken = so + T * E + tk * E;  // 1: already chosen
  for (uint i = 0u; i < E; ++i) {
    t[ss].d[cand + i] = t[ls].d[lo + tk * E + i];
    t[ss].d[taken + i] = 0u;
  }
  float ninf = uintBitsToFloat(0xFF800000u);
  if (routing == 0u) {
    float mx = ninf;
    for (uint i = 0u; i < E; ++i) mx = nan_max(mx, uintBitsToFloat(t[ss].d[cand + i]));
    precise float sum = 0.0;
    for (uint i = 0u; i < E; ++i) {
      precise float x = uintBitsToFloat(t[ss].d[cand + i]) - mx;
      float e = exp_libm(x);
      t[ss].d[cand + i] = floatBitsToUint(e);
      sum = sum + e;
    }
    for (uint i = 0u; i < E; ++i)
      t[ss].d[cand + i] = floatBitsToUint(div_rn(uintBitsToFloat(t[ss].d[cand + i]), sum));
  }
  uint wb = wo + tk * K;
  for (uint j = 0u; j < K; ++j) {
    float mx = ninf;
    for (uint i = 0u; i < E; ++i) mx = nan_max(mx, uintBitsToFloat(t[ss].d[cand + i]));
    uint index = E;
    for (uint i = 0u; i < E && index == E; ++i) {
      if (t[ss].d[taken + i] == 0u && uintBitsToFloat(t[ss].d[cand + i]) == mx) index = i;
    }
    if (index < E) {
      t[ss].d[cand + index] = floatBitsToUint(ninf);
      t[ss].d[taken + index] = 1u;
    }
    t[ws].d[wb + j] = floatBitsToUint(mx);
    t[cs].d[co + tk * K + j] = min(index, E - 1u);
  }
  if (routing == 1u) {
    float mx = ninf;
    for (uint j = 0u; j < K; ++j) mx = nan_max(mx, uintBitsToFloat(t[ws].d[wb + j]));
    precise float sum = 0.0;
    for (uint j = 0u; j < K; ++j) {
      precise float x = uintBitsToFloat(t[ws].d[wb + j]) - mx;
      float e = exp_libm(x);
      t[ws].d[wb + j] = floatBitsToUint(e);
      sum = sum + e;
    }
    for (uint j = 0u; j < K; ++j)
      t[ws].d[wb + j] = floatBitsToUint(div_rn(uintBitsToFloat(t[ws].d[wb + j]), sum));
  } else if (normalize != 0u) {
    precise float sum = 0.0;
    for (uint j = 0u; j < K; ++j) sum = sum + uintBitsToFloat(t[ws].d[wb + j]);
    for (uint j = 0u; j < K; ++j)
      t[ws].d[wb + j] = floatBitsToUint(div_rn(uintBitsToFloat(t[ws].d[wb + j]), sum));
  }
}
