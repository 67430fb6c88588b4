module @mlxla {
  func.func @main(%arg0: tensor<8xi32> {mlxla.name = "tokens"}, %arg1: tensor<i32> {mlxla.name = "start"}, %arg2: tensor<i32> {mlxla.name = "n_valid"}, %arg3: tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache", tf.aliasing_output = 1 : i32}, %arg4: tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache", tf.aliasing_output = 2 : i32}, %arg5: tensor<512x64xf16> {mlxla.name = "model.embed_tokens.weight"}, %arg6: tensor<64xf32> {mlxla.name = "model.layers.0.input_layernorm.weight"}, %arg7: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.q_proj.weight"}, %arg8: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.k_proj.weight"}, %arg9: tensor<32x64xf16> {mlxla.name = "model.layers.0.self_attn.v_proj.weight"}, %arg10: tensor<64x64xf16> {mlxla.name = "model.layers.0.self_attn.o_proj.weight"}, %arg11: tensor<64xf32> {mlxla.name = "model.layers.0.post_attention_layernorm.weight"}, %arg12: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.gate_proj.weight"}, %arg13: tensor<172x64xf16> {mlxla.name = "model.layers.0.mlp.up_proj.weight"}, %arg14: tensor<64x172xf16> {mlxla.name = "model.layers.0.mlp.down_proj.weight"}, %arg15: tensor<64xf32> {mlxla.name = "model.layers.1.input_layernorm.weight"}, %arg16: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.q_proj.weight"}, %arg17: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.k_proj.weight"}, %arg18: tensor<32x64xf16> {mlxla.name = "model.layers.1.self_attn.v_proj.weight"}, %arg19: tensor<64x64xf16> {mlxla.name = "model.layers.1.self_attn.o_proj.weight"}, %arg20: tensor<64xf32> {mlxla.name = "model.layers.1.post_attention_layernorm.weight"}, %arg21: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.gate_proj.weight"}, %arg22: tensor<172x64xf16> {mlxla.name = "model.layers.1.mlp.up_proj.weight"}, %arg23: tensor<64x172xf16> {mlxla.name = "model.layers.1.mlp.down_proj.weight"}, %arg24: tensor<64xf32> {mlxla.name = "model.layers.2.input_layernorm.weight"}, %arg25: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.q_proj.weight"}, %arg26: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.k_proj.weight"}, %arg27: tensor<32x64xf16> {mlxla.name = "model.layers.2.self_attn.v_proj.weight"}, %arg28: tensor<64x64xf16> {mlxla.name = "model.layers.2.self_attn.o_proj.weight"}, %arg29: tensor<64xf32> {mlxla.name = "model.layers.2.post_attention_layernorm.weight"}, %arg30: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.gate_proj.weight"}, %arg31: tensor<172x64xf16> {mlxla.name = "model.layers.2.mlp.up_proj.weight"}, %arg32: tensor<64x172xf16> {mlxla.name = "model.layers.2.mlp.down_proj.weight"}, %arg33: tensor<64xf32> {mlxla.name = "model.layers.3.input_layernorm.weight"}, %arg34: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.q_proj.weight"}, %arg35: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.k_proj.weight"}, %arg36: tensor<32x64xf16> {mlxla.name = "model.layers.3.self_attn.v_proj.weight"}, %arg37: tensor<64x64xf16> {mlxla.name = "model.layers.3.self_attn.o_proj.weight"}, %arg38: tensor<64xf32> {mlxla.name = "model.layers.3.post_attention_layernorm.weight"}, %arg39: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.gate_proj.weight"}, %arg40: tensor<172x64xf16> {mlxla.name = "model.layers.3.mlp.up_proj.weight"}, %arg41: tensor<64x172xf16> {mlxla.name = "model.layers.3.mlp.down_proj.weight"}, %arg42: tensor<64xf32> {mlxla.name = "model.layers.4.input_layernorm.weight"}, %arg43: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.q_proj.weight"}, %arg44: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.k_proj.weight"}, %arg45: tensor<32x64xf16> {mlxla.name = "model.layers.4.self_attn.v_proj.weight"}, %arg46: tensor<64x64xf16> {mlxla.name = "model.layers.4.self_attn.o_proj.weight"}, %arg47: tensor<64xf32> {mlxla.name = "model.layers.4.post_attention_layernorm.weight"}, %arg48: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.gate_proj.weight"}, %arg49: tensor<172x64xf16> {mlxla.name = "model.layers.4.mlp.up_proj.weight"}, %arg50: tensor<64x172xf16> {mlxla.name = "model.layers.4.mlp.down_proj.weight"}, %arg51: tensor<64xf32> {mlxla.name = "model.norm.weight"}) -> (tensor<1xi32> {mlxla.name = "next_tokens"}, tensor<5x1x64x4x8xf16> {mlxla.name = "k_cache"}, tensor<5x1x64x4x8xf16> {mlxla.name = "v_cache"}) {
    %0 = stablehlo.iota dim = 0 : tensor<8xi32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %2 = stablehlo.add %1, %0 : tensor<8xi32>
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
    %21 = stablehlo.convert %17 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %22 = stablehlo.convert %20 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %23 = stablehlo.constant dense<0> : tensor<i32>
    %24 = stablehlo.constant dense<0> : tensor<i32>
    %25 = stablehlo.constant dense<0> : tensor<i32>
    %26 = stablehlo.reshape %21 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %27 = stablehlo.dynamic_update_slice %arg3, %26, %23, %25, %arg1, %24, %24 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %28 = stablehlo.reshape %22 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %29 = stablehlo.dynamic_update_slice %arg4, %28, %23, %25, %arg1, %24, %24 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %30 = stablehlo.slice %29 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %31 = stablehlo.reshape %30 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %32 = stablehlo.slice %27 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %33 = stablehlo.reshape %32 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %34 = stablehlo.composite "mlxla.attention" %13, %33, %31, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %35 = stablehlo.reshape %34 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %36 = stablehlo.convert %arg10 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %37 = stablehlo.dot_general %35, %36, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %38 = stablehlo.add %8, %37 : tensor<8x64xf32>
    %39 = stablehlo.composite "mlxla.rms_norm" %38, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %40 = stablehlo.convert %arg12 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %41 = stablehlo.dot_general %39, %40, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %42 = stablehlo.convert %arg13 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %43 = stablehlo.dot_general %39, %42, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %44 = stablehlo.logistic %41 : tensor<8x172xf32>
    %45 = stablehlo.multiply %41, %44 : tensor<8x172xf32>
    %46 = stablehlo.multiply %45, %43 : tensor<8x172xf32>
    %47 = stablehlo.convert %arg14 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %48 = stablehlo.dot_general %46, %47, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %49 = stablehlo.add %38, %48 : tensor<8x64xf32>
    %50 = stablehlo.composite "mlxla.rms_norm" %49, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %51 = stablehlo.convert %arg16 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %52 = stablehlo.dot_general %50, %51, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %53 = stablehlo.reshape %52 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %54 = stablehlo.composite "mlxla.rope" %53, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %55 = stablehlo.convert %arg17 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %56 = stablehlo.dot_general %50, %55, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %57 = stablehlo.reshape %56 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %58 = stablehlo.composite "mlxla.rope" %57, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %59 = stablehlo.convert %arg18 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %60 = stablehlo.dot_general %50, %59, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %61 = stablehlo.reshape %60 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %62 = stablehlo.convert %58 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %63 = stablehlo.convert %61 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %64 = stablehlo.constant dense<1> : tensor<i32>
    %65 = stablehlo.constant dense<0> : tensor<i32>
    %66 = stablehlo.constant dense<0> : tensor<i32>
    %67 = stablehlo.reshape %62 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %68 = stablehlo.dynamic_update_slice %27, %67, %64, %66, %arg1, %65, %65 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %69 = stablehlo.reshape %63 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %70 = stablehlo.dynamic_update_slice %29, %69, %64, %66, %arg1, %65, %65 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %71 = stablehlo.slice %70 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %72 = stablehlo.reshape %71 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %73 = stablehlo.slice %68 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %74 = stablehlo.reshape %73 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %75 = stablehlo.composite "mlxla.attention" %54, %74, %72, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %76 = stablehlo.reshape %75 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %77 = stablehlo.convert %arg19 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %78 = stablehlo.dot_general %76, %77, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %79 = stablehlo.add %49, %78 : tensor<8x64xf32>
    %80 = stablehlo.composite "mlxla.rms_norm" %79, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %81 = stablehlo.convert %arg21 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %82 = stablehlo.dot_general %80, %81, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %83 = stablehlo.convert %arg22 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %84 = stablehlo.dot_general %80, %83, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %85 = stablehlo.logistic %82 : tensor<8x172xf32>
    %86 = stablehlo.multiply %82, %85 : tensor<8x172xf32>
    %87 = stablehlo.multiply %86, %84 : tensor<8x172xf32>
    %88 = stablehlo.convert %arg23 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %89 = stablehlo.dot_general %87, %88, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %90 = stablehlo.add %79, %89 : tensor<8x64xf32>
    %91 = stablehlo.composite "mlxla.rms_norm" %90, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %92 = stablehlo.convert %arg25 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %93 = stablehlo.dot_general %91, %92, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %94 = stablehlo.reshape %93 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %95 = stablehlo.composite "mlxla.rope" %94, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %96 = stablehlo.convert %arg26 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %97 = stablehlo.dot_general %91, %96, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %98 = stablehlo.reshape %97 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %99 = stablehlo.composite "mlxla.rope" %98, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %100 = stablehlo.convert %arg27 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %101 = stablehlo.dot_general %91, %100, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %102 = stablehlo.reshape %101 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %103 = stablehlo.convert %99 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %104 = stablehlo.convert %102 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %105 = stablehlo.constant dense<2> : tensor<i32>
    %106 = stablehlo.constant dense<0> : tensor<i32>
    %107 = stablehlo.constant dense<0> : tensor<i32>
    %108 = stablehlo.reshape %103 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %109 = stablehlo.dynamic_update_slice %68, %108, %105, %107, %arg1, %106, %106 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %110 = stablehlo.reshape %104 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %111 = stablehlo.dynamic_update_slice %70, %110, %105, %107, %arg1, %106, %106 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %112 = stablehlo.slice %111 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %113 = stablehlo.reshape %112 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %114 = stablehlo.slice %109 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %115 = stablehlo.reshape %114 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %116 = stablehlo.composite "mlxla.attention" %95, %115, %113, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %117 = stablehlo.reshape %116 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %118 = stablehlo.convert %arg28 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %119 = stablehlo.dot_general %117, %118, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %120 = stablehlo.add %90, %119 : tensor<8x64xf32>
    %121 = stablehlo.composite "mlxla.rms_norm" %120, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %122 = stablehlo.convert %arg30 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %123 = stablehlo.dot_general %121, %122, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %124 = stablehlo.convert %arg31 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %125 = stablehlo.dot_general %121, %124, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %126 = stablehlo.logistic %123 : tensor<8x172xf32>
    %127 = stablehlo.multiply %123, %126 : tensor<8x172xf32>
    %128 = stablehlo.multiply %127, %125 : tensor<8x172xf32>
    %129 = stablehlo.convert %arg32 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %130 = stablehlo.dot_general %128, %129, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %131 = stablehlo.add %120, %130 : tensor<8x64xf32>
    %132 = stablehlo.composite "mlxla.rms_norm" %131, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %133 = stablehlo.convert %arg34 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %134 = stablehlo.dot_general %132, %133, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %135 = stablehlo.reshape %134 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %136 = stablehlo.composite "mlxla.rope" %135, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %137 = stablehlo.convert %arg35 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %138 = stablehlo.dot_general %132, %137, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %139 = stablehlo.reshape %138 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %140 = stablehlo.composite "mlxla.rope" %139, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %141 = stablehlo.convert %arg36 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %142 = stablehlo.dot_general %132, %141, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %143 = stablehlo.reshape %142 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %144 = stablehlo.convert %140 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %145 = stablehlo.convert %143 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %146 = stablehlo.constant dense<3> : tensor<i32>
    %147 = stablehlo.constant dense<0> : tensor<i32>
    %148 = stablehlo.constant dense<0> : tensor<i32>
    %149 = stablehlo.reshape %144 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %150 = stablehlo.dynamic_update_slice %109, %149, %146, %148, %arg1, %147, %147 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %151 = stablehlo.reshape %145 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %152 = stablehlo.dynamic_update_slice %111, %151, %146, %148, %arg1, %147, %147 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %153 = stablehlo.slice %152 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %154 = stablehlo.reshape %153 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %155 = stablehlo.slice %150 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %156 = stablehlo.reshape %155 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %157 = stablehlo.composite "mlxla.attention" %136, %156, %154, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %158 = stablehlo.reshape %157 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %159 = stablehlo.convert %arg37 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %160 = stablehlo.dot_general %158, %159, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %161 = stablehlo.add %131, %160 : tensor<8x64xf32>
    %162 = stablehlo.composite "mlxla.rms_norm" %161, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %163 = stablehlo.convert %arg39 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %164 = stablehlo.dot_general %162, %163, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %165 = stablehlo.convert %arg40 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %166 = stablehlo.dot_general %162, %165, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %167 = stablehlo.logistic %164 : tensor<8x172xf32>
    %168 = stablehlo.multiply %164, %167 : tensor<8x172xf32>
    %169 = stablehlo.multiply %168, %166 : tensor<8x172xf32>
    %170 = stablehlo.convert %arg41 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %171 = stablehlo.dot_general %169, %170, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %172 = stablehlo.add %161, %171 : tensor<8x64xf32>
    %173 = stablehlo.composite "mlxla.rms_norm" %172, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %174 = stablehlo.convert %arg43 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %175 = stablehlo.dot_general %173, %174, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %176 = stablehlo.reshape %175 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %177 = stablehlo.composite "mlxla.rope" %176, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %178 = stablehlo.convert %arg44 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %179 = stablehlo.dot_general %173, %178, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %180 = stablehlo.reshape %179 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %181 = stablehlo.composite "mlxla.rope" %180, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %182 = stablehlo.convert %arg45 : (tensor<32x64xf16>) -> tensor<32x64xf32>
    %183 = stablehlo.dot_general %173, %182, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<32x64xf32>) -> tensor<8x32xf32>
    %184 = stablehlo.reshape %183 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %185 = stablehlo.convert %181 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %186 = stablehlo.convert %184 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %187 = stablehlo.constant dense<4> : tensor<i32>
    %188 = stablehlo.constant dense<0> : tensor<i32>
    %189 = stablehlo.constant dense<0> : tensor<i32>
    %190 = stablehlo.reshape %185 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %191 = stablehlo.dynamic_update_slice %150, %190, %187, %189, %arg1, %188, %188 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %192 = stablehlo.reshape %186 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %193 = stablehlo.dynamic_update_slice %152, %192, %187, %189, %arg1, %188, %188 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %194 = stablehlo.slice %193 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %195 = stablehlo.reshape %194 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %196 = stablehlo.slice %191 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %197 = stablehlo.reshape %196 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %198 = stablehlo.composite "mlxla.attention" %177, %197, %195, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %199 = stablehlo.reshape %198 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %200 = stablehlo.convert %arg46 : (tensor<64x64xf16>) -> tensor<64x64xf32>
    %201 = stablehlo.dot_general %199, %200, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<64x64xf32>) -> tensor<8x64xf32>
    %202 = stablehlo.add %172, %201 : tensor<8x64xf32>
    %203 = stablehlo.composite "mlxla.rms_norm" %202, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %204 = stablehlo.convert %arg48 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %205 = stablehlo.dot_general %203, %204, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %206 = stablehlo.convert %arg49 : (tensor<172x64xf16>) -> tensor<172x64xf32>
    %207 = stablehlo.dot_general %203, %206, contracting_dims = [1] x [1] : (tensor<8x64xf32>, tensor<172x64xf32>) -> tensor<8x172xf32>
    %208 = stablehlo.logistic %205 : tensor<8x172xf32>
    %209 = stablehlo.multiply %205, %208 : tensor<8x172xf32>
    %210 = stablehlo.multiply %209, %207 : tensor<8x172xf32>
    %211 = stablehlo.convert %arg50 : (tensor<64x172xf16>) -> tensor<64x172xf32>
    %212 = stablehlo.dot_general %210, %211, contracting_dims = [1] x [1] : (tensor<8x172xf32>, tensor<64x172xf32>) -> tensor<8x64xf32>
    %213 = stablehlo.add %202, %212 : tensor<8x64xf32>
    %214 = stablehlo.constant dense<0> : tensor<i32>
    %215 = stablehlo.dynamic_slice %213, %4, %214, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %216 = stablehlo.composite "mlxla.rms_norm" %215, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %217 = stablehlo.convert %arg5 : (tensor<512x64xf16>) -> tensor<512x64xf32>
    %218 = stablehlo.dot_general %216, %217, contracting_dims = [1] x [1] : (tensor<1x64xf32>, tensor<512x64xf32>) -> tensor<1x512xf32>
    %219 = stablehlo.composite "mlxla.argmax" %218 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %219, %191, %193 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
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
