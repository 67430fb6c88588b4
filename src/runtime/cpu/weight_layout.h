// The CPU runtime's load-time weight layout: interleaved copies of the packed weights of
// mlxla.quantized_dot (kernels/cpu/interleave.h), made once per weight and shared by every
// executable of a backend, in huge-page-advised anonymous memory; the checkpoint mapping's pages
// of each copied tensor are handed back to the kernel.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>

#include "kernels/cpu/kernels.h"
#include "mlxla/result.h"

namespace mlxla::runtime::cpu {

/// How the CPU runtime lays out packed weights.
enum class WeightLayout : uint8_t {
  kInPlace,      ///< MLX's row-major bytes read from the checkpoint mapping (zero copy)
  kInterleaved,  ///< copied at load into blocks of interleave rows (kernels/cpu/interleave.h)
};

/// "inplace" / "interleaved".
const char* weight_layout_name(WeightLayout layout);
/// Parses a --weight-layout value; an error names the accepted values.
Result<WeightLayout> parse_weight_layout(std::string_view text);

/// Owner of the interleaved copies of one backend. Thread-safe.
class InterleavedWeights {
 public:
  /// rows: the interleave (4, 8 or kernels::kFastInterleave); threads: how many threads copy a
  /// tensor.
  InterleavedWeights(int rows, int threads) : rows_(rows), threads_(threads > 0 ? threads : 1) {}
  ~InterleavedWeights();
  InterleavedWeights(const InterleavedWeights&) = delete;
  InterleavedWeights& operator=(const InterleavedWeights&) = delete;

  /// The interleaved copy of the row-major weight `w` (made on first request, keyed by its
  /// bytes' address and shape). After copying, the pages of w's bytes that lie in a read-only
  /// private file mapping are released (MADV_DONTNEED: a later reader of the tensor, such as a
  /// tied embedding's gather, faults them back from the file).
  Result<kernels::PackedWeight> get(const kernels::PackedWeight& w);

  int rows() const { return rows_; }
  /// Bytes of anonymous memory held by the copies.
  int64_t bytes() const;
  /// Bytes of checkpoint mapping released so far.
  int64_t released_bytes() const;
  /// Weights copied so far.
  int64_t tensors() const;

 private:
  struct Copy {
    void* base = nullptr;  // the mapping (munmapped in the destructor)
    size_t length = 0;
    kernels::PackedWeight view;
  };
  void copy_blocks(const kernels::PackedWeight& w, int64_t block_begin, int64_t block_end,
                   std::byte* dst) const;

  int rows_;
  int threads_;
  mutable std::mutex mutex_;
  std::map<const std::byte*, Copy> copies_;
  int64_t bytes_ = 0;
  int64_t released_ = 0;
};

}  // namespace mlxla::runtime::cpu
