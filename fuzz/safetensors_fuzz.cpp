// libFuzzer target: arbitrary bytes as a .safetensors file. Parsing must return a value or an
// Error, never crash; every accepted tensor view must lie inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "checkpoint/safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::span<const std::byte> bytes(reinterpret_cast<const std::byte*>(data), size);
  auto file = mlxla::checkpoint::SafetensorsFile::parse(bytes, "fuzz.safetensors");
  if (!file.ok()) return 0;
  uint64_t sum = 0;
  for (const auto& info : file->tensors()) {
    auto view = file->view(info);
    if (view.data < bytes.data() || view.data + view.nbytes() > bytes.data() + bytes.size())
      std::abort();
    // Touch every byte so ASan sees any out-of-bounds view.
    for (std::byte b : view.bytes()) sum += static_cast<uint8_t>(b);
    if (file->find(info.name) != &info) std::abort();
  }
  return sum == 0xffffffffffffffffull ? 1 : 0;
}
