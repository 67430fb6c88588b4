// The Vulkan executable: a graph lowered to a list of shader dispatches and buffer copies,
// recorded once into a command buffer and replayed (appended to the device's batch, which is
// submitted with the read or the choice that follows).
//
// Lowering: `main` is flattened (cpu::make_plan) with mlxla.quantized_dot, rms_norm, rope,
// attention, window_attention and argmax kept as fused ops; any other composite is inlined from its
// decomposition and runs op by op. Every value lives in a buffer: a main parameter (weights
// bound at compile, inputs/state/outputs at execute), a constant, a view of another value
// (reshape, contiguous slice), the buffer it updates in place (dynamic_update_slice of a dead
// operand: the KV cache) or its own arena range. An op without a shader is a compile error
// naming it.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <utility>
#include <variant>

#include "graph/composite_attrs.h"
#include "graph/literal.h"
#include "graph/verifier.h"
#include "quant/fp_modes.h"
#include "runtime/cpu/plan.h"
#include "runtime/vulkan/vulkan_backend.h"

namespace mlxla::runtime::vulkan {
namespace {

using graph::ElementType;
using graph::OpKind;

// Element type codes of shaders/common.glsl.
enum : uint32_t { kF32 = 0, kF16 = 1, kBF16 = 2, kI32 = 3, kU32 = 4, kU8 = 5, kI1 = 6 };

Result<uint32_t> type_code(ElementType e, std::string_view what) {
  switch (e) {
    case ElementType::kF32:
      return kF32;
    case ElementType::kF16:
      return kF16;
    case ElementType::kBF16:
      return kBF16;
    case ElementType::kI32:
      return kI32;
    case ElementType::kU32:
      return kU32;
    case ElementType::kU8:
      return kU8;
    case ElementType::kI1:
      return kI1;
    default:
      return unsupported("vulkan: " + std::string(what) + ": element type " +
                         std::string(graph::to_string(graph::TensorType{e, {}})) +
                         " has no shader support");
  }
}

uint32_t u32(int64_t v) {
  return static_cast<uint32_t>(v);
}

std::vector<int64_t> strides_of(const std::vector<int64_t>& shape) {
  std::vector<int64_t> s(shape.size(), 1);
  for (size_t d = shape.size(); d-- > 1;) s[d - 1] = s[d] * shape[d];
  return s;
}

constexpr int32_t kArena = 0;
constexpr int32_t kConstants = 1;
constexpr int32_t kFirstParam = 2;
constexpr uint64_t kAlign = 256;

/// Where a value's bytes are: buffer id and byte offset.
struct Loc {
  int32_t buf = -1;
  uint64_t offset = 0;
  bool operator==(const Loc&) const = default;
};

struct Dispatch {
  std::string shader;
  std::vector<uint32_t> params;
  std::vector<int32_t> buffers;  ///< buffer id of each tensor slot
  uint64_t invocations = 0;
  uint32_t base = 0;  ///< word offset of params in the params buffer
  /// The fast shaders' specialization (lanes, subgroups, workgroup size) and required subgroup
  /// size; the others run workgroups of 64 unspecialised.
  std::vector<uint32_t> constants;
  uint32_t subgroup_size = 0;
  VkPipeline pipeline = VK_NULL_HANDLE;  ///< resolved once at compile from key()
  PipelineKey key() const { return PipelineKey{shader, constants, subgroup_size}; }
  /// Invocations per workgroup: the fast shaders' third constant, else 64.
  uint32_t local_size() const { return constants.size() > 2 ? constants[2] : 64; }
};
struct Copy {
  Loc src, dst;
  uint64_t bytes = 0;
};
using Command = std::variant<Dispatch, Copy>;

/// Builds one dispatch: slots for buffers, parameter words.
class DispatchBuilder {
 public:
  explicit DispatchBuilder(std::string shader) { d_.shader = std::move(shader); }
  /// Slot of `loc`'s buffer.
  Result<uint32_t> slot(const Loc& loc) {
    for (size_t i = 0; i < d_.buffers.size(); ++i) {
      if (d_.buffers[i] == loc.buf) return static_cast<uint32_t>(i);
    }
    if (d_.buffers.size() >= kTensorSlots) return internal_error("vulkan: too many buffers");
    d_.buffers.push_back(loc.buf);
    return static_cast<uint32_t>(d_.buffers.size() - 1);
  }
  /// Appends slot and element offset of a tensor at `loc` with elements of `esize` bytes.
  Status tensor(const Loc& loc, size_t esize) {
    MLXLA_ASSIGN_OR_RETURN(uint32_t s, slot(loc));
    if (loc.offset % esize != 0) return internal_error("vulkan: misaligned tensor view");
    d_.params.push_back(s);
    d_.params.push_back(static_cast<uint32_t>(loc.offset / esize));
    return Status::Ok();
  }
  void push(uint32_t v) { d_.params.push_back(v); }
  void push_float(float f) {
    uint32_t b;
    std::memcpy(&b, &f, 4);
    d_.params.push_back(b);
  }
  Dispatch done(uint64_t invocations) {
    d_.invocations = invocations;
    return std::move(d_);
  }
  /// A fast-policy dispatch of `rows` subgroup-sized tasks.
  Dispatch done_fast(uint64_t rows, const FastShape& f) {
    d_.constants = {f.lanes, f.subgroups, f.lanes * f.subgroups};
    d_.subgroup_size = f.fixed_size ? f.lanes : 0;
    return done(rows * f.lanes);
  }

 private:
  Dispatch d_;
};

/// Invocations of a lane-parallel contraction (dot.comp, qdot.comp): 16 per output, 4 outputs
/// per workgroup of 64.
uint64_t lane_parallel(int64_t outputs) {
  return (static_cast<uint64_t>(outputs) + 3) / 4 * 64;
}

/// Group sizes qdot_fast.comp takes (it splits a group's octets over a power-of-two number of
/// lanes); another (none in MLX's checkpoints) runs the exact shader, within any fast tolerance.
bool fast_group_size(int group) {
  return group >= 32 && group <= 1024 && (group & (group - 1)) == 0;
}

/// mlxla.moe runs fused (moe_route, moe_qdot, moe_mix) for affine experts and the fp modes the
/// CPU fuses (mxfp4, mxfp8: bits 4 and 8); anything else runs its decomposition.
bool moe_is_fused(const graph::CompositeAttrs& a) {
  const auto typed = graph::decode_moe(a);
  return typed.ok() && (!typed->fp || typed->bits == 4 || typed->bits == 8);
}

bool is_fused(const graph::CompositeAttrs& a) {
  return a.name == graph::kQuantizedDotName || a.name == graph::kRmsNormName ||
         a.name == graph::kRopeName || a.name == graph::kAttentionName ||
         a.name == graph::kWindowAttentionName || a.name == graph::kArgmaxName ||
         (a.name == graph::kMoeName && moe_is_fused(a));
}

class Lowering {
 public:
  Lowering(const graph::Module& module, const cpu::Plan& plan, const MainSignature& sig,
           kernels::Policy policy, const FastShape& fast)
      : module_(module),
        plan_(plan),
        sig_(sig),
        main_(module.main()),
        fast_policy_(policy == kernels::Policy::kFast),
        fast_(fast) {}

  Status run() {
    locs_.assign(plan_.values.size(), Loc{});
    roots_.assign(plan_.values.size(), -1);
    for (size_t v = 0; v < plan_.values.size(); ++v) {
      const cpu::FlatValue& fv = plan_.values[v];
      if (fv.storage == cpu::Storage::kInput) {
        locs_[v] = Loc{kFirstParam + fv.param, 0};
        roots_[v] = static_cast<int32_t>(v);
      }
    }
    members_.assign(plan_.values.size(), {});
    for (size_t v = 0; v < plan_.values.size(); ++v) {
      if (roots_[v] >= 0) members_[v].push_back(static_cast<int32_t>(v));
    }
    for (size_t i = 0; i < plan_.ops.size(); ++i) {
      const cpu::FlatOp& fop = plan_.ops[i];
      Status s = lower(fop, static_cast<int32_t>(i));
      if (!s.ok()) {
        std::string name = std::string(graph::op_name(fop.op->kind));
        if (fop.op->kind == OpKind::kComposite)
          name = std::get<graph::CompositeAttrs>(fop.op->attrs).name;
        return Error(s.error().category(), "vulkan: cannot compile op #" + std::to_string(i) +
                                               " (" + name + " in @" + fop.function->name +
                                               "): " + s.error().message());
      }
    }
    return finish();
  }

  std::vector<Command> commands;
  std::vector<std::byte> constants;
  uint64_t arena_bytes = 0;

 private:
  const graph::TensorType& type(int32_t v) const {
    return plan_.values[static_cast<size_t>(v)].type;
  }
  const Loc& loc(int32_t v) const { return locs_[static_cast<size_t>(v)]; }

  void define(int32_t v, Loc l, int32_t root) {
    locs_[static_cast<size_t>(v)] = l;
    roots_[static_cast<size_t>(v)] = root;
    members_[static_cast<size_t>(root)].push_back(v);
  }
  Loc new_arena(int32_t v) {
    const uint64_t bytes = std::max<uint64_t>(type(v).nbytes(), 4);
    Loc l{kArena, arena_bytes};
    arena_bytes += (bytes + kAlign - 1) / kAlign * kAlign;
    define(v, l, v);
    return l;
  }
  uint64_t scratch(uint64_t bytes) {
    const uint64_t at = arena_bytes;
    arena_bytes += (std::max<uint64_t>(bytes, 4) + kAlign - 1) / kAlign * kAlign;
    return at;
  }
  Loc new_constant(int32_t v, const std::vector<std::byte>& bytes) {
    while (constants.size() % kAlign != 0) constants.push_back(std::byte{0});
    Loc l{kConstants, constants.size()};
    constants.insert(constants.end(), bytes.begin(), bytes.end());
    constants.resize(constants.size() + 4);  // room for a whole last word
    define(v, l, v);
    return l;
  }
  Loc alias(int32_t v, int32_t of, uint64_t extra) {
    Loc l = loc(of);
    l.offset += extra;
    define(v, l, roots_[static_cast<size_t>(of)]);
    return l;
  }

  void emit(Dispatch d) {
    if (d.invocations > 0) commands.emplace_back(std::move(d));
  }

  Status lower(const cpu::FlatOp& fop, int32_t index);
  Status lower_composite(const cpu::FlatOp& fop, const graph::CompositeAttrs& attrs);
  Status elementwise(const cpu::FlatOp& fop);
  Status box_copy(Loc dst, const graph::TensorType& dst_type, Loc src,
                  const std::vector<int64_t>& size, const std::vector<int64_t>& start,
                  const std::vector<int64_t>& src_stride, int dyn_side,
                  const std::vector<int32_t>& dyn_values, const std::vector<int64_t>& limits);
  Status gather(const cpu::FlatOp& fop);
  Status general_gather(const cpu::FlatOp& fop);
  Status reduce(const cpu::FlatOp& fop);
  Status dot(const cpu::FlatOp& fop);
  Status quantized_dot(const cpu::FlatOp& fop, const graph::CompositeAttrs& attrs);
  Status quantized_dot_fast(const cpu::FlatOp& fop, const graph::QuantizedDotAttrs& qa, int64_t m,
                            int64_t n, int64_t k, uint32_t scale_type);
  /// Fast policy: a dispatch of fast_activations.comp quantizing rows [m, k] at `in`; the
  /// block's location (codes, scales, sums, code sums).
  Result<Loc> fast_activations(Loc in, int64_t m, int64_t k, int group);
  /// fast_activations of value `value` (at `in`) once per group size: later projections of the
  /// same value reuse the block (activations_).
  Result<Loc> quantized_activations(int32_t value, Loc in, int64_t m, int64_t k, int group);
  /// One qdot_fast dispatch (quantized_dot, or a moe projection when `chosen` is set).
  struct FastDot {
    int64_t rows = 0, n = 0, k = 0, activation_rows = 0, xdiv = 1;
    int bits = 0, group = 0;
    uint32_t scale_type = 0;
    size_t scale_size = 4;
    Loc activations, packed, scales, biases, y;
    Loc chosen, bias;  ///< moe only: the chosen expert per row, the f32 expert biases [E, n]
  };
  Status qdot_fast(const FastDot& f);
  Status rms_norm(const cpu::FlatOp& fop, const graph::CompositeAttrs& attrs);
  Status rope(const cpu::FlatOp& fop, const graph::CompositeAttrs& attrs);
  Status attention(const cpu::FlatOp& fop, const graph::CompositeAttrs& attrs);
  Status argmax(const cpu::FlatOp& fop);
  Status moe(const cpu::FlatOp& fop, const graph::CompositeAttrs& attrs);
  Status finish();

  const graph::Module& module_;
  const cpu::Plan& plan_;
  const MainSignature& sig_;
  const graph::Function& main_;
  std::vector<Loc> locs_;
  std::vector<int32_t> roots_;
  std::vector<std::vector<int32_t>> members_;
  bool fast_policy_ = false;
  FastShape fast_;
  /// Fast policy: the arena offset of each activation value's int8 block, by (value, group
  /// size): the projections reading one value (q/k/v, gate/up) quantize it once.
  std::map<std::pair<int32_t, int>, uint64_t> activations_;
};

Status Lowering::lower(const cpu::FlatOp& fop, int32_t index) {
  const graph::Op& op = *fop.op;
  const auto result = fop.results.empty() ? -1 : fop.results[0];
  if (op.kind != OpKind::kComposite && fop.results.size() != 1)
    return unsupported("ops with several results have no shader");
  switch (op.kind) {
    case OpKind::kConstant: {
      const auto& c = std::get<graph::ConstantAttrs>(op.attrs);
      const graph::TensorType& t = type(result);
      std::vector<std::byte> bytes;
      if (c.splat) {
        for (int64_t i = 0; i < t.numel(); ++i)
          bytes.insert(bytes.end(), c.data.begin(), c.data.end());
      } else {
        bytes = c.data;
      }
      if (bytes.size() != t.nbytes()) return format_error("constant data size mismatch");
      new_constant(result, bytes);
      return Status::Ok();
    }
    case OpKind::kIota: {
      const auto& a = std::get<graph::IotaAttrs>(op.attrs);
      const graph::TensorType& t = type(result);
      const std::vector<int64_t> st = strides_of(t.shape);
      std::vector<std::byte> bytes;
      for (int64_t i = 0; i < t.numel(); ++i) {
        const int64_t v =
            (i / st[static_cast<size_t>(a.dimension)]) % t.shape[static_cast<size_t>(a.dimension)];
        const std::vector<std::byte> e = graph::encode_scalar(t.element, static_cast<double>(v));
        bytes.insert(bytes.end(), e.begin(), e.end());
      }
      new_constant(result, bytes);
      return Status::Ok();
    }
    case OpKind::kReshape:
      alias(result, fop.operands[0], 0);
      return Status::Ok();
    case OpKind::kConvert:
    case OpKind::kAdd:
    case OpKind::kSubtract:
    case OpKind::kMultiply:
    case OpKind::kDivide:
    case OpKind::kMaximum:
    case OpKind::kMinimum:
    case OpKind::kShiftRightLogical:
    case OpKind::kAnd:
    case OpKind::kOr:
    case OpKind::kNegate:
    case OpKind::kExponential:
    case OpKind::kLog:
    case OpKind::kRsqrt:
    case OpKind::kSqrt:
    case OpKind::kLogistic:
    case OpKind::kTanh:
    case OpKind::kSine:
    case OpKind::kCosine:
    case OpKind::kCompare:
    case OpKind::kSelect:
      return elementwise(fop);
    case OpKind::kBroadcastInDim: {
      const auto& a = std::get<graph::BroadcastInDimAttrs>(op.attrs);
      const graph::TensorType& in = type(fop.operands[0]);
      const graph::TensorType& out = type(result);
      const std::vector<int64_t> ist = strides_of(in.shape);
      std::vector<int64_t> stride(out.shape.size(), 0);
      for (size_t i = 0; i < a.dimensions.size(); ++i) {
        if (in.shape[i] != 1) stride[static_cast<size_t>(a.dimensions[i])] = ist[i];
      }
      const Loc dst = new_arena(result);
      return box_copy(dst, out, loc(fop.operands[0]), out.shape,
                      std::vector<int64_t>(out.shape.size(), 0), stride, 0, {}, {});
    }
    case OpKind::kTranspose: {
      const auto& a = std::get<graph::TransposeAttrs>(op.attrs);
      const graph::TensorType& in = type(fop.operands[0]);
      const graph::TensorType& out = type(result);
      const std::vector<int64_t> ist = strides_of(in.shape);
      std::vector<int64_t> stride(out.shape.size());
      for (size_t r = 0; r < out.shape.size(); ++r)
        stride[r] = ist[static_cast<size_t>(a.permutation[r])];
      const Loc dst = new_arena(result);
      return box_copy(dst, out, loc(fop.operands[0]), out.shape,
                      std::vector<int64_t>(out.shape.size(), 0), stride, 0, {}, {});
    }
    case OpKind::kSlice: {
      const auto& a = std::get<graph::SliceAttrs>(op.attrs);
      const graph::TensorType& in = type(fop.operands[0]);
      const graph::TensorType& out = type(result);
      const std::vector<int64_t> ist = strides_of(in.shape);
      int64_t first = 0;
      for (size_t d = 0; d < ist.size(); ++d) first += a.start[d] * ist[d];
      const uint64_t byte_offset = static_cast<uint64_t>(first) * graph::element_size(in.element);
      if (cpu::is_contiguous_slice(in.shape, out.shape, a.strides)) {
        alias(result, fop.operands[0], byte_offset);
        return Status::Ok();
      }
      std::vector<int64_t> stride(out.shape.size());
      for (size_t d = 0; d < stride.size(); ++d)
        stride[d] = ist[d] * (a.strides.empty() ? 1 : a.strides[d]);
      Loc src = loc(fop.operands[0]);
      src.offset += byte_offset;
      const Loc dst = new_arena(result);
      return box_copy(dst, out, src, out.shape, std::vector<int64_t>(out.shape.size(), 0), stride,
                      0, {}, {});
    }
    case OpKind::kDynamicSlice: {
      const graph::TensorType& in = type(fop.operands[0]);
      const graph::TensorType& out = type(result);
      std::vector<int32_t> dyn(fop.operands.begin() + 1, fop.operands.end());
      std::vector<int64_t> limits;
      for (size_t d = 0; d < in.shape.size(); ++d) limits.push_back(in.shape[d] - out.shape[d]);
      const Loc dst = new_arena(result);
      return box_copy(dst, out, loc(fop.operands[0]), out.shape,
                      std::vector<int64_t>(out.shape.size(), 0), strides_of(in.shape), 1, dyn,
                      limits);
    }
    case OpKind::kDynamicUpdateSlice: {
      const int32_t operand = fop.operands[0], update = fop.operands[1];
      const graph::TensorType& out = type(result);
      const graph::TensorType& up = type(update);
      const int32_t root = roots_[static_cast<size_t>(operand)];
      const Loc& ol = loc(operand);
      bool in_place = ol.offset % 4 == 0;
      if (ol.buf == kConstants) in_place = false;
      if (ol.buf >= kFirstParam) {
        const auto p = static_cast<size_t>(ol.buf - kFirstParam);
        in_place = in_place && main_.parameters[p].role == graph::ParamRole::kKvCache;
      }
      for (int32_t m : members_[static_cast<size_t>(root)]) {
        if (plan_.values[static_cast<size_t>(m)].last_use > index) in_place = false;
      }
      Loc dst;
      if (in_place) {
        dst = alias(result, operand, 0);
      } else {
        dst = new_arena(result);
        if (out.nbytes() > 0) commands.emplace_back(Copy{ol, dst, out.nbytes()});
      }
      std::vector<int32_t> dyn(fop.operands.begin() + 2, fop.operands.end());
      std::vector<int64_t> limits;
      for (size_t d = 0; d < out.shape.size(); ++d) limits.push_back(out.shape[d] - up.shape[d]);
      return box_copy(dst, out, loc(update), up.shape, std::vector<int64_t>(out.shape.size(), 0),
                      strides_of(up.shape), 0, dyn, limits);
    }
    case OpKind::kConcatenate: {
      const auto& a = std::get<graph::ConcatenateAttrs>(op.attrs);
      const graph::TensorType& out = type(result);
      const Loc dst = new_arena(result);
      int64_t at = 0;
      for (int32_t operand : fop.operands) {
        const graph::TensorType& in = type(operand);
        std::vector<int64_t> start(out.shape.size(), 0);
        start[static_cast<size_t>(a.dimension)] = at;
        MLXLA_RETURN_IF_ERROR(
            box_copy(dst, out, loc(operand), in.shape, start, strides_of(in.shape), 0, {}, {}));
        at += in.shape[static_cast<size_t>(a.dimension)];
      }
      return Status::Ok();
    }
    case OpKind::kGather:
      return gather(fop);
    case OpKind::kReduce:
      return reduce(fop);
    case OpKind::kDotGeneral:
      return dot(fop);
    case OpKind::kComposite:
      return lower_composite(fop, std::get<graph::CompositeAttrs>(op.attrs));
    default:
      return unsupported("no shader for this op");
  }
}

Status Lowering::elementwise(const cpu::FlatOp& fop) {
  const graph::Op& op = *fop.op;
  const int32_t result = fop.results[0];
  const graph::TensorType& out = type(result);
  uint32_t code = 0;
  switch (op.kind) {
    case OpKind::kAdd:
      code = 0;
      break;
    case OpKind::kSubtract:
      code = 1;
      break;
    case OpKind::kMultiply:
      code = 2;
      break;
    case OpKind::kDivide:
      code = 3;
      break;
    case OpKind::kMaximum:
      code = 4;
      break;
    case OpKind::kMinimum:
      code = 5;
      break;
    case OpKind::kShiftRightLogical:
      code = 6;
      break;
    case OpKind::kAnd:
      code = 7;
      break;
    case OpKind::kOr:
      code = 8;
      break;
    case OpKind::kNegate:
      code = 10;
      break;
    case OpKind::kExponential:
      code = 11;
      break;
    case OpKind::kLog:
      code = 12;
      break;
    case OpKind::kRsqrt:
      code = 13;
      break;
    case OpKind::kSqrt:
      code = 14;
      break;
    case OpKind::kLogistic:
      code = 15;
      break;
    case OpKind::kTanh:
      code = 16;
      break;
    case OpKind::kSine:
      code = 17;
      break;
    case OpKind::kCosine:
      code = 18;
      break;
    case OpKind::kConvert:
      code = 19;
      break;
    case OpKind::kCompare:
      code = 20 + static_cast<uint32_t>(std::get<graph::CompareAttrs>(op.attrs).direction);
      break;
    case OpKind::kSelect:
      code = 30;
      break;
    default:
      return unsupported("not elementwise");
  }
  MLXLA_ASSIGN_OR_RETURN(uint32_t ot, type_code(out.element, "result"));
  for (int32_t operand : fop.operands) {
    const graph::TensorType& t = type(operand);
    if (t.numel() != out.numel() && !(op.kind == OpKind::kSelect && t.rank() == 0))
      return unsupported("operand shapes differ from the result's");
  }
  const Loc dst = new_arena(result);
  DispatchBuilder b("elementwise");
  b.push(code);
  b.push(u32(out.numel()));
  b.push(ot);
  MLXLA_RETURN_IF_ERROR(b.tensor(dst, graph::element_size(out.element)));
  for (size_t i = 0; i < 3; ++i) {
    if (i < fop.operands.size()) {
      const graph::TensorType& t = type(fop.operands[i]);
      MLXLA_ASSIGN_OR_RETURN(uint32_t tc, type_code(t.element, "operand"));
      b.push(tc);
      MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[i]), graph::element_size(t.element)));
    } else {
      b.push(kF32);
      b.push(0);
      b.push(0);
    }
  }
  b.push(op.kind == OpKind::kSelect && type(fop.operands[0]).rank() == 0 ? 1 : 0);
  const uint64_t per = 4 / graph::element_size(out.element);
  emit(b.done((static_cast<uint64_t>(out.numel()) + per - 1) / per));
  return Status::Ok();
}

Status Lowering::box_copy(Loc dst, const graph::TensorType& dst_type, Loc src,
                          const std::vector<int64_t>& size, const std::vector<int64_t>& start,
                          const std::vector<int64_t>& src_stride, int dyn_side,
                          const std::vector<int32_t>& dyn_values,
                          const std::vector<int64_t>& limits) {
  constexpr size_t kRank = 6;
  const size_t rank = dst_type.shape.size();
  if (rank > kRank) return unsupported("tensors above rank 6 have no copy shader");
  if (dst.offset % 4 != 0) return internal_error("vulkan: copy destination not word aligned");
  int64_t box = 1;
  for (int64_t s : size) box *= s;
  if (box == 0 || dst_type.numel() == 0) return Status::Ok();
  MLXLA_ASSIGN_OR_RETURN(uint32_t tc, type_code(dst_type.element, "copy"));
  const size_t es = graph::element_size(dst_type.element);
  DispatchBuilder b("copy");
  b.push(tc);
  b.push(static_cast<uint32_t>(dyn_side));
  MLXLA_RETURN_IF_ERROR(b.tensor(dst, es));
  MLXLA_RETURN_IF_ERROR(b.tensor(src, es));
  // Words the box can touch: its linear extent, plus one for a start inside a word.
  const std::vector<int64_t> dst_strides = strides_of(dst_type.shape);
  int64_t extent = 1;
  for (size_t d = 0; d < rank; ++d) extent += (size[d] - 1) * dst_strides[d];
  const uint64_t per = 4 / es;
  const uint64_t words = (static_cast<uint64_t>(extent) + per - 1) / per + 1;
  b.push(static_cast<uint32_t>(words));
  b.push(0);
  const size_t pad = kRank - rank;
  for (size_t d = 0; d < kRank; ++d) {
    if (d < pad) {
      for (uint32_t v : {1u, 1u, 0u, 0u, 0xFFFFFFFFu, 0u, 0u}) b.push(v);
      continue;
    }
    const size_t r = d - pad;
    b.push(u32(dst_type.shape[r]));
    b.push(u32(size[r]));
    b.push(u32(start[r]));
    b.push(u32(src_stride[r]));
    if (r < dyn_values.size()) {
      const graph::TensorType& it = type(dyn_values[r]);
      if (it.element != ElementType::kI32 || it.numel() != 1)
        return unsupported("dynamic start indices must be i32 scalars");
      MLXLA_RETURN_IF_ERROR(b.tensor(loc(dyn_values[r]), 4));
      b.push(u32(std::max<int64_t>(limits[r], 0)));
    } else {
      b.push(0xFFFFFFFFu);
      b.push(0);
      b.push(0);
    }
  }
  emit(b.done(words));
  return Status::Ok();
}

Status Lowering::gather(const cpu::FlatOp& fop) {
  const auto& a = std::get<graph::GatherAttrs>(fop.op->attrs);
  const graph::TensorType& in = type(fop.operands[0]);
  const graph::TensorType& idx = type(fop.operands[1]);
  const graph::TensorType& out = type(fop.results[0]);
  // Whole rows along dim 0 of an operand of any rank: indices [..., 1] pick the rows,
  // the result is indices' batch shape followed by the row's shape.
  const int64_t ir = idx.rank();
  std::vector<int64_t> offset_dims, slice_sizes = {1};
  int64_t width = 1;
  for (int64_t d = 1; d < in.rank(); ++d) {
    offset_dims.push_back(ir - 2 + d);
    slice_sizes.push_back(in.shape[static_cast<size_t>(d)]);
    width *= in.shape[static_cast<size_t>(d)];
  }
  const bool rows = in.rank() >= 2 && ir >= 1 && idx.shape.back() == 1 &&
                    a.index_vector_dim == ir - 1 && a.offset_dims == offset_dims &&
                    a.collapsed_slice_dims == std::vector<int64_t>{0} &&
                    a.start_index_map == std::vector<int64_t>{0} && a.slice_sizes == slice_sizes &&
                    idx.element == ElementType::kI32;
  if (!rows) return general_gather(fop);
  MLXLA_ASSIGN_OR_RETURN(uint32_t tc, type_code(in.element, "gather"));
  const Loc dst = new_arena(fop.results[0]);
  const size_t es = graph::element_size(in.element);
  DispatchBuilder b("gather_rows");
  b.push(tc);
  b.push(u32(out.numel()));
  b.push(u32(width));
  b.push(u32(in.shape[0]));
  MLXLA_RETURN_IF_ERROR(b.tensor(dst, es));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[0]), es));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[1]), 4));
  const uint64_t per = 4 / es;
  emit(b.done((static_cast<uint64_t>(out.numel()) + per - 1) / per));
  return Status::Ok();
}

// Any gather without batching dims (the fp modes' code-table lookups, expert rows): the dimension
// mappings folded into per-dimension strides for gather.comp.
Status Lowering::general_gather(const cpu::FlatOp& fop) {
  const auto& a = std::get<graph::GatherAttrs>(fop.op->attrs);
  const graph::TensorType& in = type(fop.operands[0]);
  const graph::TensorType& idx = type(fop.operands[1]);
  const graph::TensorType& out = type(fop.results[0]);
  constexpr size_t kRank = 6;
  if (out.shape.size() > kRank || in.shape.size() > kRank || idx.shape.size() > kRank)
    return unsupported("gathers above rank 6 have no shader");
  if (idx.element != ElementType::kI32 && idx.element != ElementType::kU32 &&
      idx.element != ElementType::kU8)
    return unsupported("gather indices must be i32, ui32 or ui8");
  MLXLA_ASSIGN_OR_RETURN(uint32_t tc, type_code(in.element, "gather"));
  MLXLA_ASSIGN_OR_RETURN(uint32_t itc, type_code(idx.element, "gather indices"));
  const std::vector<int64_t> ost = strides_of(in.shape), ist = strides_of(idx.shape);
  const auto ivd = static_cast<size_t>(a.index_vector_dim);
  // Operand dims the offset dims walk: those not collapsed, in order.
  std::vector<size_t> window_dims;
  for (size_t d = 0; d < in.shape.size(); ++d) {
    if (std::find(a.collapsed_slice_dims.begin(), a.collapsed_slice_dims.end(),
                  static_cast<int64_t>(d)) == a.collapsed_slice_dims.end())
      window_dims.push_back(d);
  }
  if (window_dims.size() != a.offset_dims.size()) return format_error("gather: bad offset_dims");
  // Index dims that are batch dims: all but index_vector_dim (when it is inside the shape).
  std::vector<size_t> batch_index_dims;
  for (size_t d = 0; d < idx.shape.size(); ++d) {
    if (d != ivd) batch_index_dims.push_back(d);
  }
  std::vector<std::array<int64_t, 3>> dims;  // size, operand stride, index stride
  size_t next_offset = 0, next_batch = 0;
  for (size_t d = 0; d < out.shape.size(); ++d) {
    const bool is_offset = std::find(a.offset_dims.begin(), a.offset_dims.end(),
                                     static_cast<int64_t>(d)) != a.offset_dims.end();
    if (is_offset) {
      dims.push_back({out.shape[d], ost[window_dims[next_offset++]], 0});
    } else {
      if (next_batch >= batch_index_dims.size()) return format_error("gather: bad output rank");
      dims.push_back({out.shape[d], 0, ist[batch_index_dims[next_batch++]]});
    }
  }
  const int64_t vstride = ivd < idx.shape.size() ? ist[ivd] : 0;
  if (a.start_index_map.size() > kRank) return unsupported("gather: too many start indices");
  const Loc dst = new_arena(fop.results[0]);
  const size_t es = graph::element_size(in.element);
  DispatchBuilder b("gather");
  b.push(tc);
  b.push(u32(out.numel()));
  b.push(itc);
  b.push(u32(static_cast<int64_t>(dims.size())));
  for (size_t d = 0; d < kRank; ++d) {
    for (int j = 0; j < 3; ++j) b.push(d < dims.size() ? u32(dims[d][j]) : (j == 0 ? 1 : 0));
  }
  b.push(u32(static_cast<int64_t>(a.start_index_map.size())));
  for (size_t k = 0; k < kRank; ++k) {
    if (k < a.start_index_map.size()) {
      const auto o = static_cast<size_t>(a.start_index_map[k]);
      b.push(u32(ost[o]));
      b.push(u32(std::max<int64_t>(in.shape[o] - a.slice_sizes[o], 0)));
      b.push(u32(static_cast<int64_t>(k) * vstride));
    } else {
      for (int j = 0; j < 3; ++j) b.push(0);
    }
  }
  MLXLA_RETURN_IF_ERROR(b.tensor(dst, es));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[0]), es));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[1]), graph::element_size(idx.element)));
  const uint64_t per = 4 / es;
  emit(b.done((static_cast<uint64_t>(out.numel()) + per - 1) / per));
  return Status::Ok();
}

Status Lowering::reduce(const cpu::FlatOp& fop) {
  const auto& a = std::get<graph::ReduceAttrs>(fop.op->attrs);
  if (fop.operands.size() != 2) return unsupported("reduce of several inputs");
  const graph::TensorType& in = type(fop.operands[0]);
  const graph::TensorType& out = type(fop.results[0]);
  if (in.rank() > 6) return unsupported("reduce above rank 6");
  MLXLA_ASSIGN_OR_RETURN(uint32_t tc, type_code(in.element, "reduce"));
  const std::vector<int64_t> st = strides_of(in.shape);
  std::vector<bool> reduced(in.shape.size(), false);
  for (int64_t d : a.dimensions) reduced[static_cast<size_t>(d)] = true;
  std::vector<std::pair<int64_t, int64_t>> kept, red;
  for (size_t d = 0; d < in.shape.size(); ++d)
    (reduced[d] ? red : kept).push_back({in.shape[d], st[d]});
  const Loc dst = new_arena(fop.results[0]);
  const size_t es = graph::element_size(in.element);
  DispatchBuilder b("reduce");
  b.push(static_cast<uint32_t>(a.body));
  b.push(tc);
  b.push(u32(out.numel()));
  MLXLA_RETURN_IF_ERROR(b.tensor(dst, es));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[0]), es));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[1]), es));
  b.push(static_cast<uint32_t>(kept.size()));
  b.push(static_cast<uint32_t>(red.size()));
  for (size_t i = 0; i < 6; ++i) {
    b.push(i < kept.size() ? u32(kept[i].first) : 1);
    b.push(i < kept.size() ? u32(kept[i].second) : 0);
  }
  for (size_t i = 0; i < 6; ++i) {
    b.push(i < red.size() ? u32(red[i].first) : 1);
    b.push(i < red.size() ? u32(red[i].second) : 0);
  }
  const uint64_t per = 4 / es;
  emit(b.done((static_cast<uint64_t>(out.numel()) + per - 1) / per));
  return Status::Ok();
}

Status Lowering::dot(const cpu::FlatOp& fop) {
  const auto& a = std::get<graph::DotGeneralAttrs>(fop.op->attrs);
  const graph::TensorType& lhs = type(fop.operands[0]);
  const graph::TensorType& rhs = type(fop.operands[1]);
  const graph::TensorType& out = type(fop.results[0]);
  if (!graph::is_float(lhs.element) || out.element != ElementType::kF32)
    return unsupported("integer dot_general has no shader");
  MLXLA_ASSIGN_OR_RETURN(uint32_t lt, type_code(lhs.element, "dot lhs"));
  MLXLA_ASSIGN_OR_RETURN(uint32_t rt, type_code(rhs.element, "dot rhs"));
  const std::vector<int64_t> ls = strides_of(lhs.shape), rs = strides_of(rhs.shape);
  std::vector<bool> lu(lhs.shape.size(), false), ru(rhs.shape.size(), false);
  std::vector<std::array<int64_t, 3>> odims, cdims;
  for (size_t i = 0; i < a.lhs_batching_dims.size(); ++i) {
    const auto l = static_cast<size_t>(a.lhs_batching_dims[i]);
    const auto r = static_cast<size_t>(a.rhs_batching_dims[i]);
    lu[l] = ru[r] = true;
    odims.push_back({lhs.shape[l], ls[l], rs[r]});
  }
  for (size_t i = 0; i < a.lhs_contracting_dims.size(); ++i) {
    const auto l = static_cast<size_t>(a.lhs_contracting_dims[i]);
    const auto r = static_cast<size_t>(a.rhs_contracting_dims[i]);
    lu[l] = ru[r] = true;
    cdims.push_back({lhs.shape[l], ls[l], rs[r]});
  }
  for (size_t d = 0; d < lhs.shape.size(); ++d) {
    if (!lu[d]) odims.push_back({lhs.shape[d], ls[d], 0});
  }
  for (size_t d = 0; d < rhs.shape.size(); ++d) {
    if (!ru[d]) odims.push_back({rhs.shape[d], 0, rs[d]});
  }
  if (odims.size() > 8 || cdims.size() > 4) return unsupported("dot_general rank too high");
  const Loc dst = new_arena(fop.results[0]);
  DispatchBuilder b("dot");
  b.push(u32(out.numel()));
  MLXLA_RETURN_IF_ERROR(b.tensor(dst, 4));
  b.push(lt);
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[0]), graph::element_size(lhs.element)));
  b.push(rt);
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[1]), graph::element_size(rhs.element)));
  b.push(static_cast<uint32_t>(odims.size()));
  b.push(static_cast<uint32_t>(cdims.size()));
  for (size_t i = 0; i < 8; ++i) {
    for (int j = 0; j < 3; ++j) b.push(i < odims.size() ? u32(odims[i][j]) : (j == 0 ? 1 : 0));
  }
  for (size_t i = 0; i < 4; ++i) {
    for (int j = 0; j < 3; ++j) b.push(i < cdims.size() ? u32(cdims[i][j]) : (j == 0 ? 1 : 0));
  }
  emit(b.done(lane_parallel(out.numel())));
  return Status::Ok();
}

Status Lowering::lower_composite(const cpu::FlatOp& fop, const graph::CompositeAttrs& attrs) {
  if (attrs.name == graph::kQuantizedDotName) return quantized_dot(fop, attrs);
  if (attrs.name == graph::kRmsNormName) return rms_norm(fop, attrs);
  if (attrs.name == graph::kRopeName) return rope(fop, attrs);
  if (attrs.name == graph::kAttentionName || attrs.name == graph::kWindowAttentionName)
    return attention(fop, attrs);
  if (attrs.name == graph::kArgmaxName) return argmax(fop);
  if (attrs.name == graph::kMoeName) return moe(fop, attrs);
  return unsupported("no shader for composite " + attrs.name);
}

Status Lowering::quantized_dot(const cpu::FlatOp& fop, const graph::CompositeAttrs& attrs) {
  MLXLA_ASSIGN_OR_RETURN(const graph::QuantizedDotAttrs qa, graph::decode_quantized_dot(attrs));
  const graph::TensorType& x = type(fop.operands[0]);
  const graph::TensorType& w = type(fop.operands[1]);
  const graph::TensorType& s = type(fop.operands[2]);
  const graph::TensorType& out = type(fop.results[0]);
  if (x.element != ElementType::kF32 || out.element != ElementType::kF32 || w.rank() != 2 ||
      s.rank() != 2)
    return unsupported("quantized_dot needs f32 activations and [N, K*bits/32] packed weights");
  const int64_t k = x.shape.back();
  const int64_t n = w.shape[0];
  const int64_t m = k ? x.numel() / k : 0;
  if (k % qa.group_size != 0 || w.shape[1] * 32 != k * qa.bits)
    return format_error("quantized_dot: K " + std::to_string(k) + " does not fit the weights");
  MLXLA_ASSIGN_OR_RETURN(uint32_t st, type_code(s.element, "scales"));
  if (fast_policy_ && fast_group_size(qa.group_size))
    return quantized_dot_fast(fop, qa, m, n, k, st);
  uint32_t precision = 0;
  if (qa.precision == ElementType::kF16) precision = 1;
  if (qa.precision == ElementType::kBF16) precision = 2;
  const Loc dst = new_arena(fop.results[0]);
  DispatchBuilder b("qdot");
  for (int64_t v : {m, n, k, static_cast<int64_t>(qa.bits), static_cast<int64_t>(qa.group_size)})
    b.push(u32(v));
  b.push(precision);
  b.push(st);
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[0]), 4));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[1]), 1));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[2]), graph::element_size(s.element)));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[3]), graph::element_size(s.element)));
  MLXLA_RETURN_IF_ERROR(b.tensor(dst, 4));
  emit(b.done(lane_parallel(out.numel())));
  return Status::Ok();
}

Result<Loc> Lowering::quantized_activations(int32_t value, Loc in, int64_t m, int64_t k,
                                            int group) {
  const auto key = std::make_pair(value, group);
  auto found = activations_.find(key);
  if (found == activations_.end()) {
    MLXLA_ASSIGN_OR_RETURN(const Loc block, fast_activations(in, m, k, group));
    found = activations_.emplace(key, block.offset).first;
  }
  return Loc{kArena, found->second};
}

Result<Loc> Lowering::fast_activations(Loc in, int64_t m, int64_t k, int group) {
  const int64_t groups = k / group;
  const uint64_t words = static_cast<uint64_t>(m * k / 4 + 3 * m * groups);
  const Loc block{kArena, scratch(words * 4)};
  DispatchBuilder a("fast_activations");
  for (int64_t v : {m, k, static_cast<int64_t>(group)}) a.push(u32(v));
  MLXLA_RETURN_IF_ERROR(a.tensor(in, 4));
  MLXLA_RETURN_IF_ERROR(a.tensor(block, 4));
  emit(a.done(static_cast<uint64_t>(m * groups)));
  return block;
}

Status Lowering::qdot_fast(const FastDot& f) {
  DispatchBuilder b(fast_.int8_dot ? "qdot_fast_int8" : "qdot_fast");
  for (int64_t v : {f.rows, f.n, f.k, static_cast<int64_t>(f.bits), static_cast<int64_t>(f.group)})
    b.push(u32(v));
  b.push(f.scale_type);
  MLXLA_RETURN_IF_ERROR(b.tensor(f.activations, 4));
  MLXLA_RETURN_IF_ERROR(b.tensor(f.packed, 1));
  MLXLA_RETURN_IF_ERROR(b.tensor(f.scales, f.scale_size));
  MLXLA_RETURN_IF_ERROR(b.tensor(f.biases, f.scale_size));
  MLXLA_RETURN_IF_ERROR(b.tensor(f.y, 4));
  const bool moe = f.chosen.buf >= 0;
  const int64_t tile = moe ? 1 : 4;  // at most qdot_fast.comp's TILE_M; moe rows differ in expert
  b.push(u32(tile));
  b.push(u32(f.xdiv));
  b.push(moe ? 1 : 0);
  if (moe) {
    MLXLA_RETURN_IF_ERROR(b.tensor(f.chosen, 4));
  } else {
    b.push(0);
    b.push(0);
  }
  b.push(f.bias.buf >= 0 ? 1 : 0);
  if (f.bias.buf >= 0) {
    MLXLA_RETURN_IF_ERROR(b.tensor(f.bias, 4));
  } else {
    b.push(0);
    b.push(0);
  }
  b.push(u32(f.activation_rows));
  emit(b.done_fast(static_cast<uint64_t>(f.n * ((f.rows + tile - 1) / tile)), fast_));
  return Status::Ok();
}

// Policy fast (shaders/fast_activations.comp, qdot_fast.comp): the activation rows quantized
// to int8 once per value and group size, then one subgroup per (output, 4 activation rows).
// Precision is ignored (activations are int8), as on the CPU.
Status Lowering::quantized_dot_fast(const cpu::FlatOp& fop, const graph::QuantizedDotAttrs& qa,
                                    int64_t m, int64_t n, int64_t k, uint32_t scale_type) {
  FastDot f;
  MLXLA_ASSIGN_OR_RETURN(f.activations, quantized_activations(fop.operands[0], loc(fop.operands[0]),
                                                              m, k, qa.group_size));
  f.rows = f.activation_rows = m;
  f.n = n;
  f.k = k;
  f.bits = qa.bits;
  f.group = qa.group_size;
  f.scale_type = scale_type;
  f.scale_size = graph::element_size(type(fop.operands[2]).element);
  f.packed = loc(fop.operands[1]);
  f.scales = loc(fop.operands[2]);
  f.biases = loc(fop.operands[3]);
  f.y = new_arena(fop.results[0]);
  return qdot_fast(f);
}

Status Lowering::rms_norm(const cpu::FlatOp& fop, const graph::CompositeAttrs& attrs) {
  MLXLA_ASSIGN_OR_RETURN(const graph::RmsNormAttrs ra, graph::decode_rms_norm(attrs));
  const graph::TensorType& x = type(fop.operands[0]);
  const graph::TensorType& w = type(fop.operands[1]);
  if (x.element != ElementType::kF32 || w.element != ElementType::kF32)
    return unsupported("rms_norm needs f32 input and weight");
  const int64_t d = x.shape.back();
  const int64_t rows = d ? x.numel() / d : 0;
  const Loc dst = new_arena(fop.results[0]);
  DispatchBuilder b(fast_policy_ ? "rms_norm_fast" : "rms_norm");
  b.push(u32(rows));
  b.push(u32(d));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[0]), 4));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[1]), 4));
  MLXLA_RETURN_IF_ERROR(b.tensor(dst, 4));
  b.push_float(static_cast<float>(ra.epsilon));
  // Fast: one subgroup per row (shaders/rms_norm_fast.comp); exact: one invocation per row.
  emit(fast_policy_ ? b.done_fast(static_cast<uint64_t>(rows), fast_)
                    : b.done(static_cast<uint64_t>(rows)));
  return Status::Ok();
}

Status Lowering::rope(const cpu::FlatOp& fop, const graph::CompositeAttrs& attrs) {
  MLXLA_ASSIGN_OR_RETURN(const graph::RopeAttrs ra, graph::decode_rope(attrs));
  const bool dynamic = ra.scaling == graph::RopeScaling::kDynamic;
  const graph::TensorType& x = type(fop.operands[0]);
  const graph::TensorType& pos = type(fop.operands[1]);
  if (x.element != ElementType::kF32 || x.rank() != 3 || pos.element != ElementType::kI32)
    return unsupported("rope needs f32 [T, H, D] and i32 positions");
  const int64_t t = x.shape[0], h = x.shape[1], dim = x.shape[2];
  const int64_t dims = graph::rope_rotary_dim(dim, ra), half = dims / 2;
  if (dims <= 0 || dims > dim || dims % 2 != 0 || (dynamic && dims <= 2))
    return invalid_argument("mlxla.rope: rotary_dim " + std::to_string(dims) +
                            " does not fit head_dim " + std::to_string(dim));
  const std::vector<float> inv_freq = graph::rope_inv_freq(dims, ra);
  const float position_scale = graph::rope_position_scale(ra);
  const float input_scale = graph::rope_input_scale(ra);
  // Dynamic NTK: the base follows the position. The constants are rounded to f32 as the
  // decomposition's splats are (and as the CPU's fused rope rounds them).
  const auto max_pos = static_cast<float>(ra.max_position_embeddings);
  const auto ratio = static_cast<float>(
      ra.factor / static_cast<double>(std::max<int64_t>(ra.max_position_embeddings, 1)));
  const auto shift = static_cast<float>(ra.factor - 1.0);
  const auto exponent = static_cast<float>(static_cast<double>(dims) /
                                           static_cast<double>(std::max<int64_t>(dims - 2, 1)));
  const auto log_theta = static_cast<float>(std::log(ra.theta));
  std::vector<float> coefficients;
  for (int64_t i = 0; i < half; ++i) {
    coefficients.push_back(
        static_cast<float>(-static_cast<double>(2 * i) / static_cast<double>(dims)));
  }
  // Positions covered by the table: every position a cache of this graph holds.
  int64_t rows = 0;
  for (const graph::Parameter& p : main_.parameters) {
    const graph::TensorType& pt = main_.type(p.value);
    if (p.role == graph::ParamRole::kKvCache && pt.rank() == 5) rows = std::max(rows, pt.shape[2]);
  }
  // cos, sin of (float(p) [* position_scale]) * inv_freq with the C library, as the CPU does
  // (dynamic: inv_freq = expf(log_base(p) * coefficient), log_base from logf).
  std::vector<float> table(static_cast<size_t>(2 * rows * half + half));
  for (int64_t p = 0; p < rows; ++p) {
    float fp = static_cast<float>(p);
    float log_base = 0.0f;
    if (dynamic) {
      const float seq_len = std::max(fp + 1.0f, max_pos);
      log_base = std::log(seq_len * ratio - shift) * exponent + log_theta;
    }
    if (position_scale != 1.0f) fp = fp * position_scale;
    for (int64_t i = 0; i < half; ++i) {
      const auto f = static_cast<size_t>(i);
      const float inv = dynamic ? std::exp(log_base * coefficients[f]) : inv_freq[f];
      const float angle = fp * inv;
      table[static_cast<size_t>(p * half + i)] = std::cos(angle);
      table[static_cast<size_t>(rows * half + p * half + i)] = std::sin(angle);
    }
  }
  for (int64_t i = 0; i < half; ++i) {
    const auto f = static_cast<size_t>(i);
    table[static_cast<size_t>(2 * rows * half + i)] = dynamic ? coefficients[f] : inv_freq[f];
  }
  std::vector<std::byte> bytes(table.size() * 4);
  std::memcpy(bytes.data(), table.data(), bytes.size());
  while (constants.size() % kAlign != 0) constants.push_back(std::byte{0});
  const Loc table_loc{kConstants, constants.size()};
  constants.insert(constants.end(), bytes.begin(), bytes.end());
  const Loc dst = new_arena(fop.results[0]);
  DispatchBuilder b("rope");
  for (int64_t v : {t, h, dim, dims, static_cast<int64_t>(ra.traditional)}) b.push(u32(v));
  b.push_float(position_scale);
  b.push_float(input_scale);
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[0]), 4));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[1]), 4));
  MLXLA_RETURN_IF_ERROR(b.tensor(dst, 4));
  MLXLA_RETURN_IF_ERROR(b.tensor(table_loc, 4));
  b.push(u32(rows));
  b.push(dynamic ? 1 : 0);
  for (float f : {max_pos, ratio, shift, exponent, log_theta}) b.push_float(f);
  emit(b.done(static_cast<uint64_t>(t * h)));
  return Status::Ok();
}

Status Lowering::attention(const cpu::FlatOp& fop, const graph::CompositeAttrs& attrs) {
  const bool ring = attrs.name == graph::kWindowAttentionName;
  graph::AttentionAttrs aa;
  if (ring) {
    MLXLA_ASSIGN_OR_RETURN(aa, graph::decode_window_attention(attrs));
  } else {
    MLXLA_ASSIGN_OR_RETURN(aa, graph::decode_attention(attrs));
  }
  // Operands: q, k, v, [k_new, v_new,] q_positions, kv_length[, sinks f32 [H]].
  const size_t extra = ring ? 2 : 0;
  if (fop.operands.size() != 5 + extra + (aa.sinks ? 1 : 0))
    return format_error("attention: wrong operand count");
  const graph::TensorType& q = type(fop.operands[0]);
  const graph::TensorType& kc = type(fop.operands[1]);
  const graph::TensorType& vc = type(fop.operands[2]);
  if (q.element != ElementType::kF32 || q.rank() != 3 || kc.rank() != 3 ||
      kc.element != vc.element || !graph::is_float(kc.element))
    return unsupported("attention needs f32 q [T, H, D] and f32/f16/bf16 caches [P, KV, D]");
  if (ring &&
      (type(fop.operands[3]).element != kc.element || type(fop.operands[4]).element != kc.element))
    return unsupported("window_attention: the ring and new k/v must share one type");
  const int64_t t = q.shape[0], heads = q.shape[1], dim = q.shape[2], cap = kc.shape[0],
                kv = kc.shape[1];
  if (kv == 0 || heads % kv != 0) return format_error("attention: heads not a multiple of kv");
  MLXLA_ASSIGN_OR_RETURN(uint32_t kt, type_code(kc.element, "kv cache"));
  const int64_t keys = ring ? cap + t : cap;
  const Loc dst = new_arena(fop.results[0]);
  const Loc scratch_loc{kArena, scratch(static_cast<uint64_t>(t * heads * (keys + 16 * dim)) * 4)};
  DispatchBuilder b("attention");
  for (int64_t v : {t, heads, dim, cap, kv}) b.push(u32(v));
  b.push_float(static_cast<float>(aa.scale));
  b.push_float(static_cast<float>(aa.softcap));
  b.push(u32(aa.window));
  b.push(kt);
  b.push(ring ? u32(cap) : 0);
  const size_t es = graph::element_size(kc.element);
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[0]), 4));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[1]), es));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[2]), es));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[3 + extra]), 4));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[4 + extra]), 4));
  MLXLA_RETURN_IF_ERROR(b.tensor(dst, 4));
  MLXLA_RETURN_IF_ERROR(b.tensor(scratch_loc, 4));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[ring ? 3 : 1]), es));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[ring ? 4 : 2]), es));
  b.push(aa.sinks ? 1 : 0);
  if (aa.sinks) {
    const int32_t sinks = fop.operands[5 + extra];
    if (type(sinks) != graph::TensorType{ElementType::kF32, {heads}})
      return format_error("attention: sinks must be f32 [H]");
    MLXLA_RETURN_IF_ERROR(b.tensor(loc(sinks), 4));
  } else {
    b.push(0);
    b.push(0);
  }
  emit(b.done(static_cast<uint64_t>(t * heads)));
  return Status::Ok();
}

Status Lowering::argmax(const cpu::FlatOp& fop) {
  const graph::TensorType& x = type(fop.operands[0]);
  if (x.element != ElementType::kF32 || x.rank() != 2)
    return unsupported("argmax needs f32 [R, V] logits");
  const Loc dst = new_arena(fop.results[0]);
  DispatchBuilder b("argmax");
  b.push(u32(x.shape[0]));
  b.push(u32(x.shape[1]));
  MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[0]), 4));
  MLXLA_RETURN_IF_ERROR(b.tensor(dst, 4));
  emit(b.done(static_cast<uint64_t>(x.shape[0])));
  return Status::Ok();
}

// mlxla.moe fused, in the CPU's order (runtime/cpu/moe_step.cpp): routing per token, then the
// chosen experts' gate and up rows (only those rows are read), the activation, the down rows,
// and the weighted sum over the k choices.
Status Lowering::moe(const cpu::FlatOp& fop, const graph::CompositeAttrs& attrs) {
  MLXLA_ASSIGN_OR_RETURN(const graph::MoeAttrs ma, graph::decode_moe(attrs));
  const size_t per = ma.fp ? 2 : 3;
  if (fop.operands.size() != 2 + 3 * per + (ma.expert_bias ? 3 : 0))
    return format_error("mlxla.moe: wrong operand count");
  const graph::TensorType& x = type(fop.operands[0]);
  const graph::TensorType& logits = type(fop.operands[1]);
  const graph::TensorType& gate = type(fop.operands[2]);
  if (x.element != ElementType::kF32 || x.rank() != 2 || logits.element != ElementType::kF32 ||
      gate.rank() != 3)
    return unsupported("moe needs f32 x [T, H], f32 logits [T, E] and stacked experts");
  const int64_t tokens = x.shape[0], hidden = x.shape[1], experts = ma.experts, k = ma.top_k,
                inter = gate.shape[1], rows = tokens * k;
  if (logits.shape != std::vector<int64_t>{tokens, experts} || k < 1 || k > experts)
    return format_error("mlxla.moe: logits do not match the experts");
  const graph::TensorType& scales = type(fop.operands[3]);
  uint32_t st = kU8;
  if (!ma.fp) {
    MLXLA_ASSIGN_OR_RETURN(st, type_code(scales.element, "moe scales"));
  } else if (scales.element != ElementType::kU8) {
    return format_error("mlxla.moe: fp scales must be ui8");
  }
  uint32_t precision = 0;
  if (ma.precision == ElementType::kF16) precision = 1;
  if (ma.precision == ElementType::kBF16) precision = 2;
  for (int projection = 0; projection < 3; ++projection) {
    const int64_t n = projection == 2 ? hidden : inter, kk = projection == 2 ? inter : hidden;
    const graph::TensorType& w = type(fop.operands[2 + per * static_cast<size_t>(projection)]);
    if (w.rank() != 3 || w.shape[0] != experts || w.shape[1] != n ||
        w.shape[2] * 32 != kk * ma.bits || kk % ma.group_size != 0)
      return format_error("mlxla.moe: expert weights do not match hidden " +
                          std::to_string(hidden) + ", intermediate " + std::to_string(inter));
    // Scales (and affine biases) [E, n, kk / group] of one element type, expert biases
    // [E, n] f32: the shaders index them by those shapes, so anything else would read out of
    // range on the device.
    const std::vector<int64_t> group_shape = {experts, n, kk / ma.group_size};
    const size_t first = 2 + per * static_cast<size_t>(projection);
    for (size_t j = 1; j < per; ++j) {
      const graph::TensorType& t = type(fop.operands[first + j]);
      if (t.shape != group_shape || t.element != scales.element)
        return format_error("mlxla.moe: expert scales/biases of projection " +
                            std::to_string(projection) + " are not " + std::to_string(experts) +
                            " x " + std::to_string(n) + " x " + std::to_string(kk / ma.group_size) +
                            " of one type");
    }
    if (ma.expert_bias) {
      const graph::TensorType& bias =
          type(fop.operands[2 + 3 * per + static_cast<size_t>(projection)]);
      if (bias.element != ElementType::kF32 || bias.shape != std::vector<int64_t>{experts, n})
        return format_error("mlxla.moe: expert bias of projection " + std::to_string(projection) +
                            " is not f32 [" + std::to_string(experts) + ", " + std::to_string(n) +
                            "]");
    }
  }
  // fp: the code table then the 256 scale values (E8M0, or E4M3 for nvfp4), f32, in the
  // constants: the tables the CPU's moe step uses.
  Loc tables{kConstants, 0};
  if (ma.fp) {
    std::vector<float> table(512, 0.0f);
    const std::vector<float> codes = quant::fp_code_values(ma.bits);
    std::copy(codes.begin(), codes.begin() + std::min<size_t>(codes.size(), 256), table.begin());
    const std::vector<float> scale_values =
        quant::fp_scale_values(quant::fp_mode_of(ma.bits, ma.e4m3_scales));
    std::copy(scale_values.begin(), scale_values.end(), table.begin() + 256);
    while (constants.size() % kAlign != 0) constants.push_back(std::byte{0});
    tables.offset = constants.size();
    const auto* bytes = reinterpret_cast<const std::byte*>(table.data());
    constants.insert(constants.end(), bytes, bytes + table.size() * 4);
  }
  const Loc chosen{kArena, scratch(static_cast<uint64_t>(rows) * 4)};
  const Loc weights{kArena, scratch(static_cast<uint64_t>(rows) * 4)};
  const Loc route_scratch{kArena, scratch(static_cast<uint64_t>(2 * tokens * experts) * 4)};
  const Loc g{kArena, scratch(static_cast<uint64_t>(rows * inter) * 4)};
  const Loc u{kArena, scratch(static_cast<uint64_t>(rows * inter) * 4)};
  const Loc y{kArena, scratch(static_cast<uint64_t>(rows * hidden) * 4)};
  const Loc dst = new_arena(fop.results[0]);
  if (tokens == 0) return Status::Ok();

  DispatchBuilder route("moe_route");
  for (int64_t v : {tokens, experts, k}) route.push(u32(v));
  route.push(ma.routing == graph::MoeRouting::kTopKSoftmax ? 1 : 0);
  route.push(ma.normalize ? 1 : 0);
  MLXLA_RETURN_IF_ERROR(route.tensor(loc(fop.operands[1]), 4));
  MLXLA_RETURN_IF_ERROR(route.tensor(chosen, 4));
  MLXLA_RETURN_IF_ERROR(route.tensor(weights, 4));
  MLXLA_RETURN_IF_ERROR(route.tensor(route_scratch, 4));
  emit(route.done(static_cast<uint64_t>(tokens)));

  const size_t scale_size = ma.fp ? 1 : graph::element_size(scales.element);
  // Fast policy, affine experts (as the CPU's moe step): qdot_fast over the chosen experts' rows,
  // the tokens quantized once for gate and up, the activated rows for down.
  const bool fast = fast_policy_ && !ma.fp && fast_group_size(ma.group_size);
  auto projection = [&](int which, Loc in, int64_t xdiv, Loc out) -> Status {
    const int64_t n = which == 2 ? hidden : inter, kk = which == 2 ? inter : hidden;
    const size_t first = 2 + per * static_cast<size_t>(which);
    if (fast) {
      FastDot f;
      f.activation_rows = which == 2 ? rows : tokens;
      if (which == 2) {
        MLXLA_ASSIGN_OR_RETURN(f.activations, fast_activations(in, rows, kk, ma.group_size));
      } else {
        MLXLA_ASSIGN_OR_RETURN(
            f.activations, quantized_activations(fop.operands[0], in, tokens, kk, ma.group_size));
      }
      f.rows = rows;
      f.n = n;
      f.k = kk;
      f.xdiv = xdiv;
      f.bits = ma.bits;
      f.group = ma.group_size;
      f.scale_type = st;
      f.scale_size = scale_size;
      f.packed = loc(fop.operands[first]);
      f.scales = loc(fop.operands[first + 1]);
      f.biases = loc(fop.operands[first + 2]);
      f.y = out;
      f.chosen = chosen;
      if (ma.expert_bias) f.bias = loc(fop.operands[2 + 3 * per + static_cast<size_t>(which)]);
      return qdot_fast(f);
    }
    DispatchBuilder b("moe_qdot");
    for (int64_t v :
         {rows, n, kk, static_cast<int64_t>(ma.bits), static_cast<int64_t>(ma.group_size)})
      b.push(u32(v));
    b.push(precision);
    b.push(st);
    b.push(ma.fp ? 1 : 0);
    b.push(u32(xdiv));
    b.push(ma.expert_bias ? 1 : 0);
    MLXLA_RETURN_IF_ERROR(b.tensor(in, 4));
    MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[first]), 1));
    MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[first + 1]), scale_size));
    if (ma.fp) {
      b.push(0);
      b.push(0);
    } else {
      MLXLA_RETURN_IF_ERROR(b.tensor(loc(fop.operands[first + 2]), scale_size));
    }
    MLXLA_RETURN_IF_ERROR(b.tensor(out, 4));
    MLXLA_RETURN_IF_ERROR(b.tensor(chosen, 4));
    if (ma.expert_bias) {
      // Shape checked with the other operands above.
      const int32_t bias = fop.operands[2 + 3 * per + static_cast<size_t>(which)];
      MLXLA_RETURN_IF_ERROR(b.tensor(loc(bias), 4));
    } else {
      b.push(0);
      b.push(0);
    }
    if (ma.fp) {
      MLXLA_RETURN_IF_ERROR(b.tensor(tables, 4));
    } else {
      b.push(0);
      b.push(0);
    }
    emit(b.done(lane_parallel(rows * n)));
    return Status::Ok();
  };
  auto mix = [&](uint32_t mode, int64_t count, int64_t width, Loc a, Loc bl, Loc out) -> Status {
    DispatchBuilder b("moe_mix");
    b.push(mode);
    b.push(u32(count));
    b.push(u32(width));
    b.push(u32(k));
    b.push(ma.activation == "swiglu_clamped" ? 1 : 0);
    b.push_float(static_cast<float>(ma.swiglu_alpha));
    b.push_float(static_cast<float>(ma.swiglu_limit));
    MLXLA_RETURN_IF_ERROR(b.tensor(a, 4));
    MLXLA_RETURN_IF_ERROR(b.tensor(bl, 4));
    MLXLA_RETURN_IF_ERROR(b.tensor(out, 4));
    emit(b.done(static_cast<uint64_t>(count)));
    return Status::Ok();
  };
  if (ma.activation != "silu" && ma.activation != "swiglu_clamped")
    return unsupported("moe activation '" + ma.activation + "' has no shader");
  MLXLA_RETURN_IF_ERROR(projection(0, loc(fop.operands[0]), k, g));
  MLXLA_RETURN_IF_ERROR(projection(1, loc(fop.operands[0]), k, u));
  MLXLA_RETURN_IF_ERROR(mix(0, rows * inter, inter, g, u, g));
  MLXLA_RETURN_IF_ERROR(projection(2, g, 1, y));
  return mix(1, tokens * hidden, hidden, y, weights, dst);
}

Status Lowering::finish() {
  const int32_t params = static_cast<int32_t>(main_.parameters.size());
  for (size_t i = 0; i < sig_.state.size(); ++i) {
    const int32_t v = plan_.results[static_cast<size_t>(sig_.state_results[i])];
    const Loc target{kFirstParam + static_cast<int32_t>(sig_.state[i]), 0};
    if (loc(v) == target) continue;
    if (type(v).nbytes() > 0) commands.emplace_back(Copy{loc(v), target, type(v).nbytes()});
  }
  for (size_t j = 0; j < sig_.output_results.size(); ++j) {
    const int32_t v = plan_.results[static_cast<size_t>(sig_.output_results[j])];
    const Loc target{kFirstParam + params + static_cast<int32_t>(j), 0};
    if (type(v).nbytes() > 0) commands.emplace_back(Copy{loc(v), target, type(v).nbytes()});
  }
  return Status::Ok();
}

std::vector<graph::TensorType> types_of(const graph::Function& main,
                                        const std::vector<size_t>& params) {
  std::vector<graph::TensorType> types;
  for (size_t i : params) types.push_back(main.type(main.parameters[i].value));
  return types;
}

class VulkanExecutable final : public Executable {
 public:
  VulkanExecutable(VulkanBackend& backend, std::shared_ptr<const WeightSet> weights)
      : backend_(backend), device_(backend.device()), weights_(std::move(weights)) {}

  ~VulkanExecutable() override {
    device_->finish_all();
    VkDevice d = device_->device();
    if (cmd_ != VK_NULL_HANDLE) vkFreeCommandBuffers(d, device_->command_pool(), 1, &cmd_);
    if (pool_ != VK_NULL_HANDLE) vkDestroyDescriptorPool(d, pool_, nullptr);
    device_->release(arena_);
    device_->release(constants_);
    device_->release(params_);
  }

  Status init(const graph::Module& module) {
    MLXLA_RETURN_IF_ERROR(graph::verify(module));
    MLXLA_ASSIGN_OR_RETURN(signature_, main_signature(module));
    const graph::Function& main = module.main();
    input_types_ = types_of(main, signature_.inputs);
    state_types_ = types_of(main, signature_.state);
    const std::vector<graph::TensorType> results = main.result_types();
    for (int32_t r : signature_.output_results)
      output_types_.push_back(results[static_cast<size_t>(r)]);

    const auto* set = dynamic_cast<const VulkanWeightSet*>(weights_.get());
    if (set == nullptr || set->owner() != &backend_)
      return invalid_argument("vulkan: compile: the weight set is not this backend's");
    const size_t nparams = main.parameters.size();
    buffers_.assign(kFirstParam + nparams + output_types_.size(), VK_NULL_HANDLE);
    for (size_t i : signature_.weights) {
      const graph::Parameter& p = main.parameters[i];
      const VulkanBuffer* w = set->find(p.name);
      if (w == nullptr)
        return invalid_argument("vulkan: compile: no weight named '" + p.name + "'");
      if (w->type() != main.type(p.value)) {
        return invalid_argument("vulkan: compile: weight '" + p.name + "' is " +
                                graph::to_string(w->type()) + ", the graph wants " +
                                graph::to_string(main.type(p.value)));
      }
      buffers_[kFirstParam + i] = w->allocation().buffer;
    }

    MLXLA_ASSIGN_OR_RETURN(cpu::Plan plan, cpu::make_plan(module, is_fused));
    Lowering lowering(module, plan, signature_, backend_.policy(), backend_.fast_shape());
    MLXLA_RETURN_IF_ERROR(lowering.run());
    commands_ = std::move(lowering.commands);

    std::vector<uint32_t> words;
    size_t dispatches = 0;
    for (Command& c : commands_) {
      if (auto* d = std::get_if<Dispatch>(&c)) {
        d->base = static_cast<uint32_t>(words.size());
        words.insert(words.end(), d->params.begin(), d->params.end());
        ++dispatches;
      }
    }
    MLXLA_ASSIGN_OR_RETURN(arena_, device_->allocate_device(lowering.arena_bytes));
    MLXLA_ASSIGN_OR_RETURN(constants_, device_->allocate_device(lowering.constants.size()));
    MLXLA_RETURN_IF_ERROR(
        device_->write(constants_, 0, lowering.constants.data(), lowering.constants.size()));
    MLXLA_ASSIGN_OR_RETURN(params_, device_->allocate_device(words.size() * 4));
    MLXLA_RETURN_IF_ERROR(device_->write(params_, 0, words.data(), words.size() * 4));
    buffers_[kArena] = arena_.buffer;
    buffers_[kConstants] = constants_.buffer;

    for (Command& c : commands_) {
      if (auto* d = std::get_if<Dispatch>(&c)) {
        MLXLA_ASSIGN_OR_RETURN(d->pipeline, device_->pipeline(d->key()));
      }
    }
    VkDevice dev = device_->device();
    VkDescriptorPoolSize size{
        VK_DESCRIPTOR_TYPE_STORAGE_BUFFER,
        static_cast<uint32_t>(std::max<size_t>(dispatches, 1) * (kTensorSlots + 1))};
    auto pci = make<VkDescriptorPoolCreateInfo>(VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO);
    pci.maxSets = static_cast<uint32_t>(std::max<size_t>(dispatches, 1));
    pci.poolSizeCount = 1;
    pci.pPoolSizes = &size;
    if (vkCreateDescriptorPool(dev, &pci, nullptr, &pool_) != VK_SUCCESS)
      return internal_error("vulkan: vkCreateDescriptorPool failed");
    std::vector<VkDescriptorSetLayout> layouts(dispatches, device_->set_layout());
    sets_.resize(dispatches);
    if (dispatches > 0) {
      auto ai = make<VkDescriptorSetAllocateInfo>(VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO);
      ai.descriptorPool = pool_;
      ai.descriptorSetCount = static_cast<uint32_t>(dispatches);
      ai.pSetLayouts = layouts.data();
      if (vkAllocateDescriptorSets(dev, &ai, sets_.data()) != VK_SUCCESS)
        return internal_error("vulkan: vkAllocateDescriptorSets failed");
    }
    auto cai = make<VkCommandBufferAllocateInfo>(VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO);
    cai.commandPool = device_->command_pool();
    cai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
    cai.commandBufferCount = 1;
    if (vkAllocateCommandBuffers(dev, &cai, &cmd_) != VK_SUCCESS)
      return internal_error("vulkan: vkAllocateCommandBuffers failed");
    return Status::Ok();
  }

  Status execute(std::span<DeviceBuffer* const> inputs, std::span<DeviceBuffer* const> state,
                 std::span<DeviceBuffer* const> outputs) override {
    MLXLA_RETURN_IF_ERROR(check_buffer_types("vulkan", "input", inputs, input_types_));
    MLXLA_RETURN_IF_ERROR(check_buffer_types("vulkan", "state", state, state_types_));
    MLXLA_RETURN_IF_ERROR(check_buffer_types("vulkan", "output", outputs, output_types_));
    std::vector<VkBuffer> bound = buffers_;
    // The allocations, not only the handles: a new buffer may have a freed one's handle.
    std::vector<uint64_t> ids(buffers_.size(), 0);
    const auto bind = [&](size_t index, const VulkanBuffer& b) {
      bound[index] = b.allocation().buffer;
      ids[index] = b.allocation().id;
    };
    const size_t nparams = buffers_.size() - kFirstParam - output_types_.size();
    for (size_t i = 0; i < inputs.size(); ++i) {
      MLXLA_ASSIGN_OR_RETURN(const VulkanBuffer* b, backend_.mine(*inputs[i], "input"));
      bind(kFirstParam + signature_.inputs[i], *b);
    }
    for (size_t i = 0; i < state.size(); ++i) {
      MLXLA_ASSIGN_OR_RETURN(const VulkanBuffer* b, backend_.mine(*state[i], "state"));
      bind(kFirstParam + signature_.state[i], *b);
    }
    for (size_t j = 0; j < outputs.size(); ++j) {
      MLXLA_ASSIGN_OR_RETURN(const VulkanBuffer* b, backend_.mine(*outputs[j], "output"));
      bind(kFirstParam + nparams + j, *b);
    }
    if (!recorded_ || bound != recorded_buffers_ || ids != recorded_ids_) {
      // The command buffer and its descriptor sets must not be in use: submitted and finished.
      // (This step's uploads may wait in the device's batch: they stay there.)
      if (device_->batched(cmd_)) MLXLA_RETURN_IF_ERROR(device_->flush());
      MLXLA_RETURN_IF_ERROR(device_->settle());
      MLXLA_RETURN_IF_ERROR(record(bound));
      recorded_ids_ = std::move(ids);
    }
    return device_->enqueue(cmd_);
  }

  const std::vector<graph::TensorType>& input_types() const override { return input_types_; }
  const std::vector<graph::TensorType>& state_types() const override { return state_types_; }
  const std::vector<graph::TensorType>& output_types() const override { return output_types_; }

 private:
  Status record(const std::vector<VkBuffer>& bound) {
    VkDevice dev = device_->device();
    size_t set_index = 0;
    for (const Command& c : commands_) {
      const auto* d = std::get_if<Dispatch>(&c);
      if (d == nullptr) continue;
      VkDescriptorBufferInfo pinfo{params_.buffer, 0, VK_WHOLE_SIZE};
      VkDescriptorBufferInfo tinfo[kTensorSlots];
      for (uint32_t s = 0; s < kTensorSlots; ++s) {
        const VkBuffer b =
            s < d->buffers.size() ? bound[static_cast<size_t>(d->buffers[s])] : arena_.buffer;
        if (b == VK_NULL_HANDLE) return internal_error("vulkan: unbound buffer");
        tinfo[s] = {b, 0, VK_WHOLE_SIZE};
      }
      VkWriteDescriptorSet writes[2] = {
          make<VkWriteDescriptorSet>(VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET),
          make<VkWriteDescriptorSet>(VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET)};
      writes[0].dstSet = sets_[set_index];
      writes[0].dstBinding = 0;
      writes[0].descriptorCount = 1;
      writes[0].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
      writes[0].pBufferInfo = &pinfo;
      writes[1].dstSet = sets_[set_index];
      writes[1].dstBinding = 1;
      writes[1].descriptorCount = kTensorSlots;
      writes[1].descriptorType = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
      writes[1].pBufferInfo = tinfo;
      vkUpdateDescriptorSets(dev, 2, writes, 0, nullptr);
      ++set_index;
    }
    vkResetCommandBuffer(cmd_, 0);
    auto bi = make<VkCommandBufferBeginInfo>(VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO);
    vkBeginCommandBuffer(cmd_, &bi);
    auto barrier = make<VkMemoryBarrier>(VK_STRUCTURE_TYPE_MEMORY_BARRIER);
    barrier.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT;
    barrier.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT |
                            VK_ACCESS_TRANSFER_READ_BIT | VK_ACCESS_TRANSFER_WRITE_BIT;
    const VkPipelineStageFlags stages =
        VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT;
    // Writes of the previous step (and of uploads) before anything here.
    vkCmdPipelineBarrier(cmd_, stages, stages, 0, 1, &barrier, 0, nullptr, 0, nullptr);
    set_index = 0;
    for (const Command& c : commands_) {
      if (const auto* d = std::get_if<Dispatch>(&c)) {
        vkCmdBindPipeline(cmd_, VK_PIPELINE_BIND_POINT_COMPUTE, d->pipeline);
        vkCmdBindDescriptorSets(cmd_, VK_PIPELINE_BIND_POINT_COMPUTE, device_->pipeline_layout(), 0,
                                1, &sets_[set_index], 0, nullptr);
        vkCmdPushConstants(cmd_, device_->pipeline_layout(), VK_SHADER_STAGE_COMPUTE_BIT, 0, 4,
                           &d->base);
        const uint64_t groups = (d->invocations + d->local_size() - 1) / d->local_size();
        const auto x = static_cast<uint32_t>(std::min<uint64_t>(groups, 65535));
        const auto y = static_cast<uint32_t>((groups + 65534) / 65535);
        vkCmdDispatch(cmd_, x, y, 1);
        ++set_index;
      } else {
        const Copy& cp = std::get<Copy>(c);
        VkBufferCopy region{cp.src.offset, cp.dst.offset, cp.bytes};
        vkCmdCopyBuffer(cmd_, bound[static_cast<size_t>(cp.src.buf)],
                        bound[static_cast<size_t>(cp.dst.buf)], 1, &region);
      }
      vkCmdPipelineBarrier(cmd_, stages, stages, 0, 1, &barrier, 0, nullptr, 0, nullptr);
    }
    if (vkEndCommandBuffer(cmd_) != VK_SUCCESS)
      return internal_error("vulkan: vkEndCommandBuffer failed");
    recorded_ = true;
    recorded_buffers_ = bound;
    return Status::Ok();
  }

  VulkanBackend& backend_;
  std::shared_ptr<Device> device_;
  std::shared_ptr<const WeightSet> weights_;
  MainSignature signature_;
  std::vector<graph::TensorType> input_types_, state_types_, output_types_;
  std::vector<Command> commands_;
  std::vector<VkBuffer> buffers_;  ///< by buffer id; inputs/state/outputs bound per execute
  Allocation arena_, constants_, params_;
  VkDescriptorPool pool_ = VK_NULL_HANDLE;
  std::vector<VkDescriptorSet> sets_;
  VkCommandBuffer cmd_ = VK_NULL_HANDLE;
  bool recorded_ = false;
  std::vector<VkBuffer> recorded_buffers_;
  std::vector<uint64_t> recorded_ids_;  ///< Allocation::id of the bound buffers (0: fixed ones)
};

}  // namespace

Result<std::unique_ptr<Executable>> compile_vulkan(VulkanBackend& backend,
                                                   const graph::Module& module,
                                                   std::shared_ptr<const WeightSet> weights) {
  auto exe = std::make_unique<VulkanExecutable>(backend, std::move(weights));
  MLXLA_RETURN_IF_ERROR(exe->init(module));
  return std::unique_ptr<Executable>(std::move(exe));
}

}  // namespace mlxla::runtime::vulkan
