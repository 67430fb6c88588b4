// The StableHLO printer (see printer.h). Values are named as MLIR's own printer would:
// parameters %argN, op results %0, %1, ... in op order; reduce regions get names unique in the
// function (%lhsK, %rhsK, %accK for op #K) because a nested region may not redefine a name.
#include "stablehlo/printer.h"

#include <string_view>
#include <vector>

#include "stablehlo/mlir_text.h"

namespace mlxla::stablehlo {
namespace {

using graph::CompositeAttrs;
using graph::Function;
using graph::Op;
using graph::OpKind;
using graph::TensorType;
using graph::ValueId;

std::string_view reduce_body_op(graph::ReduceBody body) {
  switch (body) {
    case graph::ReduceBody::kAdd:
      return "add";
    case graph::ReduceBody::kMaximum:
      return "maximum";
    case graph::ReduceBody::kMinimum:
      return "minimum";
    case graph::ReduceBody::kAnd:
      return "and";
    case graph::ReduceBody::kOr:
      return "or";
  }
  return "add";
}

// "#stablehlo.dot<...>" / "#stablehlo.gather<...>" fields, empty lists left out as StableHLO's
// printer does.
void add_dims_field(std::string& out, std::string_view name, const std::vector<int64_t>& dims) {
  if (dims.empty()) return;
  if (out.back() != '<') out += ", ";
  out += name;
  out += " = ";
  out += int_list(dims);
}

std::string dot_dimension_numbers(const graph::DotGeneralAttrs& a) {
  std::string out = "#stablehlo.dot<";
  add_dims_field(out, "lhs_batching_dimensions", a.lhs_batching_dims);
  add_dims_field(out, "rhs_batching_dimensions", a.rhs_batching_dims);
  add_dims_field(out, "lhs_contracting_dimensions", a.lhs_contracting_dims);
  add_dims_field(out, "rhs_contracting_dimensions", a.rhs_contracting_dims);
  return out + ">";
}

std::string gather_attributes(const graph::GatherAttrs& a) {
  std::string dims = "#stablehlo.gather<";
  add_dims_field(dims, "offset_dims", a.offset_dims);
  add_dims_field(dims, "collapsed_slice_dims", a.collapsed_slice_dims);
  add_dims_field(dims, "start_index_map", a.start_index_map);
  if (dims.back() != '<') dims += ", ";
  dims += "index_vector_dim = " + std::to_string(a.index_vector_dim) + ">";
  return "dimension_numbers = " + dims +
         ", indices_are_sorted = " + (a.indices_are_sorted ? "true" : "false") +
         ", slice_sizes = " + i64_array(a.slice_sizes);
}

std::string composite_attributes(const CompositeAttrs& a) {
  std::string out;
  if (!a.attributes.empty()) {
    out += "composite_attributes = {";
    bool first = true;
    for (const auto& [key, value] : a.attributes) {  // std::map: sorted, deterministic
      if (!first) out += ", ";
      first = false;
      out += key + " = " + attribute_value(value);
    }
    out += "}, ";
  }
  out += "decomposition = " + symbol_ref(a.decomposition);
  return out;
}

// Appends rather than `"%" + std::to_string(i)`, on which GCC 12 warns falsely (-Wrestrict).
std::string value_name(const char* prefix, size_t index) {
  std::string out = prefix;
  out += std::to_string(index);
  return out;
}

class FunctionPrinter {
 public:
  FunctionPrinter(const Function& f, const PrintOptions& options, std::string& out)
      : f_(f), options_(options), out_(out), names_(f.types.size()) {
    for (size_t i = 0; i < f.parameters.size(); ++i)
      set_name(f.parameters[i].value, value_name("%arg", i));
    size_t next = 0;
    for (const Op& op : f.ops) {
      for (ValueId r : op.results) set_name(r, value_name("%", next++));
    }
  }

  void print(bool is_private) {
    out_ += "  func.func ";
    if (is_private) out_ += "private ";
    out_ += symbol_ref(f_.name) + "(";
    for (size_t i = 0; i < f_.parameters.size(); ++i) {
      const graph::Parameter& p = f_.parameters[i];
      if (i) out_ += ", ";
      out_ += name(p.value) + ": " + type_text(p.value);
      std::vector<std::string> attrs;
      if (!p.name.empty()) attrs.push_back("mlxla.name = " + quote(p.name));
      if (p.aliased_result)
        attrs.push_back("tf.aliasing_output = " + std::to_string(*p.aliased_result) + " : i32");
      print_attr_dict(attrs);
    }
    out_ += ")";
    const std::vector<TensorType> results = f_.result_types();
    if (!results.empty()) {
      out_ += " -> (";
      for (size_t i = 0; i < results.size(); ++i) {
        if (i) out_ += ", ";
        out_ += to_string(results[i]);
        if (i < f_.result_names.size() && !f_.result_names[i].empty()) {
          print_attr_dict({"mlxla.name = " + quote(f_.result_names[i])});
        }
      }
      out_ += ")";
    }
    out_ += " {\n";
    for (size_t i = 0; i < f_.ops.size(); ++i) {
      out_ += "    ";
      if (options_.form == PrintForm::kPretty) {
        print_pretty(f_.ops[i], i);
      } else {
        print_generic(f_.ops[i], i);
      }
      out_ += "\n";
    }
    out_ += "  }\n";
  }

 private:
  void set_name(ValueId v, std::string text) {
    if (v >= 0 && static_cast<size_t>(v) < names_.size())
      names_[static_cast<size_t>(v)] = std::move(text);
  }
  std::string name(ValueId v) const {
    if (v < 0 || static_cast<size_t>(v) >= names_.size() ||
        names_[static_cast<size_t>(v)].empty()) {
      return "%invalid" + std::to_string(v);
    }
    return names_[static_cast<size_t>(v)];
  }
  std::string type_text(ValueId v) const {
    if (v < 0 || static_cast<size_t>(v) >= f_.types.size()) return "tensor<invalid>";
    return to_string(f_.type(v));
  }
  std::string names(const std::vector<ValueId>& values) const {
    std::string out;
    for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + name(values[i]);
    return out;
  }
  std::string types(const std::vector<ValueId>& values) const {
    std::string out;
    for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + type_text(values[i]);
    return out;
  }
  // "(operand types) -> result type(s)".
  std::string function_type(const Op& op) const {
    std::string out = "(" + types(op.operands) + ") -> ";
    if (op.results.size() == 1) return out + type_text(op.results[0]);
    return out + "(" + types(op.results) + ")";
  }
  void print_attr_dict(const std::vector<std::string>& attrs) {
    if (attrs.empty()) return;
    out_ += " {";
    for (size_t i = 0; i < attrs.size(); ++i) out_ += (i ? ", " : "") + attrs[i];
    out_ += "}";
  }
  void print_results(const Op& op) {
    if (!op.results.empty()) out_ += names(op.results) + " = ";
  }

  void print_pretty(const Op& op, size_t index);
  void print_generic(const Op& op, size_t index);
  std::string generic_attributes(const Op& op) const;

  const Function& f_;
  const PrintOptions& options_;
  std::string& out_;
  std::vector<std::string> names_;
};

void FunctionPrinter::print_pretty(const Op& op, size_t index) {
  const std::string mnemonic = "stablehlo." + std::string(op_name(op.kind));
  if (op.kind == OpKind::kReturn) {
    out_ += "return";
    if (!op.operands.empty()) out_ += " " + names(op.operands) + " : " + types(op.operands);
    return;
  }
  // Ops without a custom syntax here (gather; dot_general without contracting dims, which
  // the custom syntax cannot express) use the generic form, valid in a pretty module too.
  const bool generic_only =
      op.kind == OpKind::kGather ||
      (op.kind == OpKind::kDotGeneral &&
       std::get<graph::DotGeneralAttrs>(op.attrs).lhs_contracting_dims.empty());
  if (generic_only) {
    print_generic(op, index);
    return;
  }
  print_results(op);
  const std::string result_type = op.results.empty() ? "" : type_text(op.results[0]);
  const std::string& x = op.operands.empty() ? result_type : name(op.operands[0]);
  switch (op.kind) {
    case OpKind::kConstant: {
      const auto& a = std::get<graph::ConstantAttrs>(op.attrs);
      out_ += mnemonic + " " +
              dense_literal(f_.type(op.results[0]), a, options_.hex_constant_threshold) + " : " +
              result_type;
      return;
    }
    case OpKind::kIota:
      out_ += mnemonic +
              " dim = " + std::to_string(std::get<graph::IotaAttrs>(op.attrs).dimension) + " : " +
              result_type;
      return;
    case OpKind::kConvert:
    case OpKind::kReshape:
    case OpKind::kDynamicUpdateSlice:
      out_ += mnemonic + " " + names(op.operands) + " : " + function_type(op);
      return;
    case OpKind::kBroadcastInDim:
      out_ += mnemonic + " " + x +
              ", dims = " + int_list(std::get<graph::BroadcastInDimAttrs>(op.attrs).dimensions) +
              " : " + function_type(op);
      return;
    case OpKind::kTranspose:
      out_ += mnemonic + " " + x +
              ", dims = " + int_list(std::get<graph::TransposeAttrs>(op.attrs).permutation) +
              " : " + function_type(op);
      return;
    case OpKind::kSlice: {
      const auto& a = std::get<graph::SliceAttrs>(op.attrs);
      out_ += mnemonic + " " + x + " [";
      for (size_t d = 0; d < a.start.size(); ++d) {
        if (d) out_ += ", ";
        out_ += std::to_string(a.start[d]) + ":" + std::to_string(a.limit[d]);
        if (a.strides[d] != 1) out_ += ":" + std::to_string(a.strides[d]);
      }
      out_ += "] : " + function_type(op);
      return;
    }
    case OpKind::kDynamicSlice:
      out_ += mnemonic + " " + names(op.operands) +
              ", sizes = " + int_list(std::get<graph::DynamicSliceAttrs>(op.attrs).sizes) + " : " +
              function_type(op);
      return;
    case OpKind::kConcatenate:
      out_ += mnemonic + " " + names(op.operands) +
              ", dim = " + std::to_string(std::get<graph::ConcatenateAttrs>(op.attrs).dimension) +
              " : " + function_type(op);
      return;
    case OpKind::kCompare:
      out_ +=
          mnemonic + " " +
          std::string(compare_direction_name(std::get<graph::CompareAttrs>(op.attrs).direction)) +
          ", " + names(op.operands) + " : " + function_type(op);
      return;
    case OpKind::kSelect:
      out_ += mnemonic + " " + names(op.operands) + " : " + type_text(op.operands[0]) + ", " +
              result_type;
      return;
    case OpKind::kReduce: {
      const auto& a = std::get<graph::ReduceAttrs>(op.attrs);
      out_ += mnemonic + "(" + x + " init: " + name(op.operands[1]) + ") applies stablehlo." +
              std::string(reduce_body_op(a.body)) +
              " across dimensions = " + int_list(a.dimensions) + " : " + function_type(op);
      return;
    }
    case OpKind::kDotGeneral: {
      const auto& a = std::get<graph::DotGeneralAttrs>(op.attrs);
      out_ += mnemonic + " " + names(op.operands) + ", ";
      if (!a.lhs_batching_dims.empty()) {
        out_ += "batching_dims = " + int_list(a.lhs_batching_dims) + " x " +
                int_list(a.rhs_batching_dims) + ", ";
      }
      out_ += "contracting_dims = " + int_list(a.lhs_contracting_dims) + " x " +
              int_list(a.rhs_contracting_dims) + " : " + function_type(op);
      return;
    }
    case OpKind::kComposite: {
      const auto& a = std::get<CompositeAttrs>(op.attrs);
      out_ += mnemonic + " " + quote(a.name);
      if (!op.operands.empty()) out_ += " " + names(op.operands);
      out_ += " {" + composite_attributes(a);
      if (a.version != 0) out_ += ", version = " + std::to_string(a.version) + " : i32";
      out_ += "} : " + function_type(op);
      return;
    }
    default:  // elementwise unary and binary ops
      out_ += mnemonic + " " + names(op.operands) + " : " + result_type;
      return;
  }
}

std::string FunctionPrinter::generic_attributes(const Op& op) const {
  switch (op.kind) {
    case OpKind::kConstant:
      return "value = " +
             dense_literal(f_.type(op.results[0]), std::get<graph::ConstantAttrs>(op.attrs),
                           options_.hex_constant_threshold) +
             " : " + type_text(op.results[0]);
    case OpKind::kIota:
      return "iota_dimension = " + std::to_string(std::get<graph::IotaAttrs>(op.attrs).dimension) +
             " : i64";
    case OpKind::kBroadcastInDim:
      return "broadcast_dimensions = " +
             i64_array(std::get<graph::BroadcastInDimAttrs>(op.attrs).dimensions);
    case OpKind::kTranspose:
      return "permutation = " + i64_array(std::get<graph::TransposeAttrs>(op.attrs).permutation);
    case OpKind::kSlice: {
      const auto& a = std::get<graph::SliceAttrs>(op.attrs);
      return "limit_indices = " + i64_array(a.limit) + ", start_indices = " + i64_array(a.start) +
             ", strides = " + i64_array(a.strides);
    }
    case OpKind::kDynamicSlice:
      return "slice_sizes = " + i64_array(std::get<graph::DynamicSliceAttrs>(op.attrs).sizes);
    case OpKind::kConcatenate:
      return "dimension = " +
             std::to_string(std::get<graph::ConcatenateAttrs>(op.attrs).dimension) + " : i64";
    case OpKind::kGather:
      return gather_attributes(std::get<graph::GatherAttrs>(op.attrs));
    case OpKind::kCompare:
      return "comparison_direction = #stablehlo<comparison_direction " +
             std::string(
                 compare_direction_name(std::get<graph::CompareAttrs>(op.attrs).direction)) +
             ">";
    case OpKind::kReduce:
      return "dimensions = " + i64_array(std::get<graph::ReduceAttrs>(op.attrs).dimensions);
    case OpKind::kDotGeneral:
      return "dot_dimension_numbers = " +
             dot_dimension_numbers(std::get<graph::DotGeneralAttrs>(op.attrs));
    case OpKind::kComposite: {
      const auto& a = std::get<CompositeAttrs>(op.attrs);
      std::string out = composite_attributes(a) + ", name = " + quote(a.name);
      if (a.version != 0) out += ", version = " + std::to_string(a.version) + " : i32";
      return out;
    }
    default:
      return "";
  }
}

void FunctionPrinter::print_generic(const Op& op, size_t index) {
  if (op.kind == OpKind::kReturn) {
    out_ += "\"func.return\"(" + names(op.operands) + ") : (" + types(op.operands) + ") -> ()";
    return;
  }
  print_results(op);
  out_ += "\"stablehlo." + std::string(op_name(op.kind)) + "\"(" + names(op.operands) + ")";
  if (op.kind == OpKind::kReduce && op.operands.size() == 2) {
    const auto& a = std::get<graph::ReduceAttrs>(op.attrs);
    const std::string k = std::to_string(index);
    const std::string scalar = type_text(op.operands[1]);
    out_ += " ({\n    ^bb0(%lhs" + k + ": " + scalar + ", %rhs" + k + ": " + scalar + "):\n";
    out_ += "      %acc" + k + " = \"stablehlo." + std::string(reduce_body_op(a.body)) + "\"(%lhs" +
            k + ", %rhs" + k + ") : (" + scalar + ", " + scalar + ") -> " + scalar + "\n";
    out_ += "      \"stablehlo.return\"(%acc" + k + ") : (" + scalar + ") -> ()\n    })";
  }
  const std::string attrs = generic_attributes(op);
  if (!attrs.empty()) out_ += " {" + attrs + "}";
  out_ += " : " + function_type(op);
}

}  // namespace

std::string print_module(const graph::Module& module, const PrintOptions& options) {
  std::string out = "module " + symbol_ref(module.name) + " {\n";
  for (const Function& f : module.functions) {
    FunctionPrinter(f, options, out).print(f.name != "main");
  }
  out += "}\n";
  return out;
}

}  // namespace mlxla::stablehlo
