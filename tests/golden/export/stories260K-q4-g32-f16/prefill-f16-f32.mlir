module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<512x64xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg7: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg8: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg9: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg10: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg11: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg12: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg13: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg14: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg15: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg16: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg17: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg18: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg19: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg20: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg21: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg22: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg23: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg24: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg25: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg26: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg27: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg28: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg29: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg30: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg31: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg32: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg33: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg34: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg35: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg36: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg37: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg38: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg39: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg40: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg41: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg42: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg43: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg44: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg45: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg46: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg47: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg48: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg49: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg50: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg51: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf32> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf32> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %1 = stablehlo.iota dim = 0 : tensor<8xi32>
    %2 = stablehlo.add %0, %1 : tensor<8xi32>
    %3 = stablehlo.constant dense<-1> : tensor<i32>
    %4 = stablehlo.add %arg2, %3 : tensor<i32>
    %5 = stablehlo.add %arg1, %arg2 : tensor<i32>
    %6 = stablehlo.reshape %arg0 : (tensor<8xi32>) -> tensor<8x1xi32>
    %7 = "stablehlo.gather"(%arg5, %6) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 64>} : (tensor<512x64xf16>, tensor<8x1xi32>) -> tensor<8x64xf16>
    %8 = stablehlo.convert %7 : (tensor<8x64xf16>) -> tensor<8x64xf32>
    %9 = stablehlo.composite "mlxla.rms_norm" %8, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %10 = stablehlo.convert %arg7 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %11 = stablehlo.dot_general %9, %10, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %12 = stablehlo.reshape %11 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %13 = stablehlo.composite "mlxla.rope" %12, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %14 = stablehlo.convert %arg8 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %15 = stablehlo.dot_general %9, %14, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %16 = stablehlo.reshape %15 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %17 = stablehlo.composite "mlxla.rope" %16, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %18 = stablehlo.convert %arg9 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %19 = stablehlo.dot_general %9, %18, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %20 = stablehlo.reshape %19 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %21 = stablehlo.constant dense<0> : tensor<i32>
    %22 = stablehlo.constant dense<0> : tensor<i32>
    %23 = stablehlo.constant dense<0> : tensor<i32>
    %24 = stablehlo.reshape %17 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %25 = stablehlo.dynamic_update_slice %arg3, %24, %21, %23, %arg1, %22, %22 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %26 = stablehlo.reshape %20 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %27 = stablehlo.dynamic_update_slice %arg4, %26, %21, %23, %arg1, %22, %22 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %28 = stablehlo.slice %25 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %29 = stablehlo.reshape %28 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %30 = stablehlo.slice %27 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %31 = stablehlo.reshape %30 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %32 = stablehlo.composite "mlxla.attention" %13, %29, %31, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %33 = stablehlo.reshape %32 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %34 = stablehlo.convert %arg10 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %35 = stablehlo.dot_general %33, %34, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %36 = stablehlo.add %8, %35 : tensor<8x64xf32>
    %37 = stablehlo.composite "mlxla.rms_norm" %36, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %38 = stablehlo.convert %arg12 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %39 = stablehlo.dot_general %37, %38, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %40 = stablehlo.logistic %39 : tensor<8x172xf32>
    %41 = stablehlo.multiply %39, %40 : tensor<8x172xf32>
    %42 = stablehlo.convert %arg13 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %43 = stablehlo.dot_general %37, %42, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %44 = stablehlo.multiply %41, %43 : tensor<8x172xf32>
    %45 = stablehlo.convert %arg14 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %46 = stablehlo.dot_general %44, %45, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %47 = stablehlo.add %36, %46 : tensor<8x64xf32>
    %48 = stablehlo.composite "mlxla.rms_norm" %47, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %49 = stablehlo.convert %arg16 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %50 = stablehlo.dot_general %48, %49, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %51 = stablehlo.reshape %50 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %52 = stablehlo.composite "mlxla.rope" %51, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %53 = stablehlo.convert %arg17 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %54 = stablehlo.dot_general %48, %53, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %55 = stablehlo.reshape %54 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %56 = stablehlo.composite "mlxla.rope" %55, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %57 = stablehlo.convert %arg18 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %58 = stablehlo.dot_general %48, %57, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %59 = stablehlo.reshape %58 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %60 = stablehlo.constant dense<1> : tensor<i32>
    %61 = stablehlo.constant dense<0> : tensor<i32>
    %62 = stablehlo.constant dense<0> : tensor<i32>
    %63 = stablehlo.reshape %56 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %64 = stablehlo.dynamic_update_slice %25, %63, %60, %62, %arg1, %61, %61 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %65 = stablehlo.reshape %59 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %66 = stablehlo.dynamic_update_slice %27, %65, %60, %62, %arg1, %61, %61 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %67 = stablehlo.slice %64 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %69 = stablehlo.slice %66 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %70 = stablehlo.reshape %69 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %71 = stablehlo.composite "mlxla.attention" %52, %68, %70, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %72 = stablehlo.reshape %71 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %73 = stablehlo.convert %arg19 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %74 = stablehlo.dot_general %72, %73, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %75 = stablehlo.add %47, %74 : tensor<8x64xf32>
    %76 = stablehlo.composite "mlxla.rms_norm" %75, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %77 = stablehlo.convert %arg21 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %78 = stablehlo.dot_general %76, %77, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %79 = stablehlo.logistic %78 : tensor<8x172xf32>
    %80 = stablehlo.multiply %78, %79 : tensor<8x172xf32>
    %81 = stablehlo.convert %arg22 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %82 = stablehlo.dot_general %76, %81, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %83 = stablehlo.multiply %80, %82 : tensor<8x172xf32>
    %84 = stablehlo.convert %arg23 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %85 = stablehlo.dot_general %83, %84, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %86 = stablehlo.add %75, %85 : tensor<8x64xf32>
    %87 = stablehlo.composite "mlxla.rms_norm" %86, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %88 = stablehlo.convert %arg25 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %89 = stablehlo.dot_general %87, %88, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %90 = stablehlo.reshape %89 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %91 = stablehlo.composite "mlxla.rope" %90, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %92 = stablehlo.convert %arg26 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %93 = stablehlo.dot_general %87, %92, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %94 = stablehlo.reshape %93 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %95 = stablehlo.composite "mlxla.rope" %94, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %96 = stablehlo.convert %arg27 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %97 = stablehlo.dot_general %87, %96, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %98 = stablehlo.reshape %97 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %99 = stablehlo.constant dense<2> : tensor<i32>
    %100 = stablehlo.constant dense<0> : tensor<i32>
    %101 = stablehlo.constant dense<0> : tensor<i32>
    %102 = stablehlo.reshape %95 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %103 = stablehlo.dynamic_update_slice %64, %102, %99, %101, %arg1, %100, %100 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %104 = stablehlo.reshape %98 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %105 = stablehlo.dynamic_update_slice %66, %104, %99, %101, %arg1, %100, %100 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %106 = stablehlo.slice %103 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %107 = stablehlo.reshape %106 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %108 = stablehlo.slice %105 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %109 = stablehlo.reshape %108 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %110 = stablehlo.composite "mlxla.attention" %91, %107, %109, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %111 = stablehlo.reshape %110 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %112 = stablehlo.convert %arg28 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %113 = stablehlo.dot_general %111, %112, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %114 = stablehlo.add %86, %113 : tensor<8x64xf32>
    %115 = stablehlo.composite "mlxla.rms_norm" %114, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %116 = stablehlo.convert %arg30 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %117 = stablehlo.dot_general %115, %116, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %118 = stablehlo.logistic %117 : tensor<8x172xf32>
    %119 = stablehlo.multiply %117, %118 : tensor<8x172xf32>
    %120 = stablehlo.convert %arg31 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %121 = stablehlo.dot_general %115, %120, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %122 = stablehlo.multiply %119, %121 : tensor<8x172xf32>
    %123 = stablehlo.convert %arg32 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %124 = stablehlo.dot_general %122, %123, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %125 = stablehlo.add %114, %124 : tensor<8x64xf32>
    %126 = stablehlo.composite "mlxla.rms_norm" %125, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %127 = stablehlo.convert %arg34 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %128 = stablehlo.dot_general %126, %127, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %129 = stablehlo.reshape %128 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %130 = stablehlo.composite "mlxla.rope" %129, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %131 = stablehlo.convert %arg35 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %132 = stablehlo.dot_general %126, %131, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %133 = stablehlo.reshape %132 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %134 = stablehlo.composite "mlxla.rope" %133, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %135 = stablehlo.convert %arg36 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %136 = stablehlo.dot_general %126, %135, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %137 = stablehlo.reshape %136 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %138 = stablehlo.constant dense<3> : tensor<i32>
    %139 = stablehlo.constant dense<0> : tensor<i32>
    %140 = stablehlo.constant dense<0> : tensor<i32>
    %141 = stablehlo.reshape %134 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %142 = stablehlo.dynamic_update_slice %103, %141, %138, %140, %arg1, %139, %139 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %143 = stablehlo.reshape %137 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %144 = stablehlo.dynamic_update_slice %105, %143, %138, %140, %arg1, %139, %139 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %145 = stablehlo.slice %142 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %146 = stablehlo.reshape %145 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %147 = stablehlo.slice %144 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %148 = stablehlo.reshape %147 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %149 = stablehlo.composite "mlxla.attention" %130, %146, %148, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %150 = stablehlo.reshape %149 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %151 = stablehlo.convert %arg37 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %152 = stablehlo.dot_general %150, %151, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %153 = stablehlo.add %125, %152 : tensor<8x64xf32>
    %154 = stablehlo.composite "mlxla.rms_norm" %153, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %155 = stablehlo.convert %arg39 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %156 = stablehlo.dot_general %154, %155, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %157 = stablehlo.logistic %156 : tensor<8x172xf32>
    %158 = stablehlo.multiply %156, %157 : tensor<8x172xf32>
    %159 = stablehlo.convert %arg40 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %160 = stablehlo.dot_general %154, %159, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %161 = stablehlo.multiply %158, %160 : tensor<8x172xf32>
    %162 = stablehlo.convert %arg41 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %163 = stablehlo.dot_general %161, %162, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %164 = stablehlo.add %153, %163 : tensor<8x64xf32>
    %165 = stablehlo.composite "mlxla.rms_norm" %164, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %166 = stablehlo.convert %arg43 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %167 = stablehlo.dot_general %165, %166, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %168 = stablehlo.reshape %167 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %169 = stablehlo.composite "mlxla.rope" %168, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %170 = stablehlo.convert %arg44 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %171 = stablehlo.dot_general %165, %170, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %172 = stablehlo.reshape %171 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %173 = stablehlo.composite "mlxla.rope" %172, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %174 = stablehlo.convert %arg45 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %175 = stablehlo.dot_general %165, %174, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %176 = stablehlo.reshape %175 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %177 = stablehlo.constant dense<4> : tensor<i32>
    %178 = stablehlo.constant dense<0> : tensor<i32>
    %179 = stablehlo.constant dense<0> : tensor<i32>
    %180 = stablehlo.reshape %173 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %181 = stablehlo.dynamic_update_slice %142, %180, %177, %179, %arg1, %178, %178 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %182 = stablehlo.reshape %176 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %183 = stablehlo.dynamic_update_slice %144, %182, %177, %179, %arg1, %178, %178 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %184 = stablehlo.slice %181 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %185 = stablehlo.reshape %184 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %186 = stablehlo.slice %183 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %187 = stablehlo.reshape %186 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %188 = stablehlo.composite "mlxla.attention" %169, %185, %187, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %189 = stablehlo.reshape %188 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %190 = stablehlo.convert %arg46 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %191 = stablehlo.dot_general %189, %190, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %192 = stablehlo.add %164, %191 : tensor<8x64xf32>
    %193 = stablehlo.composite "mlxla.rms_norm" %192, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %194 = stablehlo.convert %arg48 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %195 = stablehlo.dot_general %193, %194, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %196 = stablehlo.logistic %195 : tensor<8x172xf32>
    %197 = stablehlo.multiply %195, %196 : tensor<8x172xf32>
    %198 = stablehlo.convert %arg49 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %199 = stablehlo.dot_general %193, %198, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %200 = stablehlo.multiply %197, %199 : tensor<8x172xf32>
    %201 = stablehlo.convert %arg50 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %202 = stablehlo.dot_general %200, %201, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %203 = stablehlo.add %192, %202 : tensor<8x64xf32>
    %204 = stablehlo.constant dense<0> : tensor<i32>
    %205 = stablehlo.dynamic_slice %203, %4, %204, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %206 = stablehlo.composite "mlxla.rms_norm" %205, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %207 = stablehlo.convert %arg5 : (tensor<512x64xf16>) -> tensor<512x64xf32>
    %208 = stablehlo.dot_general %206, %207, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<512x64xf32>) -> tensor<1x512xf32>
    %209 = stablehlo.composite "mlxla.argmax" %208 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %209, %181, %183 : tensor<1xi32>, tensor<5x1x64x4x8xf32>, tensor<5x1x64x4x8xf32>
  }
  func.func private @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f(%arg0: tensor<8x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64xf32> {mlxla.name = "arg1"}) -> (tensor<8x64xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<8x64xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<8x64xf32>, tensor<f32>) -> tensor<8xf32>
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
    %0 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<8xf32>) -> tensor<8x4xf32>
    %2 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<4xf32>) -> tensor<8x4xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<8x4xf32>
    %5 = stablehlo.cosine %4 : tensor<8x4xf32>
    %6 = stablehlo.sine %4 : tensor<8x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x8x8xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:8, 0:4] : (tensor<8x8x8xf32>) -> tensor<8x8x4xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:8, 4:8] : (tensor<8x8x8xf32>) -> tensor<8x8x4xf32>
    %13 = stablehlo.negate %12 : tensor<8x8x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x8x4xf32>, tensor<8x8x4xf32>) -> tensor<8x8x8xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<8x8x8xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<8x8x8xf32>
    %17 = stablehlo.add %15, %16 : tensor<8x8x8xf32>
    return %17 : tensor<8x8x8xf32>
  }
  func.func private @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74(%arg0: tensor<8x4x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<8xi32> {mlxla.name = "arg1"}) -> (tensor<8x4x8xf32>) {
    %0 = stablehlo.convert %arg1 : (tensor<8xi32>) -> tensor<8xf32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [0] : (tensor<8xf32>) -> tensor<8x4xf32>
    %2 = stablehlo.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [1] : (tensor<4xf32>) -> tensor<8x4xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<8x4xf32>
    %5 = stablehlo.cosine %4 : tensor<8x4xf32>
    %6 = stablehlo.sine %4 : tensor<8x4xf32>
    %7 = stablehlo.concatenate %5, %5, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %8 = stablehlo.concatenate %6, %6, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 2] : (tensor<8x8xf32>) -> tensor<8x4x8xf32>
    %11 = stablehlo.slice %arg0 [0:8, 0:4, 0:4] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %12 = stablehlo.slice %arg0 [0:8, 0:4, 4:8] : (tensor<8x4x8xf32>) -> tensor<8x4x4xf32>
    %13 = stablehlo.negate %12 : tensor<8x4x4xf32>
    %14 = stablehlo.concatenate %13, %11, dim = 2 : (tensor<8x4x4xf32>, tensor<8x4x4xf32>) -> tensor<8x4x8xf32>
    %15 = stablehlo.multiply %arg0, %9 : tensor<8x4x8xf32>
    %16 = stablehlo.multiply %14, %10 : tensor<8x4x8xf32>
    %17 = stablehlo.add %15, %16 : tensor<8x4x8xf32>
    return %17 : tensor<8x4x8xf32>
  }
  func.func private @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626(%arg0: tensor<8x8x8xf32> {mlxla.name = "arg0"}, %arg1: tensor<64x4x8xf32> {mlxla.name = "arg1"}, %arg2: tensor<64x4x8xf32> {mlxla.name = "arg2"}, %arg3: tensor<8xi32> {mlxla.name = "arg3"}, %arg4: tensor<i32> {mlxla.name = "arg4"}) -> (tensor<8x8x8xf32>) {
    %0 = stablehlo.reshape %arg0 : (tensor<8x8x8xf32>) -> tensor<8x4x2x8xf32>
    %1 = stablehlo.dot_general %0, %arg1, batching_dims = [1] x [1], contracting_dims = [3] x [2] : (tensor<8x4x2x8xf32>, tensor<64x4x8xf32>) -> tensor<4x8x2x64xf32>
    %2 = stablehlo.constant dense<0.35355338> : tensor<4x8x2x64xf32>
    %3 = stablehlo.multiply %1, %2 : tensor<4x8x2x64xf32>
    %4 = stablehlo.constant dense<1> : tensor<8xi32>
    %5 = stablehlo.add %arg3, %4 : tensor<8xi32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %7 = stablehlo.minimum %5, %6 : tensor<8xi32>
    %8 = stablehlo.iota dim = 3 : tensor<4x8x2x64xi32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [1] : (tensor<8xi32>) -> tensor<4x8x2x64xi32>
    %10 = stablehlo.compare LT, %8, %9 : (tensor<4x8x2x64xi32>, tensor<4x8x2x64xi32>) -> tensor<4x8x2x64xi1>
    %11 = stablehlo.constant dense<-3.4028235e+38> : tensor<4x8x2x64xf32>
    %12 = stablehlo.select %10, %3, %11 : tensor<4x8x2x64xi1>, tensor<4x8x2x64xf32>
    %13 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %14 = stablehlo.reduce(%12 init: %13) applies stablehlo.maximum across dimensions = [3] : (tensor<4x8x2x64xf32>, tensor<f32>) -> tensor<4x8x2xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1, 2] : (tensor<4x8x2xf32>) -> tensor<4x8x2x64xf32>
    %16 = stablehlo.subtract %12, %15 : tensor<4x8x2x64xf32>
    %17 = stablehlo.exponential %16 : tensor<4x8x2x64xf32>
    %18 = stablehlo.constant dense<0.0> : tensor<f32>
    %19 = stablehlo.reduce(%17 init: %18) applies stablehlo.add across dimensions = [3] : (tensor<4x8x2x64xf32>, tensor<f32>) -> tensor<4x8x2xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<4x8x2xf32>) -> tensor<4x8x2x64xf32>
    %21 = stablehlo.divide %17, %20 : tensor<4x8x2x64xf32>
    %22 = stablehlo.dot_general %21, %arg2, batching_dims = [0] x [1], contracting_dims = [3] x [0] : (tensor<4x8x2x64xf32>, tensor<64x4x8xf32>) -> tensor<4x8x2x8xf32>
    %23 = stablehlo.transpose %22, dims = [1, 0, 2, 3] : (tensor<4x8x2x8xf32>) -> tensor<8x4x2x8xf32>
    %24 = stablehlo.reshape %23 : (tensor<8x4x2x8xf32>) -> tensor<8x8x8xf32>
    return %24 : tensor<8x8x8xf32>
  }
  func.func private @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f(%arg0: tensor<1x64xf32> {mlxla.name = "arg0"}, %arg1: tensor<64xf32> {mlxla.name = "arg1"}) -> (tensor<1x64xf32>) {
    %0 = stablehlo.multiply %arg0, %arg0 : tensor<1x64xf32>
    %1 = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%0 init: %1) applies stablehlo.add across dimensions = [1] : (tensor<1x64xf32>, tensor<f32>) -> tensor<1xf32>
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
    %4 = stablehlo.iota dim = 1 : tensor<1x512xi32>
    %5 = stablehlo.constant dense<512> : tensor<1x512xi32>
    %6 = stablehlo.select %3, %4, %5 : tensor<1x512xi1>, tensor<1x512xi32>
    %7 = stablehlo.constant dense<512> : tensor<i32>
    %8 = stablehlo.reduce(%6 init: %7) applies stablehlo.minimum across dimensions = [1] : (tensor<1x512xi32>, tensor<i32>) -> tensor<1xi32>
    return %8 : tensor<1xi32>
  }
}
