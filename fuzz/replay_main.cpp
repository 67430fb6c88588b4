// Replays a fuzz target's seed corpus without libFuzzer, then a fixed number of deterministic
// mutations of each seed (flips, truncations, insertions, deletions, splices): the ctest form of
// the fuzzers, built by any compiler (the ASan+UBSan preset runs it). Coverage-guided fuzzing
// proper is scripts/fuzz.sh with the clang `fuzz` preset.
//
//   <name>_replay [--mutations N] FILE_OR_DIR...
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

// splitmix64: a small deterministic generator, so a failing mutation is reproducible from
// the seed file's name and the mutation index printed below.
struct Rng {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(next() % n); }
};

std::vector<uint8_t> read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

// Bytes that matter to the formats under test (JSON, Jinja, safetensors headers).
constexpr std::string_view kInteresting = "{}[]\":,0-9eE.\\ \n{%}{{}}#'\xff\x00";

void mutate(std::vector<uint8_t>& bytes, const std::vector<std::vector<uint8_t>>& corpus,
            Rng& rng) {
  const int edits = 1 + static_cast<int>(rng.below(4));
  for (int e = 0; e < edits; ++e) {
    switch (rng.below(6)) {
      case 0:  // flip bits of one byte
        if (!bytes.empty())
          bytes[rng.below(bytes.size())] ^= static_cast<uint8_t>(1u << rng.below(8));
        break;
      case 1:  // truncate
        bytes.resize(rng.below(bytes.size() + 1));
        break;
      case 2: {  // insert an interesting byte
        const uint8_t b = static_cast<uint8_t>(kInteresting[rng.below(kInteresting.size())]);
        bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(rng.below(bytes.size() + 1)), b);
        break;
      }
      case 3: {  // delete a run
        if (bytes.empty()) break;
        const size_t at = rng.below(bytes.size());
        const size_t n = std::min(bytes.size() - at, 1 + rng.below(16));
        bytes.erase(bytes.begin() + static_cast<std::ptrdiff_t>(at),
                    bytes.begin() + static_cast<std::ptrdiff_t>(at + n));
        break;
      }
      case 4: {  // duplicate a run in place
        if (bytes.empty()) break;
        const size_t at = rng.below(bytes.size());
        const size_t n = std::min(bytes.size() - at, 1 + rng.below(32));
        std::vector<uint8_t> run(bytes.begin() + static_cast<std::ptrdiff_t>(at),
                                 bytes.begin() + static_cast<std::ptrdiff_t>(at + n));
        bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(rng.below(bytes.size() + 1)),
                     run.begin(), run.end());
        break;
      }
      default: {  // splice a run of another seed
        const auto& other = corpus[rng.below(corpus.size())];
        if (other.empty()) break;
        const size_t at = rng.below(other.size());
        const size_t n = std::min(other.size() - at, 1 + rng.below(64));
        bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(rng.below(bytes.size() + 1)),
                     other.begin() + static_cast<std::ptrdiff_t>(at),
                     other.begin() + static_cast<std::ptrdiff_t>(at + n));
        break;
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  long mutations = 0;
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--mutations" && i + 1 < argc) {
      mutations = std::strtol(argv[++i], nullptr, 10);
      continue;
    }
    const std::filesystem::path path(arg);
    if (std::filesystem::is_directory(path)) {
      for (const auto& entry : std::filesystem::directory_iterator(path)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
    } else if (std::filesystem::is_regular_file(path)) {
      files.push_back(path);
    } else {
      std::fprintf(stderr, "replay: %s is neither a file nor a directory\n", argv[i]);
      return 2;
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "replay: no seed files given\n");
    return 2;
  }
  std::sort(files.begin(), files.end());
  std::vector<std::vector<uint8_t>> corpus;
  corpus.reserve(files.size());
  for (const auto& f : files) corpus.push_back(read_bytes(f));

  long runs = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    LLVMFuzzerTestOneInput(corpus[i].data(), corpus[i].size());
    ++runs;
    Rng rng{0x6D6C786Cull ^ (static_cast<uint64_t>(i) << 32)};
    for (long m = 0; m < mutations; ++m) {
      std::vector<uint8_t> bytes = corpus[i];
      mutate(bytes, corpus, rng);
      // Announced before the run so that a crash names the input that caused it.
      if (std::getenv("MLXLA_REPLAY_VERBOSE") != nullptr) {
        std::fprintf(stderr, "replay: %s mutation %ld\n", files[i].c_str(), m);
      }
      LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
      ++runs;
    }
  }
  std::printf("replay: %ld inputs from %zu seeds, no failure\n", runs, files.size());
  return 0;
}
