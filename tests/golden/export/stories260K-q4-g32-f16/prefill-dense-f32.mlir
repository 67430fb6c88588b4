module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<512x64xf32> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg7: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg8: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg9: tensor<32x64xf32> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg10: tensor<64x64xf32> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg11: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg12: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg13: tensor<172x64xf32> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg14: tensor<64x172xf32> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg15: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg16: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg17: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg18: tensor<32x64xf32> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg19: tensor<64x64xf32> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg20: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg21: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg22: tensor<172x64xf32> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg23: tensor<64x172xf32> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg24: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg25: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg26: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg27: tensor<32x64xf32> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg28: tensor<64x64xf32> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg29: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg30: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg31: tensor<172x64xf32> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg32: tensor<64x172xf32> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg33: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg34: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg35: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg36: tensor<32x64xf32> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg37: tensor<64x64xf32> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg38: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg39: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg40: tensor<172x64xf32> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg41: tensor<64x172xf32> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg42: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg43: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg44: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg45: tensor<32x64xf32> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg46: tensor<64x64xf32> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg47: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg48: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg49: tensor<172x64xf32> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg50: tensor<64x172xf32> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg51: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.iota dim = 0 : tensor<8xi32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.add %1, %0 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg5, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<512x64xf32>, tensor<8x1xi32>) -> tensor<8x64xf32>
    %8 = stablehlo.composite "mlxla.rms_norm" %7, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %9 = stablehlo.dot_general %8, %arg7, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %10 = stablehlo.reshape %9 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %11 = stablehlo.composite "mlxla.rope" %10, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %12 = stablehlo.dot_general %8, %arg8, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %13 = stablehlo.reshape %12 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %14 = stablehlo.composite "mlxla.rope" %13, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %15 = stablehlo.dot_general %8, %arg9, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %16 = stablehlo.reshape %15 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %17 = stablehlo.convert %14 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %18 = stablehlo.convert %16 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %19 = stablehlo.constant dense<0> : tensor<i32>
    %20 = stablehlo.constant dense<0> : tensor<i32>
    %21 = stablehlo.constant dense<0> : tensor<i32>
    %22 = stablehlo.reshape %17 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %23 = stablehlo.dynamic_update_slice %arg3, %22, %19, %21, %arg1, %20, %20 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %24 = stablehlo.reshape %18 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %25 = stablehlo.dynamic_update_slice %arg4, %24, %19, %21, %arg1, %20, %20 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %26 = stablehlo.slice %25 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %27 = stablehlo.reshape %26 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %28 = stablehlo.slice %23 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %29 = stablehlo.reshape %28 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %30 = stablehlo.composite "mlxla.attention" %11, %29, %27, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %31 = stablehlo.reshape %30 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %32 = stablehlo.dot_general %31, %arg10, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %33 = stablehlo.add %7, %32 : tensor<8x64xf32>
    %34 = stablehlo.composite "mlxla.rms_norm" %33, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %35 = stablehlo.dot_general %34, %arg12, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %36 = stablehlo.dot_general %34, %arg13, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %37 = stablehlo.logistic %35 : tensor<8x172xf32>
    %38 = stablehlo.multiply %35, %37 : tensor<8x172xf32>
    %39 = stablehlo.multiply %38, %36 : tensor<8x172xf32>
    %40 = stablehlo.dot_general %39, %arg14, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %41 = stablehlo.add %33, %40 : tensor<8x64xf32>
    %42 = stablehlo.composite "mlxla.rms_norm" %41, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %43 = stablehlo.dot_general %42, %arg16, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %44 = stablehlo.reshape %43 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %45 = stablehlo.composite "mlxla.rope" %44, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %46 = stablehlo.dot_general %42, %arg17, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %47 = stablehlo.reshape %46 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %48 = stablehlo.composite "mlxla.rope" %47, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %49 = stablehlo.dot_general %42, %arg18, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %50 = stablehlo.reshape %49 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %51 = stablehlo.convert %48 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %52 = stablehlo.convert %50 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %53 = stablehlo.constant dense<1> : tensor<i32>
    %54 = stablehlo.constant dense<0> : tensor<i32>
    %55 = stablehlo.constant dense<0> : tensor<i32>
    %56 = stablehlo.reshape %51 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %57 = stablehlo.dynamic_update_slice %23, %56, %53, %55, %arg1, %54, %54 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %58 = stablehlo.reshape %52 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %59 = stablehlo.dynamic_update_slice %25, %58, %53, %55, %arg1, %54, %54 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %60 = stablehlo.slice %59 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %61 = stablehlo.reshape %60 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %62 = stablehlo.slice %57 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %63 = stablehlo.reshape %62 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %64 = stablehlo.composite "mlxla.attention" %45, %63, %61, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %65 = stablehlo.reshape %64 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %66 = stablehlo.dot_general %65, %arg19, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %67 = stablehlo.add %41, %66 : tensor<8x64xf32>
    %68 = stablehlo.composite "mlxla.rms_norm" %67, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %69 = stablehlo.dot_general %68, %arg21, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %70 = stablehlo.dot_general %68, %arg22, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %71 = stablehlo.logistic %69 : tensor<8x172xf32>
    %72 = stablehlo.multiply %69, %71 : tensor<8x172xf32>
    %73 = stablehlo.multiply %72, %70 : tensor<8x172xf32>
    %74 = stablehlo.dot_general %73, %arg23, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %75 = stablehlo.add %67, %74 : tensor<8x64xf32>
    %76 = stablehlo.composite "mlxla.rms_norm" %75, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %77 = stablehlo.dot_general %76, %arg25, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %78 = stablehlo.reshape %77 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %79 = stablehlo.composite "mlxla.rope" %78, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %80 = stablehlo.dot_general %76, %arg26, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %81 = stablehlo.reshape %80 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %82 = stablehlo.composite "mlxla.rope" %81, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %83 = stablehlo.dot_general %76, %arg27, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %84 = stablehlo.reshape %83 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %85 = stablehlo.convert %82 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %86 = stablehlo.convert %84 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %87 = stablehlo.constant dense<2> : tensor<i32>
    %88 = stablehlo.constant dense<0> : tensor<i32>
    %89 = stablehlo.constant dense<0> : tensor<i32>
    %90 = stablehlo.reshape %85 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %91 = stablehlo.dynamic_update_slice %57, %90, %87, %89, %arg1, %88, %88 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %92 = stablehlo.reshape %86 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %93 = stablehlo.dynamic_update_slice %59, %92, %87, %89, %arg1, %88, %88 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %94 = stablehlo.slice %93 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %95 = stablehlo.reshape %94 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %96 = stablehlo.slice %91 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %97 = stablehlo.reshape %96 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %98 = stablehlo.composite "mlxla.attention" %79, %97, %95, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %99 = stablehlo.reshape %98 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %100 = stablehlo.dot_general %99, %arg28, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %101 = stablehlo.add %75, %100 : tensor<8x64xf32>
    %102 = stablehlo.composite "mlxla.rms_norm" %101, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %103 = stablehlo.dot_general %102, %arg30, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %104 = stablehlo.dot_general %102, %arg31, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %105 = stablehlo.logistic %103 : tensor<8x172xf32>
    %106 = stablehlo.multiply %103, %105 : tensor<8x172xf32>
    %107 = stablehlo.multiply %106, %104 : tensor<8x172xf32>
    %108 = stablehlo.dot_general %107, %arg32, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %109 = stablehlo.add %101, %108 : tensor<8x64xf32>
    %110 = stablehlo.composite "mlxla.rms_norm" %109, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %111 = stablehlo.dot_general %110, %arg34, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %112 = stablehlo.reshape %111 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %113 = stablehlo.composite "mlxla.rope" %112, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %114 = stablehlo.dot_general %110, %arg35, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %115 = stablehlo.reshape %114 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %116 = stablehlo.composite "mlxla.rope" %115, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %117 = stablehlo.dot_general %110, %arg36, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %118 = stablehlo.reshape %117 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %119 = stablehlo.convert %116 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %120 = stablehlo.convert %118 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %121 = stablehlo.constant dense<3> : tensor<i32>
    %122 = stablehlo.constant dense<0> : tensor<i32>
    %123 = stablehlo.constant dense<0> : tensor<i32>
    %124 = stablehlo.reshape %119 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %125 = stablehlo.dynamic_update_slice %91, %124, %121, %123, %arg1, %122, %122 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %126 = stablehlo.reshape %120 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %127 = stablehlo.dynamic_update_slice %93, %126, %121, %123, %arg1, %122, %122 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %128 = stablehlo.slice %127 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %129 = stablehlo.reshape %128 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %130 = stablehlo.slice %125 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %131 = stablehlo.reshape %130 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %132 = stablehlo.composite "mlxla.attention" %113, %131, %129, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %133 = stablehlo.reshape %132 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %134 = stablehlo.dot_general %133, %arg37, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %135 = stablehlo.add %109, %134 : tensor<8x64xf32>
    %136 = stablehlo.composite "mlxla.rms_norm" %135, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %137 = stablehlo.dot_general %136, %arg39, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %138 = stablehlo.dot_general %136, %arg40, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %139 = stablehlo.logistic %137 : tensor<8x172xf32>
    %140 = stablehlo.multiply %137, %139 : tensor<8x172xf32>
    %141 = stablehlo.multiply %140, %138 : tensor<8x172xf32>
    %142 = stablehlo.dot_general %141, %arg41, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %143 = stablehlo.add %135, %142 : tensor<8x64xf32>
    %144 = stablehlo.composite "mlxla.rms_norm" %143, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %145 = stablehlo.dot_general %144, %arg43, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %146 = stablehlo.reshape %145 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %147 = stablehlo.composite "mlxla.rope" %146, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %148 = stablehlo.dot_general %144, %arg44, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %149 = stablehlo.reshape %148 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %150 = stablehlo.composite "mlxla.rope" %149, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %151 = stablehlo.dot_general %144, %arg45, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %152 = stablehlo.reshape %151 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %153 = stablehlo.convert %150 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %154 = stablehlo.convert %152 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %155 = stablehlo.constant dense<4> : tensor<i32>
    %156 = stablehlo.constant dense<0> : tensor<i32>
    %157 = stablehlo.constant dense<0> : tensor<i32>
    %158 = stablehlo.reshape %153 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %159 = stablehlo.dynamic_update_slice %125, %158, %155, %157, %arg1, %156, %156 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %160 = stablehlo.reshape %154 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %161 = stablehlo.dynamic_update_slice %127, %160, %155, %157, %arg1, %156, %156 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %162 = stablehlo.slice %161 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %163 = stablehlo.reshape %162 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %164 = stablehlo.slice %159 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %165 = stablehlo.reshape %164 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %166 = stablehlo.composite "mlxla.attention" %147, %165, %163, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %167 = stablehlo.reshape %166 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %168 = stablehlo.dot_general %167, %arg46, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %169 = stablehlo.add %143, %168 : tensor<8x64xf32>
    %170 = stablehlo.composite "mlxla.rms_norm" %169, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %171 = stablehlo.dot_general %170, %arg48, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %172 = stablehlo.dot_general %170, %arg49, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %173 = stablehlo.logistic %171 : tensor<8x172xf32>
    %174 = stablehlo.multiply %171, %173 : tensor<8x172xf32>
    %175 = stablehlo.multiply %174, %172 : tensor<8x172xf32>
    %176 = stablehlo.dot_general %175, %arg50, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %177 = stablehlo.add %169, %176 : tensor<8x64xf32>
    %178 = stablehlo.constant dense<0> : tensor<i32>
    %179 = stablehlo.dynamic_slice %177, %4, %178, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %180 = stablehlo.composite "mlxla.rms_norm" %179, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %181 = stablehlo.dot_general %180, %arg5, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<512x64xf32>) -> tensor<1x512xf32>
    %182 = stablehlo.composite "mlxla.argmax" %181 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %182, %159, %161 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
  }
  func.func private @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f(%arg0: tensor<8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64xf32> {mlxla.name = "arg1"}) -> (tensor<8x64xf32>) {
    %0 = stablehlo.constant dense<0.0> : tensor<f32>
    %1 = stablehlo.multiply %arg0, %arg0 : tensor<8x64xf32>
    %2 = stablehlo.reduce(%1 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
    %3 = stablehlo.constant dense<64.0> : tensor<8xf32>
    %4 = stablehlo.divide %2, %3 : tensor<8xf32>
    %5 = stablehlo.constant dense<1.0e-05> : tensor<8xf32>
    %6 = stablehlo.add %4, %5 : tensor<8xf32>
    %7 = stablehlo.rsqrt %6 : tensor<8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<8xf32>) -> tensor<8x64xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<8x64xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<8x64xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<8x64xf32>
    return %11 : tensor<8x64xf32>
  }
  func.func private @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74(%arg0: tensor<8x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x8x8xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %1 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<4xf32>) -> tensor<8x4xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<8xf32>) -> tensor<8x4xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<8x4xf32>
    %5 = stablehlo.cosine %4 : tensor<8x4xf32>
    %6 = stablehlo.sine %4 : tensor<8x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:8, 0:4] : (tensor<8x8x8xf32>) -> tensor<8x8x4xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:8, 4:8] : (tensor<8x8x8xf32>) -> tensor<8x8x4xf32>
    %13 = stablehlo.negate %12 : tensor<8x8x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x8x4xf32>, tensor<8x8x4xf32>) -> tensor<8x8x8xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<8x8x8xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<8x8x8xf32>
    %17 = stablehlo.add %16, %15 : tensor<8x8x8xf32>
    return %17 : tensor<8x8x8xf32>
  }
  func.func private @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74(%arg0: tensor<8x4x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x4x8xf32>) {
    %0 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %1 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %2 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<4xf32>) -> tensor<8x4xf32>
    %3 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<8xf32>) -> tensor<8x4xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<8x4xf32>
    %5 = stablehlo.cosine %4 : tensor<8x4xf32>
    %6 = stablehlo.sine %4 : tensor<8x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %9 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:4, 0:4] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:4, 4:8] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %13 = stablehlo.negate %12 : tensor<8x4x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x4x4xf32>, tensor<8x4x4xf32>) -> tensor<8x4x8xf32>
    %15 = stablehlo.multiply %14, %10 : tensor<8x4x8xf32>
    %16 = stablehlo.multiply %arg0, %8 : tensor<8x4x8xf32>
    %17 = stablehlo.add %16, %15 : tensor<8x4x8xf32>
    return %17 : tensor<8x4x8xf32>
  }
  func.func private @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626(%arg0: tensor<8x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x4x8xf16> {mlxla.name = "arg1"}, %arg2: tensor<64x4x8xf16> {mlxla.name = "arg2"}, %arg3: tensor<8xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<8x8x8xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<8x8x8xf32>) -> tensor<8x4x2x8xf32>
    %1 = stablehlo.convert %arg1 : (tensor<64x4x8xf16>) -> tensor<64x4x8xf32>
    %2 = stablehlo.convert %arg2 : (tensor<64x4x8xf16>) -> tensor<64x4x8xf32>
    %3 = stablehlo.dot_general %0, %1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x4x2x8xf32>, tensor<64x4x8xf32>) -> tensor<4x8x2x64xf32>
    %4 = stablehlo.constant dense<0.35355338> : tensor<4x8x2x64xf32>
    %5 = stablehlo.multiply %3, %4 : tensor<4x8x2x64xf32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %7 = stablehlo.constant dense<1> : tensor<8xi32>
    %8 = stablehlo.add %arg3, %7 : tensor<8xi32>
    %9 = stablehlo.minimum %8, %6 : tensor<8xi32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<8xi32>) -> tensor<4x8x2x64xi32>
    %11 = stablehlo.iota dim = 3 : tensor<4x8x2x64xi32>
    %12 = stablehlo.compare LT, %11, %10 : (tensor<4x8x2x64xi32>, tensor<4x8x2x64xi32>) -> tensor<4x8x2x64xi1>
    %13 = stablehlo.constant dense<-3.4028235e+38> : tensor<4x8x2x64xf32>
    %14 = stablehlo.select %12, %5, %13 : tensor<4x8x2x64xi1>, tensor<4x8x2x64xf32>
    %15 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %16 = stablehlo.reduce(%14 init: %15) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x2x64xf32>, tensor<f32>) -> tensor<4x8x2xf32>
    %17 = stablehlo.broadcast_in_dim %16, dims = [0, 1, 2] : (tensor<4x8x2xf32>) -> tensor<4x8x2x64xf32>
    %18 = stablehlo.subtract %14, %17 : tensor<4x8x2x64xf32>
    %19 = stablehlo.exponential %18 : tensor<4x8x2x64xf32>
    %20 = stablehlo.constant dense<0.0> : tensor<f32>
    %21 = stablehlo.reduce(%19 init: %20) applies stablehlo.add across dimensions = [3] : (tensor<4x8x2x64xf32>, tensor<f32>) -> tensor<4x8x2xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<4x8x2xf32>) -> tensor<4x8x2x64xf32>
    %23 = stablehlo.divide %19, %22 : tensor<4x8x2x64xf32>
    %24 = stablehlo.dot_general %23, %2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<4x8x2x64xf32>, tensor<64x4x8xf32>) -> tensor<4x8x2x8xf32>
    %25 = stablehlo.transpose %24, dims = [1, 0, 2, 3] : (tensor<4x8x2x8xf32>) -> tensor<8x4x2x8xf32>
    %26 = stablehlo.reshape %25 : (tensor<8x4x2x8xf32>) -> tensor<8x8x8xf32>
    return %26 : tensor<8x8x8xf32>
  }
  func.func private @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f(%arg0: tensor<1x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64xf32> {mlxla.name = "arg1"}) -> (tensor<1x64xf32>) {
    %0 = stablehlo.constant dense<0.0> : tensor<f32>
    %1 = stablehlo.multiply %arg0, %arg0 : tensor<1x64xf32>
    %2 = stablehlo.reduce(%1 init: %0) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
    %3 = stablehlo.constant dense<64.0> : tensor<1xf32>
    %4 = stablehlo.divide %2, %3 : tensor<1xf32>
    %5 = stablehlo.constant dense<1.0e-05> : tensor<1xf32>
    %6 = stablehlo.add %4, %5 : tensor<1xf32>
    %7 = stablehlo.rsqrt %6 : tensor<1xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0] : (tensor<1xf32>) -> tensor<1x64xf32>
    %9 = stablehlo.multiply %arg0, %8 : tensor<1x64xf32>
    %10 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<64xf32>) -> tensor<1x64xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<1x64xf32>
    return %11 : tensor<1x64xf32>
  }
  func.func private @mlxla_argmax_1x512xf32_cbf29ce484222325(%arg0: tensor<1x512xf32> {mlxla.name = "arg0"}) -> (tensor<1xi32>) {
    %0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1 = stablehlo.reduce(%arg0 init: %0) applies stablehlo.maximum across dimensions = [1] : (tensor<1x512xf32>, tensor<f32>) -> tensor<1xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0] : (tensor<1xf32>) -> tensor<1x512xf32>
    %3 = stablehlo.compare EQ, %arg0, %2 : (tensor<1x512xf32>, tensor<1x512xf32>) -> tensor<1x512xi1>
    %4 = stablehlo.constant dense<512> : tensor<1x512xi32>
    %5 = stablehlo.iota dim = 1 : tensor<1x512xi32>
    %6 = stablehlo.select %3, %5, %4 : tensor<1x512xi1>, tensor<1x512xi32>
    %7 = stablehlo.constant dense<512> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<1x512xi32>, tensor<i32>) -> tensor<1xi32>
    return %8 : tensor<1xi32>
  }
}
