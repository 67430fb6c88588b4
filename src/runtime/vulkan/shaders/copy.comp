#version 450
// A box copy into a word-aligned destination of rank <= 6 (broadcast_in_dim, transpose, slice,
// concatenate, dynamic_slice, dynamic_update_slice): destination elements inside the box
// [start, start + size) take src[src_off + sum((idx - start + src_start) * src_stride)]; the
// others keep their bytes. `start` (dst side) or `src_start` (src side) may come from i32
// scalars, clamped to [0, limit] as StableHLO clamps dynamic starts. One invocation per
// destination word, over the words the box can touch.
// Params: type, dyn_side (0 dst, 1 src), dst slot, dst off, src slot, src off, words, unused,
// then per dim d (6 dims, leading ones padded): dst_dim, size, start, src_stride, dyn_slot
// (0xFFFFFFFF: static), dyn_off, limit.
#include "common.glsl"

void main() {
  uint type = P(0), dyn_side = P(1), ds = P(2), doff = P(3), ss = P(4), soff = P(5);
  uint words = P(6);
  uint per = 4u / esize(type);
  uint dim[6], size[6], start[6], sstart[6], stride[6];
  uint numel = 1u;
  [[unroll]] for (uint d = 0u; d < 6u; ++d) {
    uint b = 8u + d * 7u;
    dim[d] = P(b);
    size[d] = P(b + 1u);
    start[d] = P(b + 2u);
    stride[d] = P(b + 3u);
    sstart[d] = 0u;
    uint slot = P(b + 4u);
    if (slot != 0xFFFFFFFFu) {
      uint v = uint(clamp(load_i32(slot, P(b + 5u)), 0, Pi(b + 6u)));
      if (dyn_side == 0u) start[d] = v;
      else sstart[d] = v;
    }
    numel *= dim[d];
  }
  // Linear index of the box's first element, and the first word it touches.
  uint first = 0u;
  uint rs = 1u;
  uint rstride[6];
  for (int d = 5; d >= 0; --d) {
    rstride[d] = rs;
    first += start[d] * rs;
    rs *= dim[d];
  }
  uint g = gid();
  if (g >= words) return;
  uint w = first / per + g;
  if (w * per >= numel) return;
  uint word = 0u;
  uint written = 0u;
  for (uint s = 0u; s < per; ++s) {
    uint i = w * per + s;
    if (i >= numel) break;
    uint rem = i;
    bool inside = true;
    uint src = soff;
    for (uint d = 0u; d < 6u; ++d) {
      uint idx = rem / rstride[d];
      rem -= idx * rstride[d];
      if (idx < start[d] || idx >= start[d] + size[d]) {
        inside = false;
        break;
      }
      src += (idx - start[d] + sstart[d]) * stride[d];
    }
    if (inside) {
      word = pack_slot(word, s, load_bits(ss, src, type), type);
      written |= 1u << s;
    }
  }
  if (written == 0u) return;
  uint full = (1u << per) - 1u;
  if (written != full) {
    for (uint s = 0u; s < per; ++s) {
      if ((written & (1u << s)) == 0u) word = pack_slot(word, s, load_bits(ds, doff + w * per + s, type), type);
    }
  }
  t[ds].d[doff / per + w] = word;
}
