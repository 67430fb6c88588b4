#version 450
// stablehlo.reduce over some dimensions, sequentially in row-major order of the reduced
// dimensions (the reference interpreter's order); float accumulators round to the element
// type after every step. One invocation per output word.
// Params: body (0 add, 1 max, 2 min, 3 and, 4 or), type, count, out slot/off, in slot/off,
// init slot/off, kept rank, reduced rank, then 6 x (kept size, kept stride), 6 x (reduced size,
// reduced stride).
#include "common.glsl"

float fbody(uint body, float acc, float x) {
  precise float r;
  if (body == 0u) {
    r = acc + x;
  } else if (isnan(acc) || isnan(x)) {
    r = isnan(acc) ? acc : x;
  } else if (acc == x) {
    bool neg = (floatBitsToUint(acc) >> 31) != 0u;
    r = body == 1u ? (neg ? x : acc) : (neg ? acc : x);
  } else {
    r = body == 1u ? (acc > x ? acc : x) : (acc < x ? acc : x);
  }
  return r;
}

uint ibody(uint body, uint type, uint acc, uint x) {
  if (type == I1) return (body == 3u || body == 2u) ? (acc & x) : (acc | x);
  if (body == 0u) return type == U8 ? ((acc + x) & 0xFFu) : acc + x;
  if (body == 1u) return type == I32 ? uint(max(int(acc), int(x))) : max(acc, x);
  if (body == 2u) return type == I32 ? uint(min(int(acc), int(x))) : min(acc, x);
  if (body == 3u) return acc & x;
  return acc | x;
}

void main() {
  uint body = P(0), type = P(1), count = P(2);
  uint os = P(3), oo = P(4), is_ = P(5), io = P(6), ns = P(7), no = P(8);
  uint kr = P(9), rr = P(10);
  uint per = 4u / esize(type);
  uint w = gid();
  uint firsti = w * per;
  if (firsti >= count) return;
  bool fl = type <= BF16;
  uint total = 1u;
  for (uint d = 0u; d < rr; ++d) total *= P(23u + 2u * d);
  uint word = 0u;
  if (firsti + per > count) word = t[os].d[oo / per + w];
  for (uint s = 0u; s < per; ++s) {
    uint i = firsti + s;
    if (i >= count) break;
    uint base = io;
    uint rem = i;
    for (int d = int(kr) - 1; d >= 0; --d) {
      uint sz = P(11u + 2u * uint(d));
      uint idx = rem % sz;
      rem /= sz;
      base += idx * P(12u + 2u * uint(d));
    }
    uint init = load_bits(ns, no, type);
    float facc = bits_to_float(init, type);
    uint iacc = init;
    for (uint k = 0u; k < total; ++k) {
      uint off = base;
      uint r = k;
      for (int d = int(rr) - 1; d >= 0; --d) {
        uint sz = P(23u + 2u * uint(d));
        uint idx = r % sz;
        r /= sz;
        off += idx * P(24u + 2u * uint(d));
      }
      uint x = load_bits(is_, off, type);
      if (fl) {
        facc = bits_to_float(float_to_bits(fbody(body, facc, bits_to_float(x, type)), type), type);
      } else {
        iacc = ibody(body, type, iacc, x);
      }
    }
    word = pack_slot(word, s, fl ? float_to_bits(facc, type) : iacc, type);
  }
  t[os].d[oo / per + w] = word;
}
