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
    %23 = stablehlo.convert %19 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %24 = stablehlo.convert %22 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %25 = stablehlo.constant dense<0> : tensor<i32>
    %26 = stablehlo.constant dense<0> : tensor<i32>
    %27 = stablehlo.constant dense<0> : tensor<i32>
    %28 = stablehlo.reshape %23 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %29 = stablehlo.dynamic_update_slice %arg3, %28, %25, %27, %arg1, %26, %26 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %30 = stablehlo.reshape %24 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %31 = stablehlo.dynamic_update_slice %arg4, %30, %25, %27, %arg1, %26, %26 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %32 = stablehlo.slice %31 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %33 = stablehlo.reshape %32 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %34 = stablehlo.slice %29 [0:1, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %35 = stablehlo.reshape %34 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %36 = stablehlo.composite "mlxla.attention" %15, %35, %33, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %37 = stablehlo.reshape %36 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %38 = stablehlo.convert %37 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %39 = stablehlo.dot_general %38, %arg10, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %40 = stablehlo.add %10, %39 : tensor<8x64xf32>
    %41 = stablehlo.composite "mlxla.rms_norm" %40, %arg11 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %42 = stablehlo.convert %41 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %43 = stablehlo.dot_general %42, %arg12, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %44 = stablehlo.convert %41 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %45 = stablehlo.dot_general %44, %arg13, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %46 = stablehlo.logistic %43 : tensor<8x172xf32>
    %47 = stablehlo.multiply %43, %46 : tensor<8x172xf32>
    %48 = stablehlo.multiply %47, %45 : tensor<8x172xf32>
    %49 = stablehlo.convert %48 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %50 = stablehlo.dot_general %49, %arg14, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %51 = stablehlo.add %40, %50 : tensor<8x64xf32>
    %52 = stablehlo.composite "mlxla.rms_norm" %51, %arg15 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %53 = stablehlo.convert %52 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %54 = stablehlo.dot_general %53, %arg16, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %55 = stablehlo.reshape %54 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %56 = stablehlo.composite "mlxla.rope" %55, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %57 = stablehlo.convert %52 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %58 = stablehlo.dot_general %57, %arg17, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %59 = stablehlo.reshape %58 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %60 = stablehlo.composite "mlxla.rope" %59, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %61 = stablehlo.convert %52 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %62 = stablehlo.dot_general %61, %arg18, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %63 = stablehlo.reshape %62 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %64 = stablehlo.convert %60 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %65 = stablehlo.convert %63 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %66 = stablehlo.constant dense<1> : tensor<i32>
    %67 = stablehlo.constant dense<0> : tensor<i32>
    %68 = stablehlo.constant dense<0> : tensor<i32>
    %69 = stablehlo.reshape %64 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %70 = stablehlo.dynamic_update_slice %29, %69, %66, %68, %arg1, %67, %67 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %71 = stablehlo.reshape %65 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %72 = stablehlo.dynamic_update_slice %31, %71, %66, %68, %arg1, %67, %67 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %73 = stablehlo.slice %72 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %74 = stablehlo.reshape %73 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %75 = stablehlo.slice %70 [1:2, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %76 = stablehlo.reshape %75 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %77 = stablehlo.composite "mlxla.attention" %56, %76, %74, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %78 = stablehlo.reshape %77 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %79 = stablehlo.convert %78 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %80 = stablehlo.dot_general %79, %arg19, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %81 = stablehlo.add %51, %80 : tensor<8x64xf32>
    %82 = stablehlo.composite "mlxla.rms_norm" %81, %arg20 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %83 = stablehlo.convert %82 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %84 = stablehlo.dot_general %83, %arg21, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %85 = stablehlo.convert %82 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %86 = stablehlo.dot_general %85, %arg22, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %87 = stablehlo.logistic %84 : tensor<8x172xf32>
    %88 = stablehlo.multiply %84, %87 : tensor<8x172xf32>
    %89 = stablehlo.multiply %88, %86 : tensor<8x172xf32>
    %90 = stablehlo.convert %89 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %91 = stablehlo.dot_general %90, %arg23, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %92 = stablehlo.add %81, %91 : tensor<8x64xf32>
    %93 = stablehlo.composite "mlxla.rms_norm" %92, %arg24 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %94 = stablehlo.convert %93 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %95 = stablehlo.dot_general %94, %arg25, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %96 = stablehlo.reshape %95 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %97 = stablehlo.composite "mlxla.rope" %96, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %98 = stablehlo.convert %93 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %99 = stablehlo.dot_general %98, %arg26, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %100 = stablehlo.reshape %99 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %101 = stablehlo.composite "mlxla.rope" %100, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %102 = stablehlo.convert %93 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %103 = stablehlo.dot_general %102, %arg27, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %104 = stablehlo.reshape %103 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %105 = stablehlo.convert %101 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %106 = stablehlo.convert %104 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %107 = stablehlo.constant dense<2> : tensor<i32>
    %108 = stablehlo.constant dense<0> : tensor<i32>
    %109 = stablehlo.constant dense<0> : tensor<i32>
    %110 = stablehlo.reshape %105 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %111 = stablehlo.dynamic_update_slice %70, %110, %107, %109, %arg1, %108, %108 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %112 = stablehlo.reshape %106 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %113 = stablehlo.dynamic_update_slice %72, %112, %107, %109, %arg1, %108, %108 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %114 = stablehlo.slice %113 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %115 = stablehlo.reshape %114 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %116 = stablehlo.slice %111 [2:3, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %117 = stablehlo.reshape %116 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %118 = stablehlo.composite "mlxla.attention" %97, %117, %115, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %119 = stablehlo.reshape %118 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %120 = stablehlo.convert %119 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %121 = stablehlo.dot_general %120, %arg28, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %122 = stablehlo.add %92, %121 : tensor<8x64xf32>
    %123 = stablehlo.composite "mlxla.rms_norm" %122, %arg29 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %124 = stablehlo.convert %123 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %125 = stablehlo.dot_general %124, %arg30, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %126 = stablehlo.convert %123 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %127 = stablehlo.dot_general %126, %arg31, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %128 = stablehlo.logistic %125 : tensor<8x172xf32>
    %129 = stablehlo.multiply %125, %128 : tensor<8x172xf32>
    %130 = stablehlo.multiply %129, %127 : tensor<8x172xf32>
    %131 = stablehlo.convert %130 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %132 = stablehlo.dot_general %131, %arg32, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %133 = stablehlo.add %122, %132 : tensor<8x64xf32>
    %134 = stablehlo.composite "mlxla.rms_norm" %133, %arg33 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %135 = stablehlo.convert %134 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %136 = stablehlo.dot_general %135, %arg34, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %137 = stablehlo.reshape %136 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %138 = stablehlo.composite "mlxla.rope" %137, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %139 = stablehlo.convert %134 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %140 = stablehlo.dot_general %139, %arg35, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %141 = stablehlo.reshape %140 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %142 = stablehlo.composite "mlxla.rope" %141, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %143 = stablehlo.convert %134 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %144 = stablehlo.dot_general %143, %arg36, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %145 = stablehlo.reshape %144 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %146 = stablehlo.convert %142 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %147 = stablehlo.convert %145 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %148 = stablehlo.constant dense<3> : tensor<i32>
    %149 = stablehlo.constant dense<0> : tensor<i32>
    %150 = stablehlo.constant dense<0> : tensor<i32>
    %151 = stablehlo.reshape %146 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %152 = stablehlo.dynamic_update_slice %111, %151, %148, %150, %arg1, %149, %149 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %153 = stablehlo.reshape %147 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %154 = stablehlo.dynamic_update_slice %113, %153, %148, %150, %arg1, %149, %149 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %155 = stablehlo.slice %154 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %156 = stablehlo.reshape %155 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %157 = stablehlo.slice %152 [3:4, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %158 = stablehlo.reshape %157 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %159 = stablehlo.composite "mlxla.attention" %138, %158, %156, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %160 = stablehlo.reshape %159 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %161 = stablehlo.convert %160 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %162 = stablehlo.dot_general %161, %arg37, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %163 = stablehlo.add %133, %162 : tensor<8x64xf32>
    %164 = stablehlo.composite "mlxla.rms_norm" %163, %arg38 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %165 = stablehlo.convert %164 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %166 = stablehlo.dot_general %165, %arg39, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %167 = stablehlo.convert %164 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %168 = stablehlo.dot_general %167, %arg40, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %169 = stablehlo.logistic %166 : tensor<8x172xf32>
    %170 = stablehlo.multiply %166, %169 : tensor<8x172xf32>
    %171 = stablehlo.multiply %170, %168 : tensor<8x172xf32>
    %172 = stablehlo.convert %171 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %173 = stablehlo.dot_general %172, %arg41, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %174 = stablehlo.add %163, %173 : tensor<8x64xf32>
    %175 = stablehlo.composite "mlxla.rms_norm" %174, %arg42 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %176 = stablehlo.convert %175 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %177 = stablehlo.dot_general %176, %arg43, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %178 = stablehlo.reshape %177 : (tensor<8x64xf32>) -> tensor<8x8x8xf32>
    %179 = stablehlo.composite "mlxla.rope" %178, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x8x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x8x8xf32>, tensor<8xi32>) -> tensor<8x8x8xf32>
    %180 = stablehlo.convert %175 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %181 = stablehlo.dot_general %180, %arg44, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %182 = stablehlo.reshape %181 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %183 = stablehlo.composite "mlxla.rope" %182, %2 {composite_attributes = {scaling = "none", theta = 10000.0 : f64}, decomposition = @mlxla_rope_8x4x8xf32_8xi32_e799d9b71a401c74} : (tensor<8x4x8xf32>, tensor<8xi32>) -> tensor<8x4x8xf32>
    %184 = stablehlo.convert %175 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %185 = stablehlo.dot_general %184, %arg45, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<32x64xf16>) -> tensor<8x32xf32>
    %186 = stablehlo.reshape %185 : (tensor<8x32xf32>) -> tensor<8x4x8xf32>
    %187 = stablehlo.convert %183 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %188 = stablehlo.convert %186 : (tensor<8x4x8xf32>) -> tensor<8x4x8xf16>
    %189 = stablehlo.constant dense<4> : tensor<i32>
    %190 = stablehlo.constant dense<0> : tensor<i32>
    %191 = stablehlo.constant dense<0> : tensor<i32>
    %192 = stablehlo.reshape %187 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %193 = stablehlo.dynamic_update_slice %152, %192, %189, %191, %arg1, %190, %190 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %194 = stablehlo.reshape %188 : (tensor<8x4x8xf16>) -> tensor<1x1x8x4x8xf16>
    %195 = stablehlo.dynamic_update_slice %154, %194, %189, %191, %arg1, %190, %190 : (tensor<5x1x64x4x8xf16>, tensor<1x1x8x4x8xf16>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<5x1x64x4x8xf16>
    %196 = stablehlo.slice %195 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %197 = stablehlo.reshape %196 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %198 = stablehlo.slice %193 [4:5, 0:1, 0:64, 0:4, 0:8] : (tensor<5x1x64x4x8xf16>) -> tensor<1x1x64x4x8xf16>
    %199 = stablehlo.reshape %198 : (tensor<1x1x64x4x8xf16>) -> tensor<64x4x8xf16>
    %200 = stablehlo.composite "mlxla.attention" %179, %199, %197, %2, %5 {composite_attributes = {scale = 0.35355339059327373 : f64}, decomposition = @mlxla_attention_8x8x8xf32_64x4x8xf16_64x4x8xf16_8xi32_i32_363a2fb82e77f626} : (tensor<8x8x8xf32>, tensor<64x4x8xf16>, tensor<64x4x8xf16>, tensor<8xi32>, tensor<i32>) -> tensor<8x8x8xf32>
    %201 = stablehlo.reshape %200 : (tensor<8x8x8xf32>) -> tensor<8x64xf32>
    %202 = stablehlo.convert %201 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %203 = stablehlo.dot_general %202, %arg46, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<64x64xf16>) -> tensor<8x64xf32>
    %204 = stablehlo.add %174, %203 : tensor<8x64xf32>
    %205 = stablehlo.composite "mlxla.rms_norm" %204, %arg47 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_8x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<8x64xf32>, tensor<64xf32>) -> tensor<8x64xf32>
    %206 = stablehlo.convert %205 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %207 = stablehlo.dot_general %206, %arg48, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %208 = stablehlo.convert %205 : (tensor<8x64xf32>) -> tensor<8x64xf16>
    %209 = stablehlo.dot_general %208, %arg49, contracting_dims = [1] x [1] : (tensor<8x64xf16>, tensor<172x64xf16>) -> tensor<8x172xf32>
    %210 = stablehlo.logistic %207 : tensor<8x172xf32>
    %211 = stablehlo.multiply %207, %210 : tensor<8x172xf32>
    %212 = stablehlo.multiply %211, %209 : tensor<8x172xf32>
    %213 = stablehlo.convert %212 : (tensor<8x172xf32>) -> tensor<8x172xf16>
    %214 = stablehlo.dot_general %213, %arg50, contracting_dims = [1] x [1] : (tensor<8x172xf16>, tensor<64x172xf16>) -> tensor<8x64xf32>
    %215 = stablehlo.add %204, %214 : tensor<8x64xf32>
    %216 = stablehlo.constant dense<0> : tensor<i32>
    %217 = stablehlo.dynamic_slice %215, %4, %216, sizes = [1, 64] : (tensor<8x64xf32>, tensor<i32>, tensor<i32>) -> tensor<1x64xf32>
    %218 = stablehlo.composite "mlxla.rms_norm" %217, %arg51 {composite_attributes = {epsilon = 1.0e-05 : f64}, decomposition = @mlxla_rms_norm_1x64xf32_64xf32_b6a9c526c7d0eb0f} : (tensor<1x64xf32>, tensor<64xf32>) -> tensor<1x64xf32>
    %219 = stablehlo.convert %218 : (tensor<1x64xf32>) -> tensor<1x64xf16>
    %220 = stablehlo.dot_general %219, %arg5, contracting_dims = [1] x [1] : (tensor<1x64xf16>, tensor<512x64xf16>) -> tensor<1x512xf32>
    %221 = stablehlo.composite "mlxla.argmax" %220 {decomposition = @mlxla_argmax_1x512xf32_cbf29ce484222325} : (tensor<1x512xf32>) -> tensor<1xi32>
    return %221, %193, %195 : tensor<1xi32>, tensor<5x1x64x4x8xf16>, tensor<5x1x64x4x8xf16>
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
