// The fast policy's error bound on a whole model's logits, derived from its definition
// (docs/KERNELS.md "Policy fast"); shared by the tests that hold a fast policy (CPU or Vulkan) to
// the exact one.
#pragma once

#include <cmath>
#include <filesystem>

#include <gtest/gtest.h>

#include "checkpoint/config.h"

namespace mlxla::testing {

/// B / max |logit_exact| for the checkpoint in `dir`. An activation group of g values is rounded
/// to steps d = max|x|/127, so each value moves by at most max|x|/254 and the group's rounding
/// error has 2-norm <= sqrt(g) max|x| / 254 <= sqrt(g) |x_g| / 254: a relative (2-norm) error
/// <= sqrt(g)/254 per quantized activation. A decode step quantizes n_q = 4 activations per layer
/// (q/k/v share one, o, gate/up share one, down) plus the lm_head's. To first order these
/// independent errors add in quadrature and reach the logits at unit gain (RMSNorm rescales every
/// sublayer's input), so at every step
///   max |logit_fast - logit_exact| <= B = sqrt(n_q) sqrt(g) / 254 * max |logit_exact|.
/// Layers left unquantized only make the true error smaller. g is the lm_head's group size (64
/// when it is not quantized). A config that does not load fails the test and gives 0.
inline double fast_policy_relative_bound(const std::filesystem::path& dir) {
  auto config = checkpoint::load_model_config(dir);
  EXPECT_TRUE(config.ok()) << config.error().message();
  if (!config.ok()) return 0;
  const auto spec = config->quantization_for("lm_head");
  const int group = spec.has_value() ? spec->group_size : 64;
  const double n_q = 4.0 * static_cast<double>(config->num_hidden_layers) + 1.0;
  return std::sqrt(n_q) * std::sqrt(static_cast<double>(group)) / 254.0;
}

}  // namespace mlxla::testing
