// InterleavedWeights: the load-time copies in huge-page-advised anonymous memory, and the release
// of the checkpoint pages they replace.
#include "runtime/cpu/weight_layout.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "kernels/cpu/interleave.h"

namespace mlxla::runtime::cpu {
namespace {

constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
/// Source bytes copied between two releases of the mapping (see InterleavedWeights::get).
constexpr int64_t kReleaseStep = int64_t{8} << 20;

uintptr_t page_size() {
  const long p = ::sysconf(_SC_PAGESIZE);
  return p > 0 ? static_cast<uintptr_t>(p) : 4096;
}

/// Anonymous memory of `length` bytes whose start is 2 MB aligned and advised MADV_HUGEPAGE (THP
/// is "madvise" on the machines we measure). The tail that does not fill a huge page stays in
/// small pages, so nothing past `length` is ever resident.
Result<void*> map_huge(size_t length, size_t* mapped) {
  const uintptr_t page = page_size();
  const size_t len = (length + page - 1) / page * page;
  void* raw =
      ::mmap(nullptr, len + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) {
    return internal_error("cpu runtime: cannot map " + std::to_string(len) +
                          " bytes for an interleaved weight: " + std::strerror(errno));
  }
  const auto start = reinterpret_cast<uintptr_t>(raw);
  const uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
  if (aligned > start) ::munmap(raw, aligned - start);
  const uintptr_t end = start + len + kHugePage;
  if (end > aligned + len) ::munmap(reinterpret_cast<void*>(aligned + len), end - aligned - len);
  ::madvise(reinterpret_cast<void*>(aligned), len, MADV_HUGEPAGE);  // advice: failure is harmless
  *mapped = len;
  return reinterpret_cast<void*>(aligned);
}

/// Whether [p, p + n) lies in one private, non-writable mapping of a file (the checkpoint's
/// MAP_PRIVATE PROT_READ mapping). Only there is MADV_DONTNEED a pure release: the pages come
/// back from the file on the next read. (On anonymous or writable memory it would lose data.)
bool in_readonly_file_mapping(const std::byte* p, size_t n) {
  FILE* maps = std::fopen("/proc/self/maps", "r");
  if (maps == nullptr) return false;
  const auto lo = reinterpret_cast<uintptr_t>(p);
  const uintptr_t hi = lo + n;
  bool ok = false;
  char line[4096];
  while (std::fgets(line, sizeof line, maps) != nullptr) {
    uintptr_t start = 0, end = 0;
    char perms[8] = {};
    unsigned long long inode = 0;
    if (std::sscanf(line, "%" SCNxPTR "-%" SCNxPTR " %7s %*s %*s %llu", &start, &end, perms,
                    &inode) != 4) {
      continue;
    }
    if (lo >= start && lo < end) {
      ok = hi <= end && perms[1] == '-' && perms[3] == 'p' && inode != 0;
      break;
    }
  }
  std::fclose(maps);
  return ok;
}

/// Releases the whole pages of [p, p + n) (in a read-only file mapping: the caller checked);
/// returns the bytes released.
int64_t release_pages(const std::byte* p, size_t n) {
  if (n == 0) return 0;
  const uintptr_t page = page_size();
  const uintptr_t lo = (reinterpret_cast<uintptr_t>(p) + page - 1) / page * page;
  const uintptr_t hi = (reinterpret_cast<uintptr_t>(p) + n) / page * page;
  if (hi <= lo) return 0;
  if (::madvise(reinterpret_cast<void*>(lo), hi - lo, MADV_DONTNEED) != 0) return 0;
  return static_cast<int64_t>(hi - lo);
}

}  // namespace

const char* weight_layout_name(WeightLayout layout) {
  return layout == WeightLayout::kInPlace ? "inplace" : "interleaved";
}

Result<WeightLayout> parse_weight_layout(std::string_view text) {
  if (text == "inplace") return WeightLayout::kInPlace;
  if (text == "interleaved") return WeightLayout::kInterleaved;
  return invalid_argument("weight layout: expected 'inplace' or 'interleaved', got '" +
                          std::string(text) + "'");
}

void InterleavedWeights::copy_blocks(const kernels::PackedWeight& w, int64_t block_begin,
                                     int64_t block_end, std::byte* dst) const {
  // The copy is bound by page faults and small memcpys more than by bandwidth: the backend's
  // thread count splits it (plain threads: the pool belongs to the executables' runs).
  const int64_t blocks = block_end - block_begin;
  const int threads =
      static_cast<int>(std::min<int64_t>(threads_, std::max<int64_t>(1, blocks / 64)));
  if (threads <= 1) {
    kernels::interleave_blocks(w, rows_, block_begin, block_end, dst);
    return;
  }
  std::vector<std::thread> workers;
  for (int t = 1; t < threads; ++t) {
    workers.emplace_back([&, t] {
      kernels::interleave_blocks(w, rows_, block_begin + blocks * t / threads,
                                 block_begin + blocks * (t + 1) / threads, dst);
    });
  }
  kernels::interleave_blocks(w, rows_, block_begin, block_begin + blocks / threads, dst);
  for (std::thread& worker : workers) worker.join();
}

InterleavedWeights::~InterleavedWeights() {
  for (auto& [key, copy] : copies_) ::munmap(copy.base, copy.length);
}

Result<kernels::PackedWeight> InterleavedWeights::get(const kernels::PackedWeight& w) {
  MLXLA_RETURN_IF_ERROR(kernels::validate(w));
  if (w.interleave != 0) return invalid_argument("cpu runtime: weight is already interleaved");
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = copies_.find(w.packed);
  if (it != copies_.end()) {
    const kernels::PackedWeight& v = it->second.view;
    if (v.n != w.n || v.k != w.k || v.bits != w.bits || v.group_size != w.group_size ||
        v.scale_dtype != w.scale_dtype) {
      return internal_error("cpu runtime: one packed tensor bound with two shapes");
    }
    return v;
  }
  const kernels::InterleavedGeometry geo(w, rows_);
  size_t length = 0;
  MLXLA_ASSIGN_OR_RETURN(void* base, map_huge(static_cast<size_t>(geo.total_bytes()), &length));
  auto* dst = static_cast<std::byte*>(base);
  // In stretches of about kReleaseStep source bytes, each released as soon as it is copied (a
  // page straddling two stretches goes with the second): the peak is the copies plus one
  // stretch of the mapping, not plus the largest tensor (the 1B's tied embedding is 131 MB).
  const int64_t step_blocks =
      std::max<int64_t>(1, kReleaseStep / std::max<int64_t>(1, rows_ * geo.row_bytes));
  const int64_t scale_rows_bytes = rows_ * geo.scale_row_bytes;
  const auto tensor_bytes = [&](int64_t row_bytes) { return static_cast<size_t>(w.n * row_bytes); };
  const bool packed_mapped = in_readonly_file_mapping(w.packed, tensor_bytes(geo.row_bytes));
  const bool scales_mapped = in_readonly_file_mapping(w.scales, tensor_bytes(geo.scale_row_bytes));
  const bool biases_mapped = in_readonly_file_mapping(w.biases, tensor_bytes(geo.scale_row_bytes));
  for (int64_t b0 = 0; b0 < geo.blocks; b0 += step_blocks) {
    const int64_t b1 = std::min(geo.blocks, b0 + step_blocks);
    copy_blocks(w, b0, b1, dst);
    const int64_t last_row = std::min(w.n, b1 * rows_);
    const int64_t first_row = b0 * rows_;
    const auto rows_copied = static_cast<size_t>(last_row - first_row);
    if (packed_mapped) {
      released_ += release_pages(w.packed + first_row * geo.row_bytes,
                                 rows_copied * static_cast<size_t>(geo.row_bytes));
    }
    if (scales_mapped) {
      released_ += release_pages(w.scales + b0 * scale_rows_bytes,
                                 rows_copied * static_cast<size_t>(geo.scale_row_bytes));
    }
    if (biases_mapped) {
      released_ += release_pages(w.biases + b0 * scale_rows_bytes,
                                 rows_copied * static_cast<size_t>(geo.scale_row_bytes));
    }
  }
  Copy copy{base, length, kernels::interleaved_view(w, rows_, dst)};
  bytes_ += static_cast<int64_t>(length);
  copies_.emplace(w.packed, copy);
  return copy.view;
}

int64_t InterleavedWeights::bytes() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return bytes_;
}

int64_t InterleavedWeights::tensors() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int64_t>(copies_.size());
}

int64_t InterleavedWeights::released_bytes() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return released_;
}

}  // namespace mlxla::runtime::cpu
