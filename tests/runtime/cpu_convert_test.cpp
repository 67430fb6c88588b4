// The CPU runtime's bulk float conversions (convert steps: keys and values into an f16 cache)
// equal quant::f32_to_f16 / f16_to_f32 / f32_to_bf16 bit for bit, on the F16C loops and the
// portable ones: every f16 value, every rounding boundary between f16 neighbours (the tie and
// one f32 ulp either side, normal and subnormal), infinities, NaNs with payloads, overflow, a
// stride through all f32 bit patterns; odd counts (the tails) at odd byte addresses.
// ctest-labels: numerics
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "quant/half.h"
#include "runtime/cpu/convert.h"

namespace mlxla::runtime::cpu {
namespace {

float from_bits(uint32_t u) {
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}

/// f32 inputs that exercise every rounding decision of f32 -> f16.
std::vector<float> f32_inputs() {
  std::vector<float> out;
  for (uint32_t h = 0; h < 0x10000; ++h) {
    const float x = quant::f16_to_f32(static_cast<uint16_t>(h));
    uint32_t u;
    std::memcpy(&u, &x, 4);
    out.push_back(x);
    if ((h & 0x7c00u) == 0x7c00u) continue;  // inf / NaN
    // The midpoint to the next f16 up (in magnitude) and one f32 ulp either side of it.
    const float next = quant::f16_to_f32(static_cast<uint16_t>(h + 1));
    uint32_t v;
    std::memcpy(&v, &next, 4);
    if ((h & 0x7fffu) == 0x7bffu) v = (u & 0x80000000u) | 0x47800000u;  // 65536: the overflow tie
    const uint32_t mid = u + ((v - u) >> 1);
    for (uint32_t d : {mid - 1, mid, mid + 1}) out.push_back(from_bits(d));
  }
  for (uint64_t u = 0; u < (1ull << 32); u += 4099)
    out.push_back(from_bits(static_cast<uint32_t>(u)));
  for (uint32_t u :
       {0x7f800001u, 0x7fbfffffu, 0x7fc00000u, 0xffc01234u, 0x7f802000u, 0x33000000u, 0x33000001u,
        0xb3000000u, 0x477fefffu, 0x477ff000u, 0x7f7fffffu, 0x00000001u}) {
    out.push_back(from_bits(u));
  }
  return out;
}

std::vector<std::byte> bytes_of(const std::vector<float>& v, size_t offset) {
  std::vector<std::byte> b(v.size() * 4 + offset);
  std::memcpy(b.data() + offset, v.data(), v.size() * 4);
  return b;
}

TEST(CpuConvert, F32ToF16EqualsTheScalarRounding) {
  const std::vector<float> in = f32_inputs();
  std::vector<uint16_t> want(in.size());
  for (size_t i = 0; i < in.size(); ++i) want[i] = quant::f32_to_f16(in[i]);
  using Loop = void (*)(const std::byte*, std::byte*, int64_t);
  std::vector<Loop> loops = {convert_f32_to_f16_portable, convert_f32_to_f16};
  if (convert_f16c_available()) loops.push_back(convert_f32_to_f16_f16c);
  for (Loop loop : loops) {
    // Odd byte addresses and an odd count: the SIMD body and the scalar tail.
    const std::vector<std::byte> src = bytes_of(in, 3);
    std::vector<std::byte> dst(in.size() * 2 + 1);
    loop(src.data() + 3, dst.data() + 1, static_cast<int64_t>(in.size()));
    for (size_t i = 0; i < in.size(); ++i) {
      uint16_t got;
      std::memcpy(&got, dst.data() + 1 + 2 * i, 2);
      uint32_t u;
      std::memcpy(&u, &in[i], 4);
      ASSERT_EQ(got, want[i]) << "f32 bits 0x" << std::hex << u;
    }
  }
}

TEST(CpuConvert, F16ToF32AndBf16EqualTheScalarConversions) {
  std::vector<uint16_t> in(0x10000 + 5);
  for (size_t i = 0; i < in.size(); ++i) in[i] = static_cast<uint16_t>(i * 40503u);
  std::vector<std::byte> src(in.size() * 2 + 1);
  std::memcpy(src.data() + 1, in.data(), in.size() * 2);
  using Loop = void (*)(const std::byte*, std::byte*, int64_t);
  std::vector<Loop> loops = {convert_f16_to_f32_portable, convert_f16_to_f32};
  if (convert_f16c_available()) loops.push_back(convert_f16_to_f32_f16c);
  for (Loop loop : loops) {
    std::vector<std::byte> dst(in.size() * 4 + 2);
    loop(src.data() + 1, dst.data() + 2, static_cast<int64_t>(in.size()));
    for (size_t i = 0; i < in.size(); ++i) {
      const float want = quant::f16_to_f32(in[i]);
      uint32_t got_bits, want_bits;
      std::memcpy(&got_bits, dst.data() + 2 + 4 * i, 4);
      std::memcpy(&want_bits, &want, 4);
      ASSERT_EQ(got_bits, want_bits) << "f16 bits 0x" << std::hex << in[i];
    }
  }
  const std::vector<float> wide = f32_inputs();
  const std::vector<std::byte> wsrc = bytes_of(wide, 1);
  std::vector<std::byte> bf(wide.size() * 2);
  convert_f32_to_bf16(wsrc.data() + 1, bf.data(), static_cast<int64_t>(wide.size()));
  for (size_t i = 0; i < wide.size(); ++i) {
    uint16_t got;
    std::memcpy(&got, bf.data() + 2 * i, 2);
    ASSERT_EQ(got, quant::f32_to_bf16(wide[i]));
  }
}

// The convert steps' loops follow the kernel table: the portable ones under `--isa scalar`
// whatever the CPU has, F16C under a SIMD table where the CPU has it; each set converts alike.
TEST(CpuConvert, ScalarIsaRunsThePortableLoops) {
  const ConvertLoops scalar = convert_loops(kernels::Isa::kScalar);
  EXPECT_EQ(scalar.f32_to_f16, &convert_f32_to_f16_portable);
  EXPECT_EQ(scalar.f16_to_f32, &convert_f16_to_f32_portable);
  EXPECT_EQ(scalar.f32_to_bf16, &convert_f32_to_bf16);
  const bool f16c = convert_f16c_available();
  const std::vector<float> in = f32_inputs();
  const std::vector<std::byte> src = bytes_of(in, 0);
  for (kernels::Isa isa : kernels::KernelContext::available_isas()) {
    const ConvertLoops loops = convert_loops(isa);
    if (isa != kernels::Isa::kScalar) {
      EXPECT_EQ(loops.f32_to_f16, f16c ? &convert_f32_to_f16_f16c : &convert_f32_to_f16_portable)
          << kernels::isa_name(isa);
      EXPECT_EQ(loops.f16_to_f32, f16c ? &convert_f16_to_f32_f16c : &convert_f16_to_f32_portable)
          << kernels::isa_name(isa);
    }
    std::vector<std::byte> half(in.size() * 2), back(in.size() * 4);
    loops.f32_to_f16(src.data(), half.data(), static_cast<int64_t>(in.size()));
    loops.f16_to_f32(half.data(), back.data(), static_cast<int64_t>(in.size()));
    for (size_t i = 0; i < in.size(); ++i) {
      uint16_t h;
      std::memcpy(&h, half.data() + 2 * i, 2);
      ASSERT_EQ(h, quant::f32_to_f16(in[i])) << kernels::isa_name(isa) << " element " << i;
      const float want = quant::f16_to_f32(h);
      ASSERT_EQ(std::memcmp(back.data() + 4 * i, &want, 4), 0) << kernels::isa_name(isa);
    }
  }
}

}  // namespace
}  // namespace mlxla::runtime::cpu
