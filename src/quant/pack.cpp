// Bit packing of affine codes: one LSB-first bit stream per row, read and written through
// byte copies so rows may start at any address (MLX files are not aligned).
#include <algorithm>
#include <bit>
#include <cstring>

#include "quant/affine.h"

namespace mlxla::quant {
namespace {

static_assert(std::endian::native == std::endian::little,
              "the packed format is little-endian; a big-endian port needs byte swaps here");

// Eight consecutive codes of `Bits` bits occupy exactly `Bits` bytes, whatever the width, so
// every width is handled by one 8-code step: move Bits bytes through a 64-bit register.
template <int Bits>
void pack_row_t(const uint8_t* codes, int64_t k, std::byte* packed) {
  const int64_t whole = k / 8;
  for (int64_t c = 0; c < whole; ++c) {
    uint64_t v = 0;
    for (int j = 0; j < 8; ++j) v |= static_cast<uint64_t>(codes[8 * c + j]) << (j * Bits);
    std::memcpy(packed + c * Bits, &v, Bits);
  }
  const int64_t rest = k - 8 * whole;
  if (rest == 0) return;
  uint64_t v = 0;
  for (int64_t j = 0; j < rest; ++j) v |= static_cast<uint64_t>(codes[8 * whole + j]) << (j * Bits);
  std::memcpy(packed + whole * Bits, &v, static_cast<size_t>((rest * Bits + 7) / 8));
}

template <int Bits>
void unpack_row_t(const std::byte* packed, int64_t k, uint8_t* codes) {
  constexpr uint64_t kMask = (1u << Bits) - 1u;
  const int64_t whole = k / 8;
  // While 8 bytes remain in the row, load a full word (one unaligned load; the bytes past this
  // chunk's `Bits` are ignored); the last chunks copy exactly `Bits` bytes so reads stay in the
  // row.
  const int64_t row_bytes = (k * Bits + 7) / 8;
  const int64_t wide = row_bytes >= 8 ? std::min<int64_t>(whole, (row_bytes - 8) / Bits + 1) : 0;
  for (int64_t c = 0; c < wide; ++c) {
    uint64_t v;
    std::memcpy(&v, packed + c * Bits, 8);
    for (int j = 0; j < 8; ++j) codes[8 * c + j] = static_cast<uint8_t>((v >> (j * Bits)) & kMask);
  }
  for (int64_t c = wide; c < whole; ++c) {
    uint64_t v = 0;
    std::memcpy(&v, packed + c * Bits, Bits);
    for (int j = 0; j < 8; ++j) codes[8 * c + j] = static_cast<uint8_t>((v >> (j * Bits)) & kMask);
  }
  const int64_t rest = k - 8 * whole;
  if (rest == 0) return;
  uint64_t v = 0;
  std::memcpy(&v, packed + whole * Bits, static_cast<size_t>((rest * Bits + 7) / 8));
  for (int64_t j = 0; j < rest; ++j)
    codes[8 * whole + j] = static_cast<uint8_t>((v >> (j * Bits)) & kMask);
}

}  // namespace

bool is_supported_bits(int bits) {
  for (int b : kSupportedBits)
    if (b == bits) return true;
  return false;
}

void pack_row(const uint8_t* codes, int bits, int64_t k, std::byte* packed) {
  switch (bits) {
    case 2:
      return pack_row_t<2>(codes, k, packed);
    case 3:
      return pack_row_t<3>(codes, k, packed);
    case 4:
      return pack_row_t<4>(codes, k, packed);
    case 5:
      return pack_row_t<5>(codes, k, packed);
    case 6:
      return pack_row_t<6>(codes, k, packed);
    case 8:
      return pack_row_t<8>(codes, k, packed);
    default:
      std::abort();  // callers validate bits; an unsupported width here is a bug
  }
}

void unpack_row(const std::byte* packed, int bits, int64_t k, uint8_t* codes) {
  switch (bits) {
    case 2:
      return unpack_row_t<2>(packed, k, codes);
    case 3:
      return unpack_row_t<3>(packed, k, codes);
    case 4:
      return unpack_row_t<4>(packed, k, codes);
    case 5:
      return unpack_row_t<5>(packed, k, codes);
    case 6:
      return unpack_row_t<6>(packed, k, codes);
    case 8:
      return unpack_row_t<8>(packed, k, codes);
    default:
      std::abort();  // callers validate bits; an unsupported width here is a bug
  }
}

}  // namespace mlxla::quant
