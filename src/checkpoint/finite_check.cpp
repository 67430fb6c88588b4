// check_finite: an exponent-bits test per element, branch-free over blocks so it vectorizes,
// with a second look only inside the block that failed (to name the element).
#include "checkpoint/finite_check.h"

#include <cstdint>
#include <cstring>

namespace mlxla::checkpoint {
namespace {

// Exponent all ones means Inf or NaN, for every IEEE-style format.
template <typename Bits>
bool non_finite(Bits v, Bits exponent_mask) {
  return (v & exponent_mask) == exponent_mask;
}

// Index of the first non-finite element of `count` elements at `data` (any alignment), or -1.
template <typename Bits>
int64_t first_non_finite(const std::byte* data, int64_t count, Bits exponent_mask) {
  constexpr int64_t kBlock = 256;
  Bits block[kBlock];
  for (int64_t begin = 0; begin < count; begin += kBlock) {
    const int64_t n = count - begin < kBlock ? count - begin : kBlock;
    std::memcpy(block, data + begin * static_cast<int64_t>(sizeof(Bits)),
                static_cast<size_t>(n) * sizeof(Bits));
    bool any = false;
    for (int64_t i = 0; i < n; ++i) any |= non_finite(block[i], exponent_mask);
    if (!any) continue;
    for (int64_t i = 0; i < n; ++i) {
      if (non_finite(block[i], exponent_mask)) return begin + i;
    }
  }
  return -1;
}

}  // namespace

Status check_finite(const TensorView& view, const std::string& where) {
  const int64_t count = view.numel();
  int64_t bad = -1;
  bool nan = false;
  switch (view.dtype()) {
    case DType::kF64: {
      bad = first_non_finite<uint64_t>(view.data, count, 0x7FF0000000000000ull);
      if (bad >= 0)
        nan = (view.load<uint64_t>(static_cast<size_t>(bad)) & 0x000FFFFFFFFFFFFFull) != 0;
      break;
    }
    case DType::kF32: {
      bad = first_non_finite<uint32_t>(view.data, count, 0x7F800000u);
      if (bad >= 0) nan = (view.load<uint32_t>(static_cast<size_t>(bad)) & 0x007FFFFFu) != 0;
      break;
    }
    case DType::kF16: {
      bad = first_non_finite<uint16_t>(view.data, count, 0x7C00u);
      if (bad >= 0) nan = (view.load<uint16_t>(static_cast<size_t>(bad)) & 0x03FFu) != 0;
      break;
    }
    case DType::kBF16: {
      bad = first_non_finite<uint16_t>(view.data, count, 0x7F80u);
      if (bad >= 0) nan = (view.load<uint16_t>(static_cast<size_t>(bad)) & 0x007Fu) != 0;
      break;
    }
    default:
      return Status::Ok();  // integer and packed tensors have no NaN
  }
  if (bad < 0) return Status::Ok();
  return format_error(where + ": tensor '" + view.info->name + "' has a non-finite value (" +
                      (nan ? "NaN" : "Inf") + ") at element " + std::to_string(bad));
}

}  // namespace mlxla::checkpoint
