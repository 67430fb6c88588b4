#version 450
// Elementwise ops on same-shape tensors (docs/GRAPHS.md): one invocation per output word.
// Params: op, count, out(type, slot, off), a(type, slot, off), b(...), c(...), scalar_pred.
// Floats compute in f32 and round once to the element type (the reference interpreter's rule).
#include "common.glsl"

const uint ADD = 0u, SUB = 1u, MUL = 2u, DIV = 3u, MAX = 4u, MIN = 5u, SHR = 6u, AND = 7u, OR = 8u;
const uint NEG = 10u, EXP = 11u, LOG = 12u, RSQRT = 13u, SQRT = 14u, LOGISTIC = 15u, TANH = 16u,
           SIN = 17u, COS = 18u, CONVERT = 19u;
const uint CMP = 20u;  // + EQ NE LT LE GT GE
const uint SELECT = 30u;

bool is_float(uint type) { return type <= BF16; }
bool is_signed(uint type) { return type == I32; }

float ieee_max(float a, float b) {
  if (isnan(a)) return a;
  if (isnan(b)) return b;
  if (a == b) return (floatBitsToUint(a) >> 31) != 0u ? b : a;
  return a > b ? a : b;
}
float ieee_min(float a, float b) {
  if (isnan(a)) return a;
  if (isnan(b)) return b;
  if (a == b) return (floatBitsToUint(a) >> 31) != 0u ? a : b;
  return a < b ? a : b;
}

float float_binary(uint op, float a, float b) {
  precise float r;
  if (op == ADD) r = a + b;
  else if (op == SUB) r = a - b;
  else if (op == MUL) r = a * b;
  else if (op == DIV) r = div_rn(a, b);
  else if (op == MAX) r = ieee_max(a, b);
  else r = ieee_min(a, b);
  return r;
}

// Integer binary ops on raw bits (i32/ui32/ui8 wrap; i1 and/or).
uint int_binary(uint op, uint type, uint a, uint b) {
  if (type == I1) {
    if (op == AND || op == MUL || op == MIN) return a & b;
    return a | b;
  }
  uint r;
  if (op == ADD) r = a + b;
  else if (op == SUB) r = a - b;
  else if (op == MUL) r = a * b;
  else if (op == DIV) {
    if (b == 0u) r = 0xFFFFFFFFu;
    else if (is_signed(type)) r = (int(a) == int(0x80000000u) && int(b) == -1) ? a : uint(int(a) / int(b));
    else r = a / b;
  } else if (op == MAX) r = is_signed(type) ? uint(max(int(a), int(b))) : max(a, b);
  else if (op == MIN) r = is_signed(type) ? uint(min(int(a), int(b))) : min(a, b);
  else if (op == AND) r = a & b;
  else if (op == OR) r = a | b;
  else {
    uint bits = esize(type) * 8u;
    r = b >= bits ? 0u : (a >> b);
  }
  if (type == U8) r &= 0xFFu;
  return r;
}

float float_unary(uint op, float x) {
  precise float r;
  if (op == NEG) r = -x;
  else if (op == EXP) r = exp_libm(x);
  else if (op == LOG) r = log(x);
  else if (op == RSQRT) r = div_rn(1.0, sqrt_rn(x));
  else if (op == SQRT) r = sqrt_rn(x);
  else if (op == LOGISTIC) r = logistic(x);
  else if (op == TANH) r = tanh_libm(x);
  else if (op == SIN) r = sin(x);
  else r = cos(x);
  return r;
}

// Converts the raw bits of an `from` element to raw bits of `to`.
uint convert_bits(uint v, uint from, uint to) {
  if (is_float(from)) {
    float f = bits_to_float(v, from);
    if (is_float(to)) return float_to_bits(f, to);
    if (to == I1) return f != 0.0 ? 1u : 0u;
    if (isnan(f)) return 0u;
    if (to == I32) {
      if (f >= 2147483648.0) return 0x7FFFFFFFu;
      return uint(int(max(f, -2147483648.0)));
    }
    if (to == U8) return uint(clamp(f, 0.0, 255.0));
    if (f >= 4294967296.0) return 0xFFFFFFFFu;
    return uint(max(f, 0.0));
  }
  if (is_float(to)) {
    float f = is_signed(from) ? float(int(v)) : float(v);
    return float_to_bits(f, to);
  }
  if (to == I1) return v != 0u ? 1u : 0u;
  if (to == U8) return v & 0xFFu;
  return v;
}

bool compare(uint dir, uint type, uint a, uint b) {
  if (is_float(type)) {
    float x = bits_to_float(a, type), y = bits_to_float(b, type);
    if (dir == 0u) return x == y;
    if (dir == 1u) return x != y || isnan(x) || isnan(y);
    if (dir == 2u) return x < y;
    if (dir == 3u) return x <= y;
    if (dir == 4u) return x > y;
    return x >= y;
  }
  if (is_signed(type)) {
    int x = int(a), y = int(b);
    if (dir == 0u) return x == y;
    if (dir == 1u) return x != y;
    if (dir == 2u) return x < y;
    if (dir == 3u) return x <= y;
    if (dir == 4u) return x > y;
    return x >= y;
  }
  if (dir == 0u) return a == b;
  if (dir == 1u) return a != b;
  if (dir == 2u) return a < b;
  if (dir == 3u) return a <= b;
  if (dir == 4u) return a > b;
  return a >= b;
}

void main() {
  uint op = P(0), count = P(1);
  uint ot = P(2), os = P(3), oo = P(4);
  uint at = P(5), as_ = P(6), ao = P(7);
  uint bt = P(8), bs = P(9), bo = P(10);
  uint ct = P(11), cs = P(12), co = P(13);
  uint scalar_pred = P(14);
  uint per = 4u / esize(ot);
  uint w = gid();
  uint first = w * per;
  if (first >= count) return;
  uint word = 0u;
  if (first + per > count) word = t[os].d[oo / per + w];  // keep the bytes past the end
  for (uint s = 0u; s < per; ++s) {
    uint i = first + s;
    if (i >= count) break;
    uint v;
    if (op == SELECT) {
      bool pred = load_bits(as_, ao + (scalar_pred != 0u ? 0u : i), I1) != 0u;
      v = pred ? load_bits(bs, bo + i, bt) : load_bits(cs, co + i, ct);
    } else if (op >= CMP) {
      v = compare(op - CMP, at, load_bits(as_, ao + i, at), load_bits(bs, bo + i, bt)) ? 1u : 0u;
    } else if (op == CONVERT) {
      v = convert_bits(load_bits(as_, ao + i, at), at, ot);
    } else if (op >= NEG) {
      if (is_float(at)) {
        v = float_to_bits(float_unary(op, load_f(as_, ao + i, at)), ot);
      } else {
        v = 0u - load_bits(as_, ao + i, at);
        if (ot == U8) v &= 0xFFu;
      }
    } else if (is_float(at)) {
      v = float_to_bits(float_binary(op, load_f(as_, ao + i, at), load_f(bs, bo + i, bt)), ot);
    } else {
      v = int_binary(op, at, load_bits(as_, ao + i, at), load_bits(bs, bo + i, bt));
    }
    word = pack_slot(word, s, v, ot);
  }
  t[os].d[oo / per + w] = word;
}
