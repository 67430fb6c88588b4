#version 450
// An embedding gather: out[r, c] = src[clamp(idx[r], 0, rows - 1), c] (StableHLO gather of
// whole rows, start indices clamped). One invocation per output word.
// Params: type, count (R * W), W, rows, out slot, out off, src slot, src off, idx slot, idx off.
#include "common.glsl"

void main() {
  uint type = P(0), count = P(1), width = P(2), rows = P(3);
  uint os = P(4), oo = P(5), ss = P(6), so = P(7), is_ = P(8), io = P(9);
  uint per = 4u / esize(type);
  uint w = gid();
  uint firsti = w * per;
  if (firsti >= count) return;
  uint word = 0u;
  if (firsti + per > count) word = t[os].d[oo / per + w];
  for (uint s = 0u; s < per; ++s) {
    uint i = firsti + s;
    if (i >= count) break;
    uint r = i / width, c = i - r * width;
    uint row = uint(clamp(load_i32(is_, io + r), 0, int(rows) - 1));
    word = pack_slot(word, s, load_bits(ss, so + row * width + c, type), type);
  }
  t[os].d[oo / per + w] = word;
}
