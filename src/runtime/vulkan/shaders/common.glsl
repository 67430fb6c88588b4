// Shared declarations of every mlxla compute shader. One descriptor set for all pipelines:
// binding 0 holds the executable's parameter words (each dispatch reads its own block, starting
// at the push constant `base`), binding 1 is an array of 12 storage buffers holding tensors
// (kTensorSlots in device.h).
// A tensor is (buffer slot, element offset, element type); every access goes through 32-bit
// words, so narrow outputs are written a whole word per invocation (no 8/16-bit storage needed).
// Arithmetic that must match the CPU backend bit for bit is `precise` (no contraction).
#extension GL_EXT_control_flow_attributes : enable

// Workgroups of 64, except in shaders that define MLXLA_LOCAL_SIZE_ID (the fast policy's:
// their size is a specialization constant, lanes x subgroups).
#ifndef MLXLA_LOCAL_SIZE_ID
layout(local_size_x = 64) in;
#endif

layout(std430, set = 0, binding = 0) readonly buffer Params { uint p[]; } params;
layout(std430, set = 0, binding = 1) buffer Tensor { uint d[]; } t[12];
layout(push_constant) uniform Push { uint base; } pc;

// Element types (VulkanType in vulkan_executable.cpp).
const uint F32 = 0u, F16 = 1u, BF16 = 2u, I32 = 3u, U32 = 4u, U8 = 5u, I1 = 6u;

// The invocation's linear index (the host splits large dispatches into rows of 65535 groups).
uint gid() { return gl_GlobalInvocationID.x + gl_GlobalInvocationID.y * 65535u * 64u; }

uint P(uint i) { return params.p[pc.base + i]; }
int Pi(uint i) { return int(params.p[pc.base + i]); }

uint esize(uint type) { return type == F16 || type == BF16 ? 2u : (type == U8 || type == I1 ? 1u : 4u); }

// Raw bits of element e (zero-extended) of the tensor in slot b.
uint load_bits(uint b, uint e, uint type) {
  uint s = esize(type);
  if (s == 4u) return t[b].d[e];
  if (s == 2u) return (t[b].d[e >> 1] >> ((e & 1u) * 16u)) & 0xFFFFu;
  return (t[b].d[e >> 2] >> ((e & 3u) * 8u)) & 0xFFu;
}

float f16_to_f32(uint h) {
  uint sign = (h & 0x8000u) << 16;
  uint ex = (h >> 10) & 0x1Fu;
  uint mant = h & 0x3FFu;
  uint bits;
  if (ex == 0x1Fu) {
    bits = sign | 0x7F800000u | (mant << 13) | (mant != 0u ? 0x400000u : 0u);
  } else if (ex != 0u) {
    bits = sign | ((ex + 112u) << 23) | (mant << 13);
  } else if (mant == 0u) {
    bits = sign;
  } else {
    uint e2 = 113u;
    while ((mant & 0x400u) == 0u) {
      mant <<= 1;
      e2 -= 1u;
    }
    bits = sign | (e2 << 23) | ((mant & 0x3FFu) << 13);
  }
  return uintBitsToFloat(bits);
}

uint f32_to_f16(float f) {
  uint x = floatBitsToUint(f);
  uint sign = (x >> 16) & 0x8000u;
  uint ax = x & 0x7FFFFFFFu;
  if (ax > 0x7F800000u) return sign | 0x7E00u | ((ax >> 13) & 0x3FFu);
  if (ax >= 0x477FF000u) return sign | 0x7C00u;
  if (ax < 0x38800000u) {
    if (ax <= 0x33000000u) return sign;
    uint mant = (ax & 0x7FFFFFu) | 0x800000u;
    uint shift = 126u - (ax >> 23);
    uint r = mant >> shift;
    uint rem = mant & ((1u << shift) - 1u);
    uint half_ = 1u << (shift - 1u);
    if (rem > half_ || (rem == half_ && (r & 1u) != 0u)) r += 1u;
    return sign | r;
  }
  uint r = ax - 0x38000000u;
  r = (r + 0xFFFu + ((r >> 13) & 1u)) >> 13;
  return sign | r;
}

uint f32_to_bf16(float f) {
  uint x = floatBitsToUint(f);
  if ((x & 0x7FFFFFFFu) > 0x7F800000u) return ((x >> 16) | 0x40u) & 0xFFFFu;
  return ((x + 0x7FFFu + ((x >> 16) & 1u)) >> 16) & 0xFFFFu;
}

float bits_to_float(uint bits, uint type) {
  if (type == F16) return f16_to_f32(bits);
  if (type == BF16) return uintBitsToFloat(bits << 16);
  return uintBitsToFloat(bits);
}

// f rounded to `type`'s bits (nearest even), for float types.
uint float_to_bits(float f, uint type) {
  if (type == F16) return f32_to_f16(f);
  if (type == BF16) return f32_to_bf16(f);
  return floatBitsToUint(f);
}

float load_f(uint b, uint e, uint type) { return bits_to_float(load_bits(b, e, type), type); }

// Correctly rounded f32 division and square root: the f64 result rounded once to f32 (f64
// carries more than 2p+2 bits, so the double rounding is innocuous).
float div_rn(float a, float b) {
  precise double q = double(a) / double(b);
  return float(q);
}
float sqrt_rn(float a) { return float(sqrt(double(a))); }

// Packs `v` (raw bits of one element) into slot s of a word of `type`.
uint pack_slot(uint word, uint s, uint v, uint type) {
  uint sz = esize(type);
  if (sz == 4u) return v;
  uint bits = sz * 8u;
  uint mask = ((1u << bits) - 1u) << (s * bits);
  return (word & ~mask) | ((v << (s * bits)) & mask);
}

// The canonical 16-lane reduction (docs/KERNELS.md).
float reduce_lanes(inout float lanes[16]) {
  [[unroll]] for (uint s = 8u; s >= 1u; s >>= 1) {
    for (uint l = 0u; l < s; ++l) {
      precise float v = lanes[l] + lanes[l + s];
      lanes[l] = v;
    }
  }
  return lanes[0];
}

// Element e of an i32 tensor.
int load_i32(uint b, uint e) { return int(t[b].d[e]); }

// exp of an f32 as the C library computes it (glibc's expf: x / ln2 * 32 split into an integer k
// and r by the 1.5 * 2^52 shift, 2^(k/32) from a 32-entry table of 2^(i/32) in f64 with i << 47
// subtracted from its bits, a degree-3 polynomial in r, all in f64, one final rounding to f32).
// Bitwise equal to glibc 2.36's expf on every sampled input (every 7th f32 bit pattern), so
// softmax and logistic agree with the CPU backend. Needs shaderFloat64.
const uvec2 kExp2Table[32] = uvec2[32](
    uvec2(0x00000000u, 0x3ff00000u), uvec2(0xd3158574u, 0x3fefd9b0u), uvec2(0x6cf9890fu, 0x3fefb558u),
    uvec2(0xd0125b51u, 0x3fef9301u), uvec2(0x3c7d517bu, 0x3fef72b8u), uvec2(0x3168b9aau, 0x3fef5487u),
    uvec2(0x6e756238u, 0x3fef387au), uvec2(0xf51fdee1u, 0x3fef1e9du), uvec2(0x0a31b715u, 0x3fef06feu),
    uvec2(0x373aa9cbu, 0x3feef1a7u), uvec2(0x4c123422u, 0x3feedea6u), uvec2(0x6061892du, 0x3feece08u),
    uvec2(0xd5362a27u, 0x3feebfdau), uvec2(0x569d4f82u, 0x3feeb42bu), uvec2(0xdd485429u, 0x3feeab07u),
    uvec2(0xb03a5585u, 0x3feea47eu), uvec2(0x667f3bcdu, 0x3feea09eu), uvec2(0xe8ec5f74u, 0x3fee9f75u),
    uvec2(0x73eb0187u, 0x3feea114u), uvec2(0x994cce13u, 0x3feea589u), uvec2(0x422aa0dbu, 0x3feeace5u),
    uvec2(0xb0cdc5e5u, 0x3feeb737u), uvec2(0x82a3f090u, 0x3feec491u), uvec2(0xb23e255du, 0x3feed503u),
    uvec2(0x995ad3adu, 0x3feee89fu), uvec2(0xf2fb5e47u, 0x3feeff76u), uvec2(0xdd85529cu, 0x3fef199bu),
    uvec2(0xdcef9069u, 0x3fef3720u), uvec2(0xdcfba487u, 0x3fef5818u), uvec2(0x337b9b5fu, 0x3fef7c97u),
    uvec2(0xa2a490dau, 0x3fefa4afu), uvec2(0x5b6e4540u, 0x3fefd076u));

float exp_libm(float x) {
  if (isnan(x)) return x + x;
  if (x > 88.72283172607422) return uintBitsToFloat(0x7F800000u);
  if (x < -103.97207641601562) return 0.0;
  // Shortest decimals of the f64 constants (glslang parses `lf` literals exactly).
  const double inv_ln2_n = 46.16624130844683lf;                // 0x1.71547652b82fep+0 * 32
  const double shift = 6755399441055744.0lf;                   // 0x1.8p+52
  const double c0 = 0.05550361559341535lf / 32768.0lf;         // 0x1.c6af84b912394p-5 / 32^3
  const double c1 = 0.2402284522445722lf / 1024.0lf;           // 0x1.ebfce50fac4f3p-3 / 32^2
  const double c2 = 0.6931471806916203lf / 32.0lf;             // 0x1.62e42ff0c52d6p-1 / 32
  precise double z = inv_ln2_n * double(x);
  precise double kd = z + shift;
  uvec2 ki = unpackDouble2x32(kd);
  precise double k = kd - shift;
  precise double r = z - k;
  uvec2 tb = kExp2Table[ki.x & 31u];
  tb.y += ki.x << 15;
  double s = packDouble2x32(tb);
  precise double p = c0 * r + c1;
  precise double r2 = r * r;
  precise double y = c2 * r + 1.0lf;
  precise double y2 = p * r2 + y;
  precise double out_ = y2 * s;
  return float(out_);
}

// fma(a, b, c) with one rounding, without trusting the device's fma: lavapipe (llvmpipe) lowers
// ffma to a multiply and an add (two roundings). The product is exact in f64; the f64 sum's
// rounding error e comes from TwoSum; the f64 sum rounds to the correctly rounded f32 unless it
// is exactly halfway between two floats, where the sign of e decides.
float fma_rn(float a, float b, float c) {
  precise double p = double(a) * double(b);
  precise double dc = double(c);
  precise double s = p + dc;
  precise double bb = s - p;
  precise double e = (p - (s - bb)) + (dc - bb);
  float f = float(s);
  if (e != 0.0lf) {
    uvec2 bits = unpackDouble2x32(s);
    if ((bits.x & 0x1FFFFFFFu) == 0x10000000u) {  // a midpoint between two f32
      float toward_zero = float(packDouble2x32(uvec2(bits.x & ~0x1FFFFFFFu, bits.y)));
      bool away = (e > 0.0lf) == (s > 0.0lf);
      f = away ? uintBitsToFloat(floatBitsToUint(toward_zero) + 1u) : toward_zero;
    }
  }
  return f;
}

// expm1 of an f32 as glibc 2.36's expm1f computes it (the fdlibm algorithm in f32 arithmetic:
// k = round(x / ln2) with ln2 split hi + lo, x reduced to [-ln2/2, ln2/2] with its rounding
// error c, the rational R1 in x^2/2 of degree 5 from fdlibm's coefficients Q1..Q5, then the
// reconstruction per k). Every operation is a correctly rounded f32 add/sub/mul (`precise`: no
// contraction) or div_rn, as in the C source compiled without FMA contraction.
float expm1_libm(float xin) {
  precise float x = xin;
  const float ln2_hi = uintBitsToFloat(0x3f317180u), ln2_lo = uintBitsToFloat(0x3717f7d1u),
              invln2 = uintBitsToFloat(0x3fb8aa3bu);
  const float Q1 = uintBitsToFloat(0xbd088889u), Q2 = uintBitsToFloat(0x3ad00d01u),
              Q3 = uintBitsToFloat(0xb8a670cdu), Q4 = uintBitsToFloat(0x36867e54u),
              Q5 = uintBitsToFloat(0xb457edbbu);
  uint hx = floatBitsToUint(x);
  bool neg = (hx & 0x80000000u) != 0u;
  hx &= 0x7fffffffu;
  if (hx >= 0x4195b844u) {  // |x| >= 27 ln2
    if (hx >= 0x42b17218u) {
      if (hx > 0x7f800000u) return x + x;
      if (hx == 0x7f800000u) return neg ? -1.0 : x;
      if (x > uintBitsToFloat(0x42b17180u)) return uintBitsToFloat(0x7f800000u);
    }
    if (neg) return -1.0;
  }
  precise float hi, lo, c = 0.0, t;
  int k = 0;
  if (hx > 0x3eb17218u) {  // |x| > ln2 / 2
    if (hx < 0x3F851592u) {  // and < 1.5 ln2
      if (!neg) {
        hi = x - ln2_hi;
        lo = ln2_lo;
        k = 1;
      } else {
        hi = x + ln2_hi;
        lo = -ln2_lo;
        k = -1;
      }
    } else {
      precise float kf = invln2 * x + (neg ? -0.5 : 0.5);
      k = int(kf);  // truncation, as C's conversion
      t = float(k);
      hi = x - t * ln2_hi;
      lo = t * ln2_lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x33000000u) {  // |x| < 2^-25
    return x;
  }
  precise float hfx = 0.5 * x;
  precise float hxs = x * hfx;
  precise float r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  t = 3.0 - r1 * hfx;
  precise float e = hxs * div_rn(r1 - t, 6.0 - x * t);
  if (k == 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e = e - hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  precise float y;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = uintBitsToFloat(floatBitsToUint(y) + (uint(k) << 23));
    return y - 1.0;
  }
  if (k < 23) {
    t = uintBitsToFloat(0x3f800000u - (0x1000000u >> uint(k)));  // 1 - 2^-k
    y = t - (e - x);
  } else {
    t = uintBitsToFloat(uint(0x7f - k) << 23);  // 2^-k
    y = x - (e + t);
    y = y + 1.0;
  }
  return uintBitsToFloat(floatBitsToUint(y) + (uint(k) << 23));
}

// tanh of an f32 as glibc 2.36's tanhf computes it (fdlibm: x for |x| < 2^-55, 1 - 2 / (expm1(2|x|)
// + 2) for |x| >= 1, -expm1(-2|x|) / (expm1(-2|x|) + 2) below, +-1 from 22 on). Bitwise equal to
// glibc on every f32 (checked on the host, all 2^32 bit patterns), so gemma's GELU and soft caps
// agree with the CPU backend.
float tanh_libm(float x) {
  uint jx = floatBitsToUint(x), ix = jx & 0x7fffffffu;
  bool neg = (jx & 0x80000000u) != 0u;
  if (ix >= 0x7f800000u) {
    if (ix > 0x7f800000u) return x + x;
    return neg ? -1.0 : 1.0;
  }
  precise float z;
  if (ix < 0x41b00000u) {  // |x| < 22
    if (ix < 0x24000000u) return x;  // also +-0: x * (1 + x) == x here
    precise float ax = abs(x);
    if (ix >= 0x3f800000u) {
      precise float tt = expm1_libm(2.0 * ax);
      z = 1.0 - div_rn(2.0, tt + 2.0);
    } else {
      precise float tt = expm1_libm(-2.0 * ax);
      z = div_rn(-tt, tt + 2.0);
    }
  } else {
    z = 1.0;
  }
  return neg ? -z : z;
}

// Shared helpers of the moe, qdot and elementwise shaders.
bool sign_of(float x) { return (floatBitsToUint(x) & 0x80000000u) != 0u; }
// max/min as the CPU's routing and clamps take them: a NaN operand wins, -0 < +0.
float nan_max(float a, float x) {
  if (isnan(a) || isnan(x)) return isnan(a) ? a : x;
  if (a == x) return sign_of(a) ? x : a;
  return a > x ? a : x;
}
float nan_min(float a, float b) {
  if (isnan(a)) return a;
  if (isnan(b)) return b;
  if (a == b) return sign_of(a) ? a : b;
  return a < b ? a : b;
}
// 1 / (1 + expf(-x)) with the CPU's roundings.
float logistic(float x) {
  precise float d = 1.0 + exp_libm(-x);
  return div_rn(1.0, d);
}
// x rounded to the contraction precision p (0 f32, 1 f16, 2 bf16).
float narrow(float x, uint p) {
  if (p == 1u) return f16_to_f32(f32_to_f16(x));
  if (p == 2u) return uintBitsToFloat(f32_to_bf16(x) << 16);
  return x;
}
// Byte `byte_index` of tensor slot `slot` (words little-endian).
uint byte_at(uint slot, uint byte_index) {
  return (t[slot].d[byte_index >> 2] >> ((byte_index & 3u) * 8u)) & 0xFFu;
}
