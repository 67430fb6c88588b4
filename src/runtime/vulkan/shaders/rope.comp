#version 450
// mlxla.rope following the CPU's step: cos/sin of p * inv_freq come from a table the host fills
// with the C library's cosf/sinf (dynamic NTK scaling: inv_freq from logf/expf of the
// position's base) for positions [0, table_rows), so they are bitwise those of the CPU backend;
// a position outside the table uses the shader's cos/sin/log (not bitwise). One invocation per
// (token, head).
// Params: T, H, dim, rotary dims, traditional, position_scale bits, input_scale bits,
// x slot/off, pos slot/off, y slot/off, table slot/off, table rows, dynamic, then (dynamic)
// max_pos, ratio, shift, exponent, log_theta bits. The table holds cos [rows][half],
// sin [rows][half], then inv_freq [half] (dynamic: the exponent coefficients -2i/dims).
#include "common.glsl"

void main() {
  uint T = P(0), H = P(1), dim = P(2), dims = P(3), trad = P(4);
  float pscale = uintBitsToFloat(P(5)), iscale = uintBitsToFloat(P(6));
  uint xs = P(7), xo = P(8), ps = P(9), po = P(10), ys = P(11), yo = P(12), ts = P(13), to = P(14);
  uint trows = P(15), dynamic = P(16);
  uint half_ = dims / 2u;
  uint item = gid();
  if (item >= T * H) return;
  uint ti = item / H;
  int pos = load_i32(ps, po + ti);
  uint base = item * dim;
  for (uint i = 0u; i < half_; ++i) {
    float c, s;
    if (pos >= 0 && uint(pos) < trows) {
      c = uintBitsToFloat(t[ts].d[to + uint(pos) * half_ + i]);
      s = uintBitsToFloat(t[ts].d[to + trows * half_ + uint(pos) * half_ + i]);
    } else {
      precise float p = float(pos);
      precise float inv = uintBitsToFloat(t[ts].d[to + 2u * trows * half_ + i]);
      if (dynamic != 0u) {
        precise float seq_len = max(p + 1.0, uintBitsToFloat(P(17)));
        precise float lb = log(seq_len * uintBitsToFloat(P(18)) - uintBitsToFloat(P(19)));
        precise float log_base = lb * uintBitsToFloat(P(20)) + uintBitsToFloat(P(21));
        inv = exp_libm(log_base * inv);
      }
      if (pscale != 1.0) p = p * pscale;
      precise float angle = p * inv;
      c = cos(angle);
      s = sin(angle);
    }
    uint a = trad != 0u ? 2u * i : i;
    uint b = trad != 0u ? 2u * i + 1u : i + half_;
    precise float xa = uintBitsToFloat(t[xs].d[xo + base + a]);
    precise float xb = uintBitsToFloat(t[xs].d[xo + base + b]);
    if (iscale != 1.0) {
      xa = xa * iscale;
      xb = xb * iscale;
    }
    precise float ya, yb;
    if (trad != 0u) {
      ya = xa * c - xb * s;
      yb = xa * s + xb * c;
    } else {
      ya = xa * c + (-xb) * s;
      yb = xb * c + xa * s;
    }
    t[ys].d[yo + base + a] = floatBitsToUint(ya);
    t[ys].d[yo + base + b] = floatBitsToUint(yb);
  }
  for (uint i = dims; i < dim; ++i) t[ys].d[yo + base + i] = t[xs].d[xo + base + i];
}
