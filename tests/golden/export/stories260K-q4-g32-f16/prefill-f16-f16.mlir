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
    %9 = stablehlo.convert %8 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %10 = stablehlo.convert %9 : (tensor<8x64xf16>) -> tensor<8x64xf32>
    %11 = stablehlo.composite "mlxla.rms_norm" %10, %arg6 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %12 = stablehlo.convert %11 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %13 = stablehlo.dot_general %12, %arg7, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %14 = stablehlo.reshape %13 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %15 = stablehlo.composite "mlxla.rope" %14, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %16 = stablehlo.convert %11 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %17 = stablehlo.dot_general %16, %arg8, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %18 = stablehlo.reshape %17 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %19 = stablehlo.composite "mlxla.rope" %18, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %20 = stablehlo.convert %11 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %21 = stablehlo.dot_general %20, %arg9, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %22 = stablehlo.reshape %21 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %23 = stablehlo.constant dense<0> : tensor<i32>
    %24 = stablehlo.constant dense<0> : tensor<i32>
    %25 = stablehlo.constant dense<0> : tensor<i32>
    %26 = stablehlo.reshape %19 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %27 = stablehlo.dynamic_update_slice %arg3, %26, %23, %25, %arg1, %24, %24 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %28 = stablehlo.reshape %22 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %29 = stablehlo.dynamic_update_slice %arg4, %28, %23, %25, %arg1, %24, %24 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %30 = stablehlo.slice %27 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %31 = stablehlo.reshape %30 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %32 = stablehlo.slice %29 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %33 = stablehlo.reshape %32 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %34 = stablehlo.composite "mlxla.attention" %15, %31, %33, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %35 = stablehlo.reshape %34 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %36 = stablehlo.convert %35 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %37 = stablehlo.dot_general %36, %arg10, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %38 = stablehlo.add %10, %37 : tensor<8x64xf32>
    %39 = stablehlo.composite "mlxla.rms_norm" %38, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %40 = stablehlo.convert %39 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %41 = stablehlo.dot_general %40, %arg12, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %42 = stablehlo.logistic %41 : tensor<8x172xf32>
    %43 = stablehlo.multiply %41, %42 : tensor<8x172xf32>
    %44 = stablehlo.convert %39 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %45 = stablehlo.dot_general %44, %arg13, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %46 = stablehlo.multiply %43, %45 : tensor<8x172xf32>
    %47 = stablehlo.convert %46 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %48 = stablehlo.dot_general %47, %arg14, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %49 = stablehlo.add %38, %48 : tensor<8x64xf32>
    %50 = stablehlo.composite "mlxla.rms_norm" %49, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %51 = stablehlo.convert %50 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %52 = stablehlo.dot_general %51, %arg16, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %53 = stablehlo.reshape %52 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %54 = stablehlo.composite "mlxla.rope" %53, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %55 = stablehlo.convert %50 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %56 = stablehlo.dot_general %55, %arg17, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %57 = stablehlo.reshape %56 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %58 = stablehlo.composite "mlxla.rope" %57, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %59 = stablehlo.convert %50 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %60 = stablehlo.dot_general %59, %arg18, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %61 = stablehlo.reshape %60 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %62 = stablehlo.constant dense<1> : tensor<i32>
    %63 = stablehlo.constant dense<0> : tensor<i32>
    %64 = stablehlo.constant dense<0> : tensor<i32>
    %65 = stablehlo.reshape %58 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %66 = stablehlo.dynamic_update_slice %27, %65, %62, %64, %arg1, %63, %63 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %67 = stablehlo.reshape %61 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %68 = stablehlo.dynamic_update_slice %29, %67, %62, %64, %arg1, %63, %63 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %69 = stablehlo.slice %66 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %70 = stablehlo.reshape %69 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %71 = stablehlo.slice %68 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %72 = stablehlo.reshape %71 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %73 = stablehlo.composite "mlxla.attention" %54, %70, %72, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %74 = stablehlo.reshape %73 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %75 = stablehlo.convert %74 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %76 = stablehlo.dot_general %75, %arg19, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %77 = stablehlo.add %49, %76 : tensor<8x64xf32>
    %78 = stablehlo.composite "mlxla.rms_norm" %77, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %79 = stablehlo.convert %78 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %80 = stablehlo.dot_general %79, %arg21, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %81 = stablehlo.logistic %80 : tensor<8x172xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<8x172xf32>
    %83 = stablehlo.convert %78 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %84 = stablehlo.dot_general %83, %arg22, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %85 = stablehlo.multiply %82, %84 : tensor<8x172xf32>
    %86 = stablehlo.convert %85 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %87 = stablehlo.dot_general %86, %arg23, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %88 = stablehlo.add %77, %87 : tensor<8x64xf32>
    %89 = stablehlo.composite "mlxla.rms_norm" %88, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %90 = stablehlo.convert %89 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %91 = stablehlo.dot_general %90, %arg25, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %92 = stablehlo.reshape %91 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %93 = stablehlo.composite "mlxla.rope" %92, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %94 = stablehlo.convert %89 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %95 = stablehlo.dot_general %94, %arg26, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %96 = stablehlo.reshape %95 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %97 = stablehlo.composite "mlxla.rope" %96, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %98 = stablehlo.convert %89 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %99 = stablehlo.dot_general %98, %arg27, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %100 = stablehlo.reshape %99 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %101 = stablehlo.constant dense<2> : tensor<i32>
    %102 = stablehlo.constant dense<0> : tensor<i32>
    %103 = stablehlo.constant dense<0> : tensor<i32>
    %104 = stablehlo.reshape %97 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %105 = stablehlo.dynamic_update_slice %66, %104, %101, %103, %arg1, %102, %102 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %106 = stablehlo.reshape %100 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %107 = stablehlo.dynamic_update_slice %68, %106, %101, %103, %arg1, %102, %102 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %108 = stablehlo.slice %105 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %109 = stablehlo.reshape %108 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %110 = stablehlo.slice %107 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %111 = stablehlo.reshape %110 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %112 = stablehlo.composite "mlxla.attention" %93, %109, %111, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %113 = stablehlo.reshape %112 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %114 = stablehlo.convert %113 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %115 = stablehlo.dot_general %114, %arg28, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %116 = stablehlo.add %88, %115 : tensor<8x64xf32>
    %117 = stablehlo.composite "mlxla.rms_norm" %116, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %118 = stablehlo.convert %117 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %119 = stablehlo.dot_general %118, %arg30, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %120 = stablehlo.logistic %119 : tensor<8x172xf32>
    %121 = stablehlo.multiply %119, %120 : tensor<8x172xf32>
    %122 = stablehlo.convert %117 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %123 = stablehlo.dot_general %122, %arg31, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %124 = stablehlo.multiply %121, %123 : tensor<8x172xf32>
    %125 = stablehlo.convert %124 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %126 = stablehlo.dot_general %125, %arg32, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %127 = stablehlo.add %116, %126 : tensor<8x64xf32>
    %128 = stablehlo.composite "mlxla.rms_norm" %127, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %129 = stablehlo.convert %128 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %130 = stablehlo.dot_general %129, %arg34, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %131 = stablehlo.reshape %130 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %132 = stablehlo.composite "mlxla.rope" %131, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %133 = stablehlo.convert %128 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %134 = stablehlo.dot_general %133, %arg35, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %135 = stablehlo.reshape %134 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %136 = stablehlo.composite "mlxla.rope" %135, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %137 = stablehlo.convert %128 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %138 = stablehlo.dot_general %137, %arg36, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %139 = stablehlo.reshape %138 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %140 = stablehlo.constant dense<3> : tensor<i32>
    %141 = stablehlo.constant dense<0> : tensor<i32>
    %142 = stablehlo.constant dense<0> : tensor<i32>
    %143 = stablehlo.reshape %136 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %144 = stablehlo.dynamic_update_slice %105, %143, %140, %142, %arg1, %141, %141 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %145 = stablehlo.reshape %139 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %146 = stablehlo.dynamic_update_slice %107, %145, %140, %142, %arg1, %141, %141 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %147 = stablehlo.slice %144 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %148 = stablehlo.reshape %147 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %149 = stablehlo.slice %146 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %150 = stablehlo.reshape %149 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %151 = stablehlo.composite "mlxla.attention" %132, %148, %150, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %152 = stablehlo.reshape %151 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %153 = stablehlo.convert %152 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %154 = stablehlo.dot_general %153, %arg37, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %155 = stablehlo.add %127, %154 : tensor<8x64xf32>
    %156 = stablehlo.composite "mlxla.rms_norm" %155, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %157 = stablehlo.convert %156 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %158 = stablehlo.dot_general %157, %arg39, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %159 = stablehlo.logistic %158 : tensor<8x172xf32>
    %160 = stablehlo.multiply %158, %159 : tensor<8x172xf32>
    %161 = stablehlo.convert %156 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %162 = stablehlo.dot_general %161, %arg40, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %163 = stablehlo.multiply %160, %162 : tensor<8x172xf32>
    %164 = stablehlo.convert %163 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %165 = stablehlo.dot_general %164, %arg41, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %166 = stablehlo.add %155, %165 : tensor<8x64xf32>
    %167 = stablehlo.composite "mlxla.rms_norm" %166, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %168 = stablehlo.convert %167 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %169 = stablehlo.dot_general %168, %arg43, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %170 = stablehlo.reshape %169 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %171 = stablehlo.composite "mlxla.rope" %170, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %172 = stablehlo.convert %167 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %173 = stablehlo.dot_general %172, %arg44, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %174 = stablehlo.reshape %173 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %175 = stablehlo.composite "mlxla.rope" %174, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %176 = stablehlo.convert %167 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %177 = stablehlo.dot_general %176, %arg45, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %178 = stablehlo.reshape %177 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %179 = stablehlo.constant dense<4> : tensor<i32>
    %180 = stablehlo.constant dense<0> : tensor<i32>
    %181 = stablehlo.constant dense<0> : tensor<i32>
    %182 = stablehlo.reshape %175 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %183 = stablehlo.dynamic_update_slice %144, %182, %179, %181, %arg1, %180, %180 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %184 = stablehlo.reshape %178 : (tensor<8x4x8xf32>) -> tensor<1x1x8x4x8xf32>
    %185 = stablehlo.dynamic_update_slice %146, %184, %179, %181, %arg1, %180, %180 : (tensor<5x1x64x4x8xf32>, tensor<1x1x8x4x8xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf32>
    %186 = stablehlo.slice %183 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %187 = stablehlo.reshape %186 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %188 = stablehlo.slice %185 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf32>) -> tensor<1x1x64x4x8xf32>
    %189 = stablehlo.reshape %188 : (tensor<1x1x64x4x8xf32>) -> tensor<64x4x8xf32>
    %190 = stablehlo.composite "mlxla.attention" %171, %187, %189, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf32_64x4x8xf32_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf32>, tensor<64x4x8xf32>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %191 = stablehlo.reshape %190 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %192 = stablehlo.convert %191 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %193 = stablehlo.dot_general %192, %arg46, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %194 = stablehlo.add %166, %193 : tensor<8x64xf32>
    %195 = stablehlo.composite "mlxla.rms_norm" %194, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %196 = stablehlo.convert %195 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %197 = stablehlo.dot_general %196, %arg48, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %198 = stablehlo.logistic %197 : tensor<8x172xf32>
    %199 = stablehlo.multiply %197, %198 : tensor<8x172xf32>
    %200 = stablehlo.convert %195 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %201 = stablehlo.dot_general %200, %arg49, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %202 = stablehlo.multiply %199, %201 : tensor<8x172xf32>
    %203 = stablehlo.convert %202 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %204 = stablehlo.dot_general %203, %arg50, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %205 = stablehlo.add %194, %204 : tensor<8x64xf32>
    %206 = stablehlo.constant dense<0> : tensor<i32>
    %207 = stablehlo.dynamic_slice %205, %4, %206, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %208 = stablehlo.composite "mlxla.rms_norm" %207, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %209 = stablehlo.convert %208 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %210 = stablehlo.dot_general %209, %arg5, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<512x64xf16>) -> tensor<1x512xf32>
    %211 = stablehlo.composite "mlxla.argmax" %210 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %211, %183, %185 : tensor<1xi32>, tensor<5x1x64x4x8xf32>, tensor<5x1x64x4x8xf32>
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
