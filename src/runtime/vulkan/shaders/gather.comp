#version 450
// A general StableHLO gather (no batching dims): for output element o, with its coordinates c_d,
// operand offset = sum over offset dims of c_d * ostride_d + sum over start indices k of
// clamp(idx[ibase + k * ivstride], 0, limit_k) * kstride_k, where ibase = sum over batch dims of
// c_d * istride_d. The host folds every dimension mapping into those strides (a dim is either an
// offset dim, ostride set, or a batch dim, istride set). One invocation per output word.
// Params: type, count, idx type, out rank, then 6 x (size, ostride, istride), start count, then
// 6 x (kstride, limit, index offset k * ivstride), out slot/off, src slot/off, idx slot/off.
#include "common.glsl"

void main() {
  uint type = P(0), count = P(1), itype = P(2), rank = P(3);
  uint nk = P(22);
  uint os = P(41), oo = P(42), ss = P(43), so = P(44), is_ = P(45), io = P(46);
  uint per = 4u / esize(type);
  uint w = gid();
  uint firsti = w * per;
  if (firsti >= count) return;
  uint word = 0u;
  if (firsti + per > count) word = t[os].d[oo / per + w];
  for (uint s = 0u; s < per; ++s) {
    uint i = firsti + s;
    if (i >= count) break;
    uint rest = i, src = 0u, ibase = 0u;
    for (int d = int(rank) - 1; d >= 0; --d) {
      uint size = P(4u + 3u * uint(d));
      uint c = rest % size;
      rest /= size;
      src += c * P(5u + 3u * uint(d));
      ibase += c * P(6u + 3u * uint(d));
    }
    for (uint k = 0u; k < nk; ++k) {
      uint bits = load_bits(is_, io + ibase + P(25u + 3u * k), itype);
      int v = itype == I32 ? int(bits) : int(bits & 0x7FFFFFFFu);
      v = clamp(v, 0, int(P(24u + 3u * k)));
      src += uint(v) * P(23u + 3u * k);
    }
    word = pack_slot(word, s, load_bits(ss, so + src, type), type);
  }
  t[os].d[oo / per + w] = word;
}
