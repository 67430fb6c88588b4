// Shared declarations of every mlxla compute shader. One descriptor set for all pipelines:
// binding 0 holds the executable's parameter words (each dispatch reads its own block, starting
// at the push constant `base`), binding 1 is an array of 8 storage buffers holding tensors.
// A tensor is (buffer slot, element offset, element type); every access goes through 32-bit
// words, so narrow outputs are written a whole word per invocation (no 8/16-bit storage needed).
// Arithmetic that must match the CPU backend bit for bit is `precise` (no contraction).
#extension GL_EXT_control_flow_attributes : enable

layout(local_size_x = 64) in;

layout(std430, set = 0, binding = 0) readonly buffer Params { uint p[]; } params;
layout(std430, set = 0, binding = 1) buffer Tensor { uint d[]; } t[8];
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
