# Sourced by the server benchmarks: `write_bench_template DIR` writes the one-cell parameterized Java template they
# submit (DIR/bench.jsh, parameter n), creating DIR.
write_bench_template() {
  mkdir -p "$1"
  cat > "$1/bench.jsh" <<'JSH'
// %% tags=["parameters"]
int n = 0;
// %%
System.out.println("run " + n);
JSH
}
